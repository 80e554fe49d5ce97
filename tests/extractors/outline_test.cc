// BuildOutline: paths from the document's own numbering, footnotes lifted and
// attached to their markers, cut sentences rejoined, State legal text paths,
// tasks, and every real file outlined without error.
#include "extractors/outline.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "extractors/citations.h"
#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "extractors/outline_lines.h"

namespace lexgraph {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

MappedText Norm(const std::string& bytes) {
  Result<MappedText> t = Normalize(bytes, "test");
  REQUIRE(t.ok());
  return std::move(t).value();
}

// The unit whose text holds `needle` at byte `want` of the original file.
const TextUnit* UnitAtSource(const MappedText& norm, const Outline& o, const std::string& needle,
                             size_t want) {
  for (const TextUnit& u : o.units) {
    MappedText text = UnitText(norm, u);
    for (size_t at = text.text.find(needle); at != std::string::npos;
         at = text.text.find(needle, at + 1)) {
      if (text.map.ToSourceStart(at) == want) return &u;
    }
  }
  return nullptr;
}

// The unit that holds the `nth` occurrence of `needle` in the normalized text.
const TextUnit* UnitOf(const MappedText& norm, const Outline& o, const std::string& needle,
                       int nth = 0) {
  size_t pos = norm.text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = norm.text.find(needle, pos + 1);
  if (pos == std::string::npos) return nullptr;
  return UnitAtSource(norm, o, needle, norm.map.ToSourceStart(pos));
}

// The byte offset of code point `cp` in UTF-8 `s`.
size_t ByteOffset(const std::string& s, size_t cp) {
  size_t seen = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (seen++ == cp) return i;
  }
  return s.size();
}

const OutlineNode* NodeAt(const Outline& o, const std::string& path) {
  for (const OutlineNode& n : o.nodes) {
    if (n.path == path && n.kind != NodeKind::kParagraph) return &n;
  }
  return nullptr;
}

struct Where {
  std::string needle;
  int nth;
  std::string section;
  int footnote;  // 0: not in a footnote
};

void CheckWhere(const MappedText& norm, const Outline& o, const Where& w) {
  INFO(w.needle << " #" << w.nth);
  const TextUnit* u = UnitOf(norm, o, w.needle, w.nth);
  REQUIRE(u != nullptr);
  CHECK(u->section == w.section);
  CHECK(u->footnote.value_or(0) == w.footnote);
}

const std::string kShared = LEXGRAPH_SHARED_DIR;

TEST_CASE("Outline gives each paragraph of the sample report its section and footnote",
          "[outline]") {
  MappedText norm = Norm(ReadFile(std::string(LEXGRAPH_TEST_DATA) + "/kien-giang-dan-van-2020.md"));
  Outline o = BuildOutline(norm);
  const Where kCases[] = {
      // Paragraphs and bullets under Phần thứ nhất, mục I, tiểu mục 1..6.
      {"Quyết định số 09-QĐ/TU, ngày 13-10-2010", 0, "P1/I/1", 0},
      {"Năm 2020, bên cạnh những thời cơ", 0, "P1", 0},
      {"Pháp lệnh số 34/2007/PL-UBTVQH11", 0, "P1/I/2", 0},
      {"Nghị quyết số 36-NQ/TW", 0, "P1/I/3", 0},
      {"Công tác dân tộc, tôn giáo", 0, "P1/I/5", 0},
      // Footnote bodies take the section of their marker, not of their place.
      {"Thông báo kết luận số 160-TB/TW", 0, "P1/I/1", 1},
      {"Quyết định số 290-QĐ/TW", 0, "P1/I/1", 2},
      {"công văn số 1051-CV/TU", 0, "P1/I/5", 17},
      {"Công văn số 1203-CV/TU", 0, "P1/I/6", 21},
      {"Chỉ thị số 16/CT-TTg", 0, "P2/II/2", 22},
      {"Chỉ thị số 59-CT/TW", 0, "P2/II/6", 23},
      // Footnote 1 goes on after the page break: 1247 is still in it.
      {"Công văn số 1247-CV/TU ngày 12-10-2020", 0, "P1/I/1", 1},
      // Phần thứ hai, the programme.
      {"Thông báo kết luận số 1823-TB/TU", 0, "P2/II/2", 0},
      {"Quy định số 212-QĐ/TW", 0, "P2/II/3", 0},
      {"Kết luận số 08-KL/TW", 0, "P2/II/6", 0},
      {"Kết luận số 08-KL/TW", 1, "P2/II/6", 23},
      {"Ban thường vụ các huyện, thành ủy", 0, "P2/III/1", 0},
  };
  for (const Where& w : kCases) CheckWhere(norm, o, w);
}

