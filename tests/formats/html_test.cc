// HtmlToText on pages modelled on the public legal databases' markup
// (tests/data/formats/*-style-page.html): the document without the site's
// chrome, blocks as paragraphs, tables, footnotes; encodings and errors.
#include <catch2/catch.hpp>

#include <string>

#include "formats/convert.h"
#include "formats/html.h"
#include "tests/formats/format_fixtures.h"

namespace lexgraph::formats {
namespace {

PlainText Convert(const std::string& bytes) {
  Result<PlainText> plain = ToPlainText(bytes, "p.html");
  INFO(plain.status().ToString());
  REQUIRE(plain.ok());
  CHECK(plain->format == Format::kHtml);
  return std::move(*plain);
}

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

TEST_CASE("a thuvienphapluat-style page: the content container only", "[formats][html]") {
  PlainText plain = Convert(testing::ReadFixture("formats/tvpl-style-page.html"));
  const std::string& t = plain.text;
  // The header table (one row) gives its cells as paragraphs, <br> as lines.
  CHECK(t.rfind("TỈNH ỦY KIÊN GIANG\n*\nSố: 05-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n", 0) == 0);
  CHECK(Has(t, "\n\nCHỈ THỊ\n\nvề tăng cường công tác dân vận năm 2021\n\n"));
  // White space collapsed across the source's line breaks; marks kept.
  CHECK(Has(t, "(khóa X)<sup>(1)</sup>, Ban Thường vụ Tỉnh ủy chỉ thị:\n"));
  CHECK(Has(t, "\n\n- Quán triệt Nghị quyết số 25-NQ/TW"));
  CHECK(Has(t, "\n\n- Tổ chức sơ kết 05 năm.\n"));  // &nbsp; as a space
  CHECK(Has(t, "| TT | Văn bản |\n| 1 | Quyết định số 290-QĐ/TW |\n| 2 | Chỉ thị số 49-CT/TW |\n"));
  CHECK(Has(t, "\n\n<sup>1</sup> Kết luận số 120-KL/TW"));
  // The site's chrome: script, menus, breadcrumb, sidebar, related box, footer.
  for (const char* chrome : {"99-NQ/TW", "01/2021/TT-BTC", "12/2020/QĐ-TTg", "04/2015/NĐ-CP",
                             "51/2024/QH15", "Trang chủ", "Thư viện văn bản"}) {
    INFO(chrome);
    CHECK_FALSE(Has(t, chrome));
  }
  const OriginRun* o = OriginAt(plain, t.find("CHỈ THỊ"));
  REQUIRE(o != nullptr);
  CHECK(o->where == "html p[1] in div.content1");
}

TEST_CASE("a vbpl-style page: #toanvancontent, ordered lists, Word's [1] footnotes",
          "[formats][html]") {
  PlainText plain = Convert(testing::ReadFixture("formats/vbpl-style-page.html"));
  CHECK(plain.text ==
        "NGHỊ ĐỊNH\n\nQuy định chi tiết một số điều của Luật Tiếp công dân\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
        "Điều 1. Phạm vi điều chỉnh\n\n"
        "Nghị định này thay thế Nghị định số 64/2014/NĐ-CP ngày 26 tháng 6 năm 2014 của Chính "
        "phủ<sup>[1]</sup>.\n\n1. Thông tư số 06/2014/TT-TTCP hết hiệu lực.\n\n"
        "2. Các bộ hướng dẫn thi hành.\n\n"
        "[1] Nghị định số 64/2014/NĐ-CP quy định chi tiết Luật Tiếp công dân.\n");
  CHECK(plain.origins.front().where == "html p[1] in div#toanvancontent");
}

TEST_CASE("a page without a known container: the body less nav, header, footer", "[formats][html]") {
  PlainText plain = Convert(
      "<html><body><header>Cổng thông tin</header><nav>Nghị định số 1/2020/NĐ-CP</nav>"
      "<div><h1>Báo cáo</h1><p>Theo Chỉ thị số 16/CT-TTg.</p></div>"
      "<footer>Thông tư số 2/2020/TT-BTC</footer></body></html>");
  CHECK(plain.text == "Báo cáo\n\nTheo Chỉ thị số 16/CT-TTg.\n");
}

TEST_CASE("a declared legacy charset is converted to UTF-8", "[formats][html]") {
  // windows-1258 writes tones as combining marks after the vowel; the
  // conversion (iconv through libxml2) gives precomposed letters.
  PlainText plain = Convert(
      "<html><head><meta charset=\"windows-1258\"></head><body><p>Chi\xD2 thi\xF2 s\xF4\xEC "
      "16/CT-TTg</p></body></html>");
  CHECK(plain.text == "Chỉ thị số 16/CT-TTg\n");
}

TEST_CASE("HTML errors name the file", "[formats][html][errors]") {
  SECTION("bad UTF-8, with its byte offset") {
    Result<PlainText> r = ToPlainText("<!DOCTYPE html><html><body><p>Ch\xFF</p></body></html>", "b.html");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "b.html: invalid UTF-8 at byte 32");
  }
  SECTION("a page with nothing but chrome") {
    Result<PlainText> r = ToPlainText("<html><body><nav>menu</nav><script>x</script></body></html>", "e.html");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "e.html: HTML page without text");
  }
}

}  // namespace
}  // namespace lexgraph::formats
