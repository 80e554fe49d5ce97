// BuildOutline: paths from the document's own numbering, footnotes lifted and
// attached to their markers, cut sentences rejoined, State legal text paths,
// tasks, and every real file outlined without error.
#include "extractors/outline.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "extractors/normalize.h"

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
const TextUnit* UnitAtSource(const Outline& o, const std::string& needle, size_t want) {
  for (const TextUnit& u : o.units) {
    for (size_t at = u.text.text.find(needle); at != std::string::npos;
         at = u.text.text.find(needle, at + 1)) {
      if (u.text.map.ToSourceStart(at) == want) return &u;
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
  return UnitAtSource(o, needle, norm.map.ToSourceStart(pos));
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
    const TextUnit* u = UnitAtSource(o, text, ByteOffset(bytes, g["offset"].get<size_t>()));
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
    CHECK(n->title == c.title);
  }
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
  CHECK(body->text.text ==
        "Phối hợp thực hiện Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị "
        "khóa XI về giám sát, phản biện xã hội<sup>(9)</sup>.");
  CHECK(body->section == "2");
  CHECK(body->task_id.empty());
  // The joining space stands for no byte of the file: spans stay exact.
  size_t cua = body->text.text.find("của Bộ");
  CHECK(body->text.map.ToSourceStart(cua) == norm.text.find("của Bộ"));
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
  CHECK(note->text.text.find("dân tộc Khmer năm 2020; Công văn số 1247-CV/TU") !=
        std::string::npos);
  const TextUnit* body = UnitOf(norm, o, "Chỉ đạo cụ thể hóa");
  REQUIRE(body != nullptr);
  CHECK(body->text.text.find("triển khai thực hiện kế hoạch. Nhân dân đồng tình hưởng ứng") !=
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
  CHECK(point->text.text ==
        "Chủ hộ kinh doanh nộp thuế theo phương pháp kê khai theo Nghị "
        "định số 09/1998/NĐ-CP;");
  REQUIRE(NodeAt(o, "PL2") != nullptr);
  CHECK(NodeAt(o, "PL2")->title == "MẪU BÁO CÁO");
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
void VerifyOutline(const Outline& o, size_t file_size) {
  REQUIRE(!o.nodes.empty());
  CHECK(o.nodes[0].kind == NodeKind::kDocument);
  for (size_t i = 1; i < o.nodes.size(); ++i) {
    const OutlineNode& n = o.nodes[i];
    REQUIRE(n.parent >= 0);
    REQUIRE(static_cast<size_t>(n.parent) < o.nodes.size());
    CHECK(n.span.start <= n.span.end);
    CHECK(n.span.end <= file_size);
  }
  for (const TextUnit& u : o.units) {
    CHECK(!u.text.text.empty());
    CHECK(u.text.ToSource({0, u.text.text.size()}).end <= file_size);
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
    VerifyOutline(BuildOutline(*norm), bytes.size());
    ++files;
  }
  CHECK(files > 50);
}

}  // namespace
}  // namespace lexgraph