TEST_CASE("Outline places every gold mention of the sample where the gold says", "[outline]") {
  std::string source = kShared + "/corpus/kien-giang-dan-van-2020.md";
  std::string gold = kShared + "/gold/kien-giang-dan-van-2020.mentions.jsonl";
  if (!std::filesystem::exists(gold)) return;  // the shared folder is absent
  MappedText norm = Norm(ReadFile(source));
  Outline o = BuildOutline(norm);
  std::ifstream in(gold);
  std::string bytes = ReadFile(source);
  int checked = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    nlohmann::json g = nlohmann::json::parse(line);
    if (g["kind"] != "numbered") continue;
    std::string text = g["text"];
    INFO("gold #" << g["i"] << " " << text);
    const TextUnit* u = UnitAtSource(norm, o, text, ByteOffset(bytes, g["offset"].get<size_t>()));
    REQUIRE(u != nullptr);
    CHECK(u->section == g["section"].get<std::string>());
    CHECK(u->footnote.value_or(0) == (g["footnote"].is_null() ? 0 : g["footnote"].get<int>()));
    ++checked;
  }
  CHECK(checked == 66);
}

TEST_CASE("Outline splits headings the converter glued together", "[outline]") {
  MappedText norm = Norm(
      "**BÁO CÁO****tổng kết năm 2020*****Phần thứ nhất******BÁO CÁO TỔNG KẾT***\n\n"
      "**I- KẾT QUẢ CÔNG TÁC DÂN VẬN****1. Sự lãnh đạo, chỉ đạo của các cấp ủy đảng**\n\n"
      "- Các cấp ủy đảng tăng cường chỉ đạo.\n");
  Outline o = BuildOutline(norm);
  const struct {
    std::string path;
    NodeKind kind;
    std::string title;
  } kCases[] = {
      {"title", NodeKind::kTitle, "BÁO CÁO"},
      {"P1", NodeKind::kPart, "BÁO CÁO TỔNG KẾT"},
      {"P1/I", NodeKind::kRoman, "KẾT QUẢ CÔNG TÁC DÂN VẬN"},
      {"P1/I/1", NodeKind::kArabic, "Sự lãnh đạo, chỉ đạo của các cấp ủy đảng"},
      {"P1/I/1#1", NodeKind::kItem, ""},
  };
  for (const auto& c : kCases) {
    INFO(c.path);
    const OutlineNode* n = NodeAt(o, c.path);
    REQUIRE(n != nullptr);
    CHECK(n->kind == c.kind);
    CHECK(NodeTitle(norm, *n) == c.title);
  }
}

// Labels and titles are ranges of the text: spelled on demand, without
// their markup, a wrapped heading's title over all its lines.
TEST_CASE("Outline spells labels and titles from the text", "[outline]") {
  MappedText norm = Norm(
      "**I. KẾT QUẢ THỰC HIỆN CÁC\nNHIỆM VỤ CỦA KẾ HOẠCH SỐ 12-KH/TU\n_NĂM 2024_**\n\n"
      "- Triển khai Chỉ thị số 05-CT/TW.\n\n"
      "**II- MỤC** TIÊU **CHUNG**\n\n"
      "**1\\.** Đến năm 2030 hoàn thành Nghị quyết số 57-NQ/TW.\n\n"
      "Nơi nhận:\n- Như trên;\n");
  Outline o = BuildOutline(norm);
  const OutlineNode* wrapped = NodeAt(o, "I");
  REQUIRE(wrapped != nullptr);
  CHECK(NodeLabel(norm, *wrapped) == "I.");
  CHECK(NodeTitle(norm, *wrapped) == "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH SỐ 12-KH/TU NĂM 2024");
  // "NHIỆM VỤ" stands on the second line only: the bullet is a task all the same.
  REQUIRE(o.tasks.size() == 1);
  CHECK(o.nodes[o.tasks[0]].path == "I#1");
  const OutlineNode* starred = NodeAt(o, "II");
  REQUIRE(starred != nullptr);
  CHECK(NodeLabel(norm, *starred) == "II-");
  CHECK(NodeTitle(norm, *starred) == "MỤC TIÊU CHUNG");
  const OutlineNode* escaped = NodeAt(o, "II/1");
  REQUIRE(escaped != nullptr);
  CHECK(NodeLabel(norm, *escaped) == "1.");
  CHECK(NodeTitle(norm, *escaped) == "Đến năm 2030 hoàn thành Nghị quyết số 57-NQ/TW.");
  // A title of one line as written is a view of the text, not a copy.
  std::string scratch;
  std::string_view view = NodeTitleView(norm, *escaped, scratch);
  CHECK(view.data() >= norm.text.data());
  CHECK(view.data() + view.size() <= norm.text.data() + norm.text.size());
  CHECK(scratch.empty());
  const OutlineNode* recipients = NodeAt(o, "recipients");
  REQUIRE(recipients != nullptr);
  CHECK(NodeLabel(norm, *recipients) == "Nơi nhận");
}

