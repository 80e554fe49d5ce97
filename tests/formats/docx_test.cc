// DocxToText on the sample report made into Word (tests/data/formats/,
// scripts/make_format_fixtures.sh) and on small documents written here:
// numbering, footnotes, tables, tracked changes, and every error path.
#include <catch2/catch.hpp>

#include <string>

#include "formats/convert.h"
#include "formats/docx.h"
#include "formats/docx_numbering.h"
#include "tests/formats/format_fixtures.h"

namespace lexgraph::formats {
namespace {

std::string P(const std::string& runs, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + runs + "</w:p>";
}
std::string R(const std::string& text) {
  return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}
std::string Num(int num_id, int ilvl) {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr>";
}

PlainText Convert(const std::string& bytes) {
  Result<PlainText> plain = ToPlainText(bytes, "t.docx");
  INFO(plain.status().ToString());
  REQUIRE(plain.ok());
  CHECK(plain->format == Format::kDocx);
  return std::move(*plain);
}

TEST_CASE("the sample report as Word: numbering, footnotes, origins", "[formats][docx]") {
  PlainText plain = Convert(testing::ReadFixture("formats/kien-giang-dan-van-2020.docx"));
  const std::string& t = plain.text;
  // Headings and the glued title split into paragraphs by their author.
  CHECK(t.find("Phần thứ nhất\n\nBÁO CÁO TỔNG KẾT CÔNG TÁC DÂN VẬN NĂM 2020\n") != std::string::npos);
  // Word's list numbering written out: the bullets and the 1.-4. of mục III.
  CHECK(t.find("\n\n- Các cấp ủy đảng tăng cường chỉ đạo") != std::string::npos);
  CHECK(t.find("III- TỔ CHỨC THỰC HIỆN\n\n1. Ban thường vụ các huyện") != std::string::npos);
  CHECK(t.find("\n\n4. Giao Ban Dân vận Tỉnh ủy chủ trì") != std::string::npos);
  // Spaces kept in runs of their own (xml:space="preserve").
  CHECK(t.find("phong trào thi đua “Dân vận khéo” giai đoạn 2016-2020") != std::string::npos);
  // 23 footnotes: markers in the text, bodies at the end in number order.
  for (int n = 1; n <= 23; ++n) {
    const std::string mark = "<sup>" + std::to_string(n) + "</sup>";
    const size_t marker = t.find(mark);
    const size_t body = t.find("\n" + mark + " ");
    INFO(n);
    REQUIRE(marker != std::string::npos);
    REQUIRE(body != std::string::npos);
    CHECK(marker < body);
  }
  CHECK(t.find("<sup>24</sup>") == std::string::npos);
  CHECK(t.find("<sup>1</sup> Ban Thường vụ Tỉnh ủy ban hành Chương trình") != std::string::npos);
  // The footnote cut by a page break in the markdown is one body here.
  CHECK(t.find("đồng bào dân tộc Khmer năm 2020; Công văn số 1247-CV/TU") != std::string::npos);

  // The origin map: every run inside the text, in order, each named.
  REQUIRE(plain.origins.size() > 100);
  size_t last_end = 0;
  for (const OriginRun& r : plain.origins) {
    CHECK(r.start >= last_end);
    CHECK(r.end > r.start);
    CHECK(r.end <= t.size());
    last_end = r.end;
  }
  const size_t title = t.find("III- TỔ CHỨC THỰC HIỆN");
  const OriginRun* o = OriginAt(plain, title + 3);
  REQUIRE(o != nullptr);
  CHECK(o->where.rfind("word/document.xml paragraph ", 0) == 0);
  const OriginRun* note = OriginAt(plain, t.find("<sup>23</sup> Kết luận số 120-KL/TW") + 20);
  REQUIRE(note != nullptr);
  CHECK(note->where.rfind("word/footnotes.xml footnote ", 0) == 0);
  CHECK(OriginAt(plain, t.size() + 5) == nullptr);
}

constexpr const char* kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1-\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.%4.\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xEF\x82\xB7\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>";

TEST_CASE("Word's list numbering becomes the labels the outline reads", "[formats][docx]") {
  const std::string body = P(R("KẾT QUẢ"), Num(1, 0)) + P(R("Lãnh đạo"), Num(1, 1)) +
                           P(R("các cấp"), Num(1, 2)) + P(R("cơ sở"), Num(1, 2)) +
                           P(R("Chi tiết"), Num(1, 3)) + P(R("Chính quyền"), Num(1, 1)) +
                           P(R("đoàn thể"), Num(1, 2)) + P(R("Việc một"), Num(2, 0)) +
                           P(R("việc con"), Num(2, 1)) + P(R("HẠN CHẾ"), Num(1, 0)) +
                           P(R("Nguyên nhân"), Num(1, 1)) + P("", Num(1, 1)) +
                           P(R("Bắt đầu lại"), Num(3, 1)) + P(R("Không số"), Num(0, 0));
  PlainText plain = Convert(testing::MakeDocx(body, kNumbering));
  CHECK(plain.text ==
        "I- KẾT QUẢ\n\n1. Lãnh đạo\n\na) các cấp\n\nb) cơ sở\n\n1.1. Chi tiết\n\n2. Chính quyền\n\n"
        "a) đoàn thể\n\n- Việc một\n\n+ việc con\n\nII- HẠN CHẾ\n\n1. Nguyên nhân\n\n"
        "5. Bắt đầu lại\n\nKhông số\n");
}

TEST_CASE("counters written in Word's formats", "[formats][docx]") {
  CHECK(FormatCounter(4, "upperRoman") == "IV");
  CHECK(FormatCounter(19, "lowerRoman") == "xix");
  CHECK(FormatCounter(2, "lowerLetter") == "b");
  CHECK(FormatCounter(28, "upperLetter") == "BB");
  CHECK(FormatCounter(7, "decimalZero") == "07");
  CHECK(FormatCounter(12, "ordinal") == "12");
}

TEST_CASE("footnotes attached to their marks; separators, deletions and fields left out",
          "[formats][docx]") {
  const std::string foot =
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r>" + R(" Chỉ thị số 11-CT/TU.") +
      "</w:p><w:p>" + R("Đoạn hai.") + "</w:p></w:footnote>"
      "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>" + R(" Kết luận số 62-KL/TW.") +
      "</w:p></w:footnote>";
  const std::string body =
      P(R("Thực hiện") + "<w:r><w:footnoteReference w:id=\"2\"/></w:r>" + R(" và") +
        "<w:del><w:r><w:delText>bỏ đi</w:delText></w:r></w:del>" +
        "<w:ins><w:r><w:t xml:space=\"preserve\"> thêm</w:t></w:r></w:ins>" +
        "<w:r><w:instrText> PAGE </w:instrText></w:r>" + R(" khác") +
        "<w:r><w:footnoteReference w:id=\"7\"/></w:r>" + R(".")) +
      P("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>(3)</w:t></w:r>" +
        R(" dòng") + "<w:r><w:br/></w:r>" + R("xuống"));
  PlainText plain = Convert(testing::MakeDocx(body, "", foot));
  CHECK(plain.text ==
        "Thực hiện<sup>1</sup> và thêm khác<sup>2</sup>.\n\n<sup>(3)</sup> dòng\nxuống\n\n"
        "<sup>1</sup> Kết luận số 62-KL/TW.\n\n<sup>2</sup> Chỉ thị số 11-CT/TU. Đoạn hai.\n");
  REQUIRE(plain.origins.size() == 4);
  CHECK(plain.origins[0].where == "word/document.xml paragraph 1");
  CHECK(plain.origins[1].where == "word/document.xml paragraph 2");
  CHECK(plain.origins[2].where == "word/footnotes.xml footnote 2");
  CHECK(plain.origins[3].where == "word/footnotes.xml footnote 7");
}

std::string Row(std::initializer_list<std::string> cells) {
  std::string r = "<w:tr>";
  for (const std::string& c : cells) r += "<w:tc>" + P(R(c)) + "</w:tc>";
  return r + "</w:tr>";
}

TEST_CASE("tables: data tables as rows, layout tables as their paragraphs", "[formats][docx]") {
  const std::string header = "<w:tbl>" + Row({"TỈNH ỦY KIÊN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM"}) +
                             Row({"Số 123-BC/TU", "Kiên Giang, ngày 10 tháng 12 năm 2020"}) + "</w:tbl>";
  const std::string data = "<w:tbl>" + Row({"TT", "Văn bản"}) + Row({"1", "Chỉ thị số 11-CT/TU"}) +
                           Row({"2", "Kết luận số 62-KL/TW"}) + "</w:tbl>";
  PlainText plain = Convert(testing::MakeDocx(header + P(R("BÁO CÁO")) + data));
  CHECK(plain.text ==
        "TỈNH ỦY KIÊN GIANG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 123-BC/TU\n\n"
        "Kiên Giang, ngày 10 tháng 12 năm 2020\n\nBÁO CÁO\n\n"
        "| TT | Văn bản |\n| 1 | Chỉ thị số 11-CT/TU |\n| 2 | Kết luận số 62-KL/TW |\n");
  CHECK(plain.origins[3].where == "word/document.xml paragraph 4");
  CHECK(plain.origins.back().where == "word/document.xml table 2 (paragraphs 6-11)");
}

TEST_CASE("DOCX errors name the file and say what is wrong", "[formats][docx][errors]") {
  const std::string good = testing::ReadFixture("formats/kien-giang-dan-van-2020.docx");
  SECTION("a truncated archive") {
    Result<PlainText> r = ToPlainText(good.substr(0, good.size() / 2), "cut.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == Status::Code::kInvalidArgument);
    CHECK(r.status().message().rfind("cut.docx: corrupt zip archive: ", 0) == 0);
  }
  SECTION("damaged compressed data") {
    std::string bad = good;
    const size_t at = bad.find("word/document.xml") + 200;  // inside its deflated bytes
    for (size_t i = at; i < at + 64; ++i) bad[i] = static_cast<char>(~bad[i]);
    Result<PlainText> r = ToPlainText(bad, "bad.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind("bad.docx: ", 0) == 0);
  }
  SECTION("malformed XML, with the byte in the part") {
    Result<PlainText> r = ToPlainText(testing::MakeDocx("<w:p><w:r><w:t>x</w:r></w:p>"), "x.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind("x.docx: word/document.xml: malformed XML at byte ", 0) == 0);
  }
  SECTION("a zip that is not a Word document") {
    Result<PlainText> r = ToPlainText(testing::MakeZip({{"content.xml", "<x/>"}}), "a.odt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() ==
          "a.odt: a zip archive that is not a Word document (no word/document.xml)");
  }
  SECTION("a document without a body") {
    Result<PlainText> r = ToPlainText(
        testing::MakeZip({{"word/document.xml", "<w:document xmlns:w=\"u\"/>"}}), "e.docx");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "e.docx: word/document.xml: no w:body element");
  }
}

TEST_CASE("text passes through byte for byte", "[formats]") {
  const std::string md = testing::ReadFixture("kien-giang-dan-van-2020.md");
  Result<PlainText> r = ToPlainText(md, "k.md");
  REQUIRE(r.ok());
  CHECK(r->format == Format::kText);
  CHECK(r->text == md);
  CHECK(r->origins.empty());
}

// A text box as Word writes it: the DrawingML box in mc:Choice and the
// same box in VML in mc:Fallback, anchored in a run of a paragraph.
std::string TextBox(const std::string& paragraphs) {
  return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
         "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" + paragraphs +
         "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
         "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + paragraphs +
         "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
}

TEST_CASE("text boxes read once, after the paragraph they are anchored in", "[formats][docx]") {
  const std::string body =
      P(R("Thực hiện Chỉ thị số 05-CT/TU.") + TextBox(P(R("Ghi chú: Kết luận số 62-KL/TW.")) +
                                                       P(R("Nghị quyết số 25-NQ/TW.")))) +
      P(R("Đoạn sau.")) +
      P("<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P(R("Hộp VML số 11-CT/TU.")) +
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>");
  PlainText plain = Convert(testing::MakeDocx(body));
  CHECK(plain.text ==
        "Thực hiện Chỉ thị số 05-CT/TU.\n\nGhi chú: Kết luận số 62-KL/TW.\n\n"
        "Nghị quyết số 25-NQ/TW.\n\nĐoạn sau.\n\nHộp VML số 11-CT/TU.\n");
  REQUIRE(plain.origins.size() == 5);
  CHECK(plain.origins[1].where == "word/document.xml paragraph 2");
  CHECK(plain.origins[3].where == "word/document.xml paragraph 4");
}

}  // namespace
}  // namespace lexgraph::formats