TEST_CASE("Outline lifts footnotes out and joins the sentence they cut", "[outline]") {
  MappedText norm = Norm(
      "## 2. Công tác dân vận\n\n"
      "- Phối hợp thực hiện Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW\n\n"
      "<sup>9</sup> Tổ chức tốt 09 kỳ họp, có 5.714 lượt cử tri tham dự\n\n"
      "<sup>10</sup> Thực hiện 12 cuộc giám sát chuyên đề.\n\n\n\n"
      "của Bộ Chính trị khóa XI về giám sát, phản biện xã hội<sup>(9)</sup>.\n");
  Outline o = BuildOutline(norm);
  const TextUnit* body = UnitOf(norm, o, "Quyết định số 217-QĐ/TW");
  REQUIRE(body != nullptr);
  CHECK(UnitText(norm, *body).text ==
        "Phối hợp thực hiện Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị "
        "khóa XI về giám sát, phản biện xã hội<sup>(9)</sup>.");
  CHECK(body->section == "2");
  CHECK(body->task_id.empty());
  // Two pieces, the footnote bodies between them in the text; a moved outline
  // keeps its units' pieces where they were.
  REQUIRE(body->pieces.size() == 2);
  CHECK(norm.text.substr(body->pieces[1].start, 10) == "của Bộ");
  Outline moved = std::move(o);
  const TextUnit* same = UnitOf(norm, moved, "Quyết định số 217-QĐ/TW");
  REQUIRE(same != nullptr);
  CHECK(same->pieces.data() >= moved.pieces.data());
  CHECK(same->section == "2");  // a view of the section node's path, which moved along
  CHECK(same->section.data() == NodeAt(moved, "2")->path.data());
  CHECK(UnitText(norm, *same).text.find("218-QĐ/TW của Bộ Chính trị") != std::string::npos);
  o = std::move(moved);
  // The joining space stands for no byte of the file: spans stay exact.
  size_t cua = UnitText(norm, *body).text.find("của Bộ");
  CHECK(UnitText(norm, *body).map.ToSourceStart(cua) == norm.text.find("của Bộ"));
  const TextUnit* note = UnitOf(norm, o, "Tổ chức tốt 09 kỳ họp");
  REQUIRE(note != nullptr);
  CHECK(note->footnote == 9);
  CHECK(note->section == "2");
  CHECK(NodeAt(o, "2^9") != nullptr);
}

TEST_CASE("Outline keeps a footnote continued after a page break as one footnote", "[outline]") {
  MappedText norm = Norm(
      "1. Lãnh đạo\n\n"
      "- Ban hành nhiều công văn<sup>(1)</sup>. Chỉ đạo cụ thể hóa triển\n\n"
      "<sup>1</sup> Công văn số 1051-CV/TU; công văn lãnh đạo lễ của đồng bào dân tộc\n\n"
      "khai thực hiện kế hoạch. Nhân dân đồng tình\n\n---\n\n"
      "Khmer năm 2020; Công văn số 1247-CV/TU ngày 12-10-2020.\n\n"
      "<sup>2</sup> Báo cáo chuyên đề.\n\n"
      "hưởng ứng, đời sống được nâng lên<sup>(2)</sup>.\n");
  Outline o = BuildOutline(norm);
  const TextUnit* note = UnitOf(norm, o, "Công văn số 1051-CV/TU");
  REQUIRE(note != nullptr);
  CHECK(note->footnote == 1);
  CHECK(UnitText(norm, *note).text.find("dân tộc Khmer năm 2020; Công văn số 1247-CV/TU") !=
        std::string::npos);
  const TextUnit* body = UnitOf(norm, o, "Chỉ đạo cụ thể hóa");
  REQUIRE(body != nullptr);
  CHECK(UnitText(norm, *body).text.find("triển khai thực hiện kế hoạch. Nhân dân đồng tình hưởng ứng") !=
        std::string::npos);
  CHECK(body->footnote == std::nullopt);
}

TEST_CASE("Outline reads a State legal text: Căn cứ, Chương, Mục, Điều, khoản, điểm, Phụ lục",
          "[outline]") {
  // From congbao-nd-158-2025-nd-cp.txt, wrapped lines and page furniture kept.
  MappedText norm = Norm(
      "CHÍNH PHỦ \n \nSố: 158/2025/NĐ-CP \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
      "Độc lập - Tự do - Hạnh phúc \n \nHà Nội, ngày 25 tháng 6 năm 2025 \n \n"
      " NGHỊ ĐỊNH \nQuy định chi tiết một số điều  \ncủa Luật Bảo hiểm xã hội \n \n"
      "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; \n"
      "Căn cứ điểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 \n"
      "của Quốc hội về Nghị quyết kỳ họp thứ 7; \n \n"
      "Chương I  \nNHỮNG QUY ĐỊNH CHUNG \n \n"
      "Mục 1. ĐỐI TƯỢNG \n"
      "Điều 3. Đối tượng tham gia bảo hiểm xã hội bắt buộc \n"
      "1. Người lao động thuộc đối tượng tham gia. \n"
      "2. Chủ hộ kinh doanh quy định tại \n"
      "Điều 2 của Luật Bảo hiểm xã hội như sau: \n"
      "a) Chủ hộ kinh doanh nộp thuế theo \n"
      "Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nThời gian ký: 08.07.2025 14:58:33 +07:00\n\n"
      " \n4 \nCÔNG BÁO/Số 851 + 852/Ngày 01-7-2025 \n  \n"
      "phương pháp kê khai theo Nghị định số 09/1998/NĐ-CP; \n"
      "b) Chủ hộ kinh doanh khác. \n"
      "Điều 4. Hiệu lực thi hành \n"
      "Nghị định này thay thế Nghị định số 115/2015/NĐ-CP. \n"
      "PHỤ LỤC II \nMẪU BÁO CÁO \n"
      "Theo Thông tư số 01/2021/TT-BYT. \n");
  Outline o = BuildOutline(norm);
  const Where kCases[] = {
      {"Số: 158/2025/NĐ-CP", 0, "header", 0},
      {"Luật Bảo hiểm xã hội", 0, "title", 0},
      {"Nghị quyết số 142/2024/QH15", 0, "preamble", 0},
      {"NHỮNG QUY ĐỊNH CHUNG", 0, "C1", 0},
      {"Người lao động thuộc", 0, "C1/M1/D3/K1", 0},
      {"Điều 2 của Luật", 0, "C1/M1/D3/K2", 0},
      // A point cut by the page furniture of the Công báo is one unit.
      {"Nghị định số 09/1998/NĐ-CP", 0, "C1/M1/D3/K2/a", 0},
      {"Nghị định số 115/2015/NĐ-CP", 0, "C1/M1/D4", 0},
      {"Thông tư số 01/2021/TT-BYT", 0, "PL2", 0},
  };
  for (const Where& w : kCases) CheckWhere(norm, o, w);
  const TextUnit* point = UnitOf(norm, o, "Chủ hộ kinh doanh nộp thuế");
  REQUIRE(point != nullptr);
  CHECK(UnitText(norm, *point).text ==
        "Chủ hộ kinh doanh nộp thuế theo phương pháp kê khai theo Nghị "
        "định số 09/1998/NĐ-CP;");
  REQUIRE(NodeAt(o, "PL2") != nullptr);
  CHECK(NodeTitle(norm, *NodeAt(o, "PL2")) == "MẪU BÁO CÁO");
  CHECK(o.tasks.empty());  // provisions of a decree are not tasks
}

TEST_CASE("Outline names the tasks of a programme part", "[outline]") {
  MappedText norm = Norm(ReadFile(std::string(LEXGRAPH_TEST_DATA) + "/kien-giang-dan-van-2020.md"));
  Outline o = BuildOutline(norm);
  const Where kTasks[] = {
      {"Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy về tăng cường công "
       "tác quản lý đoàn viên, hội viên; củng cố, nâng cao",
       0, "P2/II/3#2", 0},
      {"Quyết định số 217-QĐ/TW", 2, "P2/II/3#3", 0},
      {"Kết luận số 158-TB/TW", 1, "P2/II/6#1", 0},
      {"Ban thường vụ các huyện, thành ủy", 0, "P2/III/1", 0},
  };
  for (const Where& w : kTasks) {
    INFO(w.needle);
    const TextUnit* u = UnitOf(norm, o, w.needle, w.nth);
    REQUIRE(u != nullptr);
    CHECK(u->task_id == w.section);
  }
  // Phần thứ nhất is a report: its bullets are not tasks.
  const TextUnit* report = UnitOf(norm, o, "Quyết định số 09-QĐ/TU");
  REQUIRE(report != nullptr);
  CHECK(report->task_id.empty());
  CHECK(o.tasks.size() == 31);  // 27 bullets of mục II, 4 numbered paragraphs of mục III
}

// Excerpts of real files (named over each case) and what their outline must
// hold: nodes that must exist with their kind and title start, paths that
// must not, and where a piece of text must stand.
struct NodeWant {
  std::string path;
  NodeKind kind;
  std::string title_start;  // "" to skip
};

struct OutlineCase {
  std::string what;
  std::string text;
  std::vector<NodeWant> nodes;
  std::vector<std::string> absent;  // paths (of any node but a paragraph) that must not exist
  std::vector<Where> where;
};

void CheckCase(const OutlineCase& c) {
  INFO(c.what);
  MappedText norm = Norm(c.text);
  Outline o = BuildOutline(norm);
  for (const NodeWant& w : c.nodes) {
    INFO(w.path);
    const OutlineNode* n = NodeAt(o, w.path);
    REQUIRE(n != nullptr);
    CHECK(n->kind == w.kind);
    CHECK(NodeTitle(norm, *n).substr(0, w.title_start.size()) == w.title_start);
  }
  for (const std::string& path : c.absent) {
    INFO("absent " << path);
    CHECK(NodeAt(o, path) == nullptr);
  }
  for (const Where& w : c.where) CheckWhere(norm, o, w);
}

TEST_CASE("Outline finds the signature only after the body", "[outline]") {
  const OutlineCase kCases[] = {
      // impl-kh-165-kh-ubnd-cantho-2025.md: the title's subject runs over
      // capital lines, one of which starts with "THỦ TƯỚNG CHÍNH PHỦ".
      {"a title line that names a signer",
       "**KẾ HOẠCH**\n\n"
       "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA\n"
       "THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH\n"
       "HÌNH MỚI\n\n"
       "Thực hiện Chỉ thị số 27/CT-TTg\nngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ.\n\n"
       "**I. MỤC ĐÍCH,\nYÊU CẦU**\n\n"
       "a) Quán triệt Nghị quyết số 21-NQ/TW.\n",
       {{"title", NodeKind::kTitle, "KẾ HOẠCH"},
        {"I", NodeKind::kRoman, "MỤC ĐÍCH, YÊU CẦU"},
        {"I/a", NodeKind::kLetter, ""}},
       {"signature"},
       {{"CHỈ THỊ SỐ 27/CT-TTG", 0, "title", 0},
        {"Chỉ thị số 27/CT-TTg", 0, "preamble", 0},
        {"Nghị quyết số 21-NQ/TW", 0, "I/a", 0}}},
      // state-qd-163-2025-qd-ctubnd.md: the issuing body is a Chủ tịch.
      {"an issuing body that reads like a signer",
       "|\n**CHỦ TỊCH ỦY BAN\nNHÂN DÂN**\n**TỈNH NINH BÌNH**\n-------\n|\nSố:\n163/2025/QĐ-CTUBND\n|\n\n"
       "**QUYẾT ĐỊNH**\n\nBAN HÀNH QUY CHẾ QUẢN LÝ\n\n*Căn cứ Luật số 72/2025/QH15;*\n",
       {{"header", NodeKind::kHeader, ""}, {"preamble", NodeKind::kPreamble, ""}},
       {"signature"},
       {{"163/2025/QĐ-CTUBND", 0, "header", 0}, {"Luật số 72/2025/QH15", 0, "preamble", 0}}},
      // state-qd-2913-qd-ubnd-2025.md: the authority under the title, the
      // enacting "QUYẾT ĐỊNH:", and "**Điều 2**." with its stop after the bold.
      {"the authority under the title and the enacting formula",
       "**QUYẾT ĐỊNH**\n\nVỀ VIỆC CÔNG BỐ DANH MỤC\n\n**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n\n"
       "*Căn cứ Quyết định số\n1085/QĐ-TTg ngày 15/9/2022;*\n\n**QUYẾT ĐỊNH:**\n\n"
       "**Điều 1. **Công\nbố Danh mục.\n\n**Điều 2**.\nQuyết định này có hiệu lực.\n",
       {{"D1", NodeKind::kArticle, ""}, {"D2", NodeKind::kArticle, ""}},
       {"signature", "A1"},
       {{"1085/QĐ-TTg", 0, "preamble", 0}}},
      // party-qd-1147-qd-btgdvtw-2025.md: "TRƯỞNG BAN … QUYẾT ĐỊNH" before Điều 1.
      {"an authority line that ends with QUYẾT ĐỊNH",
       "**QUYẾT ĐỊNH**\n\nBAN HÀNH QUY CHẾ\n\n- Xét đề nghị của Vụ Lý luận chính trị,\n\n"
       "**TRƯỞNG BAN TUYÊN GIÁO VÀ DÂN VẬN TRUNG ƯƠNG QUYẾT ĐỊNH**\n\n"
       "**Điều 1.** Ban hành kèm theo Quyết\nđịnh này Quy chế.\n",
       {{"D1", NodeKind::kArticle, ""}},
       {"signature"},
       {}},
  };
  for (const OutlineCase& c : kCases) CheckCase(c);
}

TEST_CASE("Outline reads the blocks after the signature", "[outline]") {
  const OutlineCase kCases[] = {
      // state-qd-138-2025-qd-ubnd.md and the like: a Quy chế printed after the
      // decision's articles with no signature between.
      {"a text issued with the document, printed without a signature",
       "**QUYẾT ĐỊNH**\n\n**Điều 3.** Tổ chức thực hiện.\n\n**QUY CHẾ**\n\nQUẢN LÝ HỆ THỐNG\n\n"
       "*(Ban hành kèm theo Quyết định số 138/2025/QĐ-UBND)*\n\n**Chương I**\n\n**QUY ĐỊNH CHUNG**\n\n"
       "**Điều 1.** Phạm vi\n\n1. Theo Nghị định số 151/2025/NĐ-CP.\n",
       {{"A1", NodeKind::kAppendix, "QUY CHẾ"},
        {"A1/C1", NodeKind::kChapter, "QUY ĐỊNH CHUNG"},
        {"A1/C1/D1/K1", NodeKind::kClause, ""}},
       {"D3/C1"},
       {{"Nghị định số 151/2025/NĐ-CP", 0, "A1/C1/D1/K1", 0}}},
      // party-qd-1147-qd-btgdvtw-2025.md: a form's signer inside the Quy chế;
      // the bullets after it are the appendix's, not the Nơi nhận list's.
      {"a form's signer inside an appendix",
       "**Điều 3.** Thi hành.\n\n|\nNơi nhận:\n- Như Điều 3,\n- Lưu HCTĐKT.\n|\n**K/T TRƯỞNG BAN**\n\n"
       "**PHỤ LỤC**\n\nMẪU GIẤY CHỨNG NHẬN\n\n**GIÁM ĐỐC**\n*(Họ tên, chữ ký, đóng dấu)*\n|\n|\n\n"
       "- Mẫu giấy chứng nhận khổ giấy A5, mặt ngoài màu đỏ,\nmặt trong nền hoa văn.\n",
       {{"recipients#2", NodeKind::kItem, ""}, {"PL1#1", NodeKind::kItem, ""}},
       {"recipients#3"},
       {}},
      // congbao-qd-28-2026-qd-ttg.txt: the signer's name, then a page break and
      // the appendix; "Phụ lục" alone in title case is its heading.
      {"signer lines are not joined across a page break",
       "**Điều 3.** Thi hành.\n\nKT. THỦ TƯỚNG \nPHÓ THỦ TƯỚNG \n \nPhạm Gia Túc \n\n"
       "CÔNG BÁO/Số 327/Ngày 14-06-2026 \n94\n \n \nPhụ lục  \n"
       "(Kèm theo Quyết định số 28/2026/QĐ-TTg  \nngày 29 tháng 5 năm 2026 của Thủ tướng Chính phủ) \n",
       {{"signature", NodeKind::kSignature, ""}, {"PL1", NodeKind::kAppendix, ""}},
       {},
       {{"Quyết định số 28/2026/QĐ-TTg", 0, "PL1", 0}}},
  };
  for (const OutlineCase& c : kCases) CheckCase(c);
}

TEST_CASE("Outline numbers sections and items as the text does", "[outline]") {
  const OutlineCase kCases[] = {
      // A "1." list restarting in the same section gets a unique path.
      {"a list restarting in one section",
       "I. NHIỆM VỤ\n\n1. Một.\n\n2. Hai.\n\n1. Lại một, theo Chỉ thị số 05-CT/TW.\n",
       {{"I/1", NodeKind::kArabic, ""}, {"I/2", NodeKind::kArabic, ""},
        {"I/1-2", NodeKind::kArabic, ""}},
       {},
       {{"Chỉ thị số 05-CT/TW", 0, "I/1-2", 0}}},
      // impl-kh-141-kh-ubnd-bacninh-2025.md and impl-kh-179: a range or a
      // compound broken before its dash.
      {"a line that begins with the dash of a range",
       "II. MỤC TIÊU\n\n**4. **Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% đội ngũ.\n\n"
       "- Phát triển kinh tế\n- xã hội theo Nghị quyết số 57-NQ/TW.\n",
       {{"II/4", NodeKind::kArabic, "Trong giai đoạn 2026 - 2030"},
        {"II/4#1", NodeKind::kItem, ""}},
       {"II/4#2"},
       {{"Nghị quyết số 57-NQ/TW", 0, "II/4", 0}}},
      // party-qd-1147-qd-btgdvtw-2025.md: "d)" that begins a wrapped line.
      {"a line that begins with a point's letter of a reference",
       "**Điều 10.** Thu hồi\n\n2. Giám đốc ra quyết định. Trường hợp tại điểm a), b), c),\n"
       "d) khoản 1, Điều 10 của Quy chế này, Trung tâm gửi quyết định.\n",
       {{"D10/K2", NodeKind::kClause, ""}},
       {"D10/K2/d"},
       {}},
      // party-nq-57-nq-tw-2024.md: markdown escapes and bold inside a heading.
      {"markdown escapes in labels",
       "**I- QUAN ĐIỂM CHỈ ĐẠO** \n\n**1\\.** Phát triển khoa học theo Nghị quyết số 52-NQ/TW.\n\n"
       "**II- MỤC** TIÊU \n\n**1\\. Đến năm 2030** \n\n\\- Tiềm lực khoa học.\n",
       {{"I/1", NodeKind::kArabic, ""}, {"II", NodeKind::kRoman, "MỤC TIÊU"},
        {"II/1", NodeKind::kArabic, "Đến năm 2030"}, {"II/1#1", NodeKind::kItem, ""}},
       {},
       {{"Nghị quyết số 52-NQ/TW", 0, "I/1", 0}}},
      // party-kl-155-kl-tw-2025.md: "1." glued after "như sau:", "** 2.1. **".
      {"a numbered heading glued to the sentence before it",
       "Bộ Chính trị kết luận như sau:**1. Cơ bản thống nhất với Báo cáo số 386-BC/BTCTW. **\n\n"
       "**2. Yêu cầu các cấp uỷ**\n\n** 2.1. **Tập trung lãnh đạo theo Kết luận số 127-KL/TW.\n",
       {{"1", NodeKind::kArabic, ""}, {"2/1", NodeKind::kArabic, ""}},
       {},
       {{"Báo cáo số 386-BC/BTCTW", 0, "1", 0}, {"Kết luận số 127-KL/TW", 0, "2/1", 0}}},
      // congbao-tt-06-2026-tt-btc.txt: provisions quoted by an amendment; the
      // quotation of Điều 6 is never closed in the source.
      {"provisions quoted by an amendment",
       "Điều 1. Sửa đổi, bổ sung một số điều \n"
       "1. Sửa đổi, bổ sung Điều 3 như sau:  \n“Điều 3. Giải thích từ ngữ \n"
       "1. Hàng giả theo Luật số 07/2022/QH15.” \n"
       "2. Sửa đổi, bổ sung Điều 6 như sau:  \n“Điều 6. Nộp hồ sơ \n1. Hồ sơ gồm: \n"
       "a) Đơn đề nghị. \n"
       "3. Sửa đổi, bổ sung Điều 7 theo Thông tư số 13/2020/TT-BTC như sau:  \n"
       "“Điều 7. Kiểm tra hồ sơ \n",
       {{"D1/K1/D3", NodeKind::kArticle, "Giải thích từ ngữ"},
        {"D1/K1/D3/K1", NodeKind::kClause, ""},
        {"D1/K2/D6/K1/a", NodeKind::kPoint, ""},
        {"D1/K3/D7", NodeKind::kArticle, ""}},
       {"D1/K1-2", "D1/K2/D6/K3"},
       {{"Luật số 07/2022/QH15", 0, "D1/K1/D3/K1", 0},
        {"Thông tư số 13/2020/TT-BTC", 0, "D1/K3", 0}}},
      // congbao-vbhn-09-vbhn-btc.txt: a consolidated text lists what amended it.
      {"the texts that amended a consolidated text",
       "THÔNG TƯ1 \nQuy định về hoạt động của công ty chứng khoán \n \n"
       "Thông tư số 121/2020/TT-BTC được sửa đổi, bổ sung bởi: \n"
       "1. Thông tư số 68/2024/TT-BTC ngày 18 tháng 9 năm 2024. \n"
       "2. Thông tư số 08/2026/TT-BTC ngày 03 tháng 02 năm 2026. \n \n"
       "Chương I \nQUY ĐỊNH CHUNG \n \nĐiều 1. Phạm vi \n1. Thông tư này quy định.\n",
       {{"title", NodeKind::kTitle, "THÔNG TƯ"},
        {"preamble#2", NodeKind::kItem, ""},
        {"C1/D1/K1", NodeKind::kClause, ""}},
       {"1", "2"},
       {{"Thông tư số 08/2026/TT-BTC", 0, "preamble", 0}}},
  };
  for (const OutlineCase& c : kCases) CheckCase(c);
}

TEST_CASE("Outline gives the root the path '/'", "[outline]") {
  Outline o = BuildOutline(Norm("BÁO CÁO\n\nI. KẾT QUẢ\n"));
  CHECK(o.nodes[0].path == "/");
  CHECK(o.nodes[0].kind == NodeKind::kDocument);
}

// Real files of each kind: where a given citation stands.
TEST_CASE("Outline places citations in real files of each kind", "[outline][real]") {
  std::string dir = kShared + "/corpus/real/";
  if (!std::filesystem::exists(dir)) return;
  const struct {
    std::string file;
    Where where;
  } kCases[] = {
      // A Party report with Unicode superscript footnotes.
      {"party-cv-402-cv-vpdu-2025-bao-cao-nq57.md", {"Quyết định số 598/QĐ-TTg", 0, "I/1/a", 1}},
      {"party-cv-402-cv-vpdu-2025-bao-cao-nq57.md",
       {"Nghị quyết số 193/2025/NQ-QH15 của Quốc hội", 0, "I/2", 0}},
      // A provincial Kế hoạch: the preamble, then tasks under "NHIỆM VỤ".
      {"impl-kh-141-kh-ubnd-bacninh-2025.md", {"Kế hoạch số 14-KH/TU", 0, "preamble", 0}},
      {"impl-kh-141-kh-ubnd-bacninh-2025.md", {"Nghị quyết số 66-NQ/TW", 1, "I/1", 0}},
      // A Nghị định with Căn cứ lines.
      {"congbao-nd-158-2025-nd-cp.txt", {"Nghị quyết số 142/2024/QH15", 0, "preamble", 0}},
      {"congbao-nd-158-2025-nd-cp.txt", {"Quyết định số 38/2010/QĐ-TTg", 0, "C1/D3/K4/d", 0}},
      // A law with Chương / Điều / khoản / điểm.
      {"tvpl-luat-dat-dai-2024.txt", {"Luật số 64/2020/QH14", 0, "C16/D251/K1/a", 0}},
      // A consolidated text (văn bản hợp nhất).
      {"congbao-vbhn-09-vbhn-btc.txt", {"số 119/2020/TT-BTC;", 0, "C3/D16/K7/9.16/d", 0}},
      // A text with tables: a Quyết định and the Quy chế issued with it.
      {"state-qd-138-2025-qd-ubnd.md", {"Quyết định số 41/2017/QĐ-UBND", 0, "D2/K2/b", 0}},
      {"state-qd-138-2025-qd-ubnd.md", {"số 151/2025/NĐ-CP:", 0, "A1/C1/D7/K2", 0}},
  };
  for (const auto& c : kCases) {
    INFO(c.file);
    MappedText norm = Norm(ReadFile(dir + c.file));
    CheckWhere(norm, BuildOutline(norm), c.where);
  }
}

// The tree's invariants: one root, parents before children except footnotes,
// spans inside the file, units that map into the file.
void VerifyOutline(const MappedText& norm, const Outline& o, size_t file_size) {
  REQUIRE(!o.nodes.empty());
  CHECK(o.nodes[0].kind == NodeKind::kDocument);
  for (size_t i = 1; i < o.nodes.size(); ++i) {
    const OutlineNode& n = o.nodes[i];
    REQUIRE(n.parent >= 0);
    REQUIRE(static_cast<size_t>(n.parent) < o.nodes.size());
    CHECK(n.span.start <= n.span.end);
    CHECK(n.span.end <= file_size);
  }
  // Section paths are unique; a signature never stands before the title ends.
  std::set<std::string> paths;
  size_t title_end = 0;
  for (const OutlineNode& n : o.nodes) {
    if (n.kind == NodeKind::kTitle && title_end == 0) title_end = n.span.end;
    if (n.kind == NodeKind::kSignature) CHECK(n.span.start >= title_end);
    bool section = n.kind != NodeKind::kParagraph && n.kind != NodeKind::kFootnote;
    if (section) CHECK(paths.insert(n.path).second);
  }
  // Each unit views its own stretch of the outline's one array of pieces, in
  // text order: the stretches follow each other, unit after unit.
  const Span* next_piece = o.pieces.data();
  for (const TextUnit& u : o.units) {
    CHECK(u.pieces.data() == next_piece);
    next_piece = u.pieces.data() + u.pieces.size();
    for (size_t k = 0; k < u.pieces.size(); ++k) {
      CHECK(u.pieces[k].end <= norm.text.size());
      if (k > 0) CHECK(u.pieces[k - 1].end <= u.pieces[k].start);
    }
    MappedText text = UnitText(norm, u);
    CHECK(!text.text.empty());
    CHECK(text.ToSource({0, text.text.size()}).end <= file_size);
    CHECK(u.footnote.has_value() == (o.nodes[u.node].kind == NodeKind::kFootnote));
  }
}

TEST_CASE("Outline reads every real file without error", "[outline][real]") {
  std::string dir = kShared + "/corpus/real";
  if (!std::filesystem::exists(dir)) return;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string ext = entry.path().extension();
    if (ext != ".md" && ext != ".txt") continue;
    INFO(entry.path().filename());
    std::string bytes = ReadFile(entry.path());
    Result<MappedText> norm = Normalize(bytes, entry.path().string());
    REQUIRE(norm.ok());
    VerifyOutline(*norm, BuildOutline(*norm), bytes.size());
    ++files;
  }
  CHECK(files > 50);
}

// The cost of the outline, as docs/outline.md reports it. Hidden: run with
//   build-outline2/tests/extractors_test "[.outline-cost]" -s
// The real corpus and the sample are normalized once; each step is timed over
// all of them, best of six rounds.
TEST_CASE("Outline cost against extraction alone", "[.outline-cost]") {
  std::string dir = kShared + "/corpus/real";
  if (!std::filesystem::exists(dir)) return;
  std::vector<MappedText> texts;
  size_t bytes = 0;
  std::vector<std::string> files = {kShared + "/corpus/kien-giang-dan-van-2020.md"};
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string ext = entry.path().extension();
    if (ext == ".md" || ext == ".txt") files.push_back(entry.path());
  }
  for (const std::string& f : files) {
    texts.push_back(Norm(ReadFile(f)));
    bytes += texts.back().text.size();
  }
  auto best_of_six = [&](auto&& step) {
    double best = 1e9;
    for (int round = 0; round < 6; ++round) {
      auto t0 = std::chrono::steady_clock::now();
      size_t n = 0;
      for (const MappedText& t : texts) n += step(t);
      std::chrono::duration<double> d = std::chrono::steady_clock::now() - t0;
      best = std::min(best, d.count());
      CHECK(n > 0);
    }
    return best;
  };
  double extract =
      best_of_six([](const MappedText& t) { return ExtractCitations(StripMarkup(t)).size(); });
  size_t units = 0;
  for (const MappedText& t : texts) units += BuildOutline(t).units.size();
  double outline = best_of_six([](const MappedText& t) { return BuildOutline(t).units.size(); });
  double document = best_of_six([](const MappedText& t) { return ExtractDocument(t).size(); });
  WARN(files.size() << " files, " << bytes / 1e6 << " MB normalized, " << units << " units\n"
                    << "ExtractCitations(StripMarkup(text)) " << extract << " s (1.00)\n"
                    << "BuildOutline " << outline << " s (" << outline / extract << ")\n"
                    << "ExtractDocument " << document << " s (" << document / extract << ")");
}

TEST_CASE("Segments split glued headings wherever a line stands against the scan's blocks",
          "[outline]") {
  // The line end and the '*' of a glued line are found sixteen bytes at a
  // time: every offset of the line within a block, a line with no '*' right
  // before one with many, and a last line of markup alone (no segment).
  struct Glued {
    std::string line, first, second;
  };
  for (const Glued& glued : {Glued{"**I- KẾT QUẢ****1. Sự lãnh đạo**", "I- KẾT QUẢ", "1. Sự lãnh đạo"},
                             Glued{"**A****B**", "A", "B"}}) {  // shorter than a block
  for (size_t pad = 0; pad < 40; ++pad) {
    for (const char* end : {"", "\n", "\n*", "\nvà một dòng sau nó"}) {
      const std::string text = std::string(pad, 'x') + "\n" + glued.line + end;
      INFO("pad " << pad << ", end '" << end << "'");
      std::vector<std::string> pieces;
      for (const outline_internal::Segment& seg : outline_internal::SplitSegments(text)) {
        pieces.push_back(text.substr(seg.b, seg.e - seg.b));
      }
      std::vector<std::string> want;
      if (pad > 0) want.push_back(std::string(pad, 'x'));
      want.push_back(glued.first);
      want.push_back(glued.second);
      if (std::string_view(end).size() > 2) want.push_back(std::string(end).substr(1));
      CHECK(pieces == want);
    }
  }
  }
}

}  // namespace
}  // namespace lexgraph
