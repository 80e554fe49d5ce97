// The extractor on the real documents of ../shared/corpus: every file reads
// without error, and citations met while reading them by eye come out right.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extractors/extract_document.h"
#include "extractors/normalize.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

const fs::path kReal = fs::path(LEXGRAPH_SHARED_DIR) / "corpus" / "real";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Mention> ExtractFile(const std::string& name) {
  std::string bytes = ReadFile(kReal / name);
  REQUIRE_FALSE(bytes.empty());
  Result<MappedText> text = Normalize(bytes, name);
  REQUIRE(text.ok());
  return ExtractDocument(*text);
}

// The first mention whose code (or, for named ones, text) is `key`.
const Mention* Find(const std::vector<Mention>& all, const std::string& key) {
  for (const Mention& m : all) {
    if (m.code == key || (m.kind == MentionKind::kNamed && m.text == key)) return &m;
  }
  return nullptr;
}

TEST_CASE("Every real file extracts, and every span names its own bytes", "[extractors][real]") {
  if (!fs::exists(kReal)) {
    WARN("no ../shared corpus: skipped");
    return;
  }
  int files = 0;
  for (const auto& entry : fs::directory_iterator(kReal)) {
    std::string ext = entry.path().extension();
    if (ext != ".md" && ext != ".txt") continue;
    ++files;
    std::string bytes = ReadFile(entry.path());
    Result<MappedText> text = Normalize(bytes, entry.path().filename().string());
    INFO(entry.path().filename());
    REQUIRE(text.ok());
    size_t last = 0;
    for (const Mention& m : ExtractDocument(*text)) {
      REQUIRE(m.head.end <= bytes.size());
      REQUIRE(m.head.start < m.head.end);
      CHECK(m.head.start >= last);  // text order
      last = m.head.start;
      if (!m.code.empty()) {
        // The code's digits stand in the original bytes of the head.
        std::string head = bytes.substr(m.head.start, m.head.size());
        CHECK(head.find(std::to_string(*m.number)) != std::string::npos);
      }
    }
  }
  CHECK(files >= 96);
}

// Citations read by eye in real files, one row each: the file, the code, and
// what the text says of it.
TEST_CASE("Citations read by eye in real files", "[extractors][real]") {
  if (!fs::exists(kReal)) {
    WARN("no ../shared corpus: skipped");
    return;
  }
  struct Case {
    const char* file;
    const char* code;
    const char* type;
    const char* date;
    const char* issuer;
    const char* term;
  };
  const Case cases[] = {
      // A Politburo resolution: its own number in the header, the date on the line after.
      {"party-nq-57-nq-tw-2024.md", "57-NQ/TW", "Nghị quyết", "2024-12-22", "", ""},
      // A provincial plan carrying out a Prime Minister's directive and a ministry's letter.
      {"impl-kh-165-kh-ubnd-cantho-2025.md", "27/CT-TTg", "Chỉ thị", "2024-08-15",
       "Thủ tướng Chính phủ", ""},
      {"impl-kh-165-kh-ubnd-cantho-2025.md", "6676/BYT-CDS", "Công văn", "2024-10-29", "Bộ Y tế",
       ""},
      {"impl-kh-165-kh-ubnd-cantho-2025.md", "21-NQ/TW", "Nghị quyết", "2017-10-25", "", ""},
      // A decision citing decrees and circulars in a converted PDF.
      {"congbao-qd-1478-qd-bldtbxh.txt", "31/2015/NĐ-CP", "Nghị định", "2015-03-24", "", ""},
      // A line-broken type word ("Thông \ntư số 19/2016/TT-BLĐTBXH").
      {"congbao-qd-1478-qd-bldtbxh.txt", "19/2016/TT-BLĐTBXH", "Thông tư", "2016-06-28", "", ""},
      // The Lào Cai chain: its header date stands before "Số 2449 -CV/ĐU"; the
      // citations run across line breaks ("số 31-\n   CTr/TW").
      {"party-cv-2449-cv-du-laocai-2026.txt", "2449-CV/ĐU", "Công văn", "2026-09-07", "", ""},
      {"party-cv-2449-cv-du-laocai-2026.txt", "104-CTr/TU", "Chương trình hành động",
       "2026-08-30", "Tỉnh ủy", ""},
      {"party-cv-2449-cv-du-laocai-2026.txt", "75-KL/TW", "Kết luận", "2026-07-28",
       "Ban Chấp hành Trung ương", "XIV"},
      {"party-cv-2449-cv-du-laocai-2026.txt", "31-CTr/TW", "Chương trình hành động", "2026-07-28",
       "Bộ Chính trị", ""},
  };
  for (const Case& c : cases) {
    INFO(c.file << " " << c.code);
    std::vector<Mention> all = ExtractFile(c.file);
    const Mention* m = Find(all, c.code);
    REQUIRE(m != nullptr);
    CHECK(m->type == c.type);
    if (*c.date) {
      REQUIRE(m->date);
      CHECK(m->date->Iso() == c.date);
    }
    if (*c.issuer) CHECK(m->issuer == c.issuer);
    if (*c.term) CHECK(m->term == c.term);
  }
}

TEST_CASE("Subjects in a PDF table of documents stop at the table's next column",
          "[extractors][real]") {
  if (!fs::exists(kReal)) {
    WARN("no ../shared corpus: skipped");
    return;
  }
  // Each row: number, type, code, date, subject, date in force, a link note.
  std::vector<Mention> all = ExtractFile("congbao-qd-1205-qd-bkhdt.txt");
  const Mention* m = Find(all, "01/2007/NĐ-CP");
  REQUIRE(m != nullptr);
  CHECK(m->subject == "việc chuyển Tổng cục Thống kê vào Bộ Kế hoạch và Đầu tư");
  m = Find(all, "183/2005/QĐ-TTg");
  REQUIRE(m != nullptr);
  CHECK(m->subject.ends_with("Chính phủ Hợp chủng quốc Hoa Kỳ"));
  int subjects = 0;
  for (const Mention& x : all) {
    if (x.subject.empty()) continue;
    ++subjects;
    INFO(x.code << ": " << x.subject);
    CHECK(x.subject.find("Nội dung") == std::string::npos);
    CHECK(x.subject.find("http") == std::string::npos);
  }
  CHECK(subjects >= 50);
}

TEST_CASE("Laws' headers give their own number, 'Luật số:' on its line or before it", "[extractors][real]") {
  if (!fs::exists(kReal)) {
    WARN("no ../shared corpus: skipped");
    return;
  }
  const struct {
    const char* file;
    const char* code;
    const char* date;
  } cases[] = {
      {"congbao-luat-51-2024-qh15.txt", "51/2024/QH15", ""},  // the date stands at the end
      {"tvpl-luat-dat-dai-2024.txt", "31/2024/QH15", "2024-01-18"},
      // The outline puts "… Luật số:" and the number in two units.
      {"tvpl-luat-dat-dai-2013.txt", "45/2013/QH13", "2013-11-29"},
      {"tvpl-luat-quan-ly-thue-2006.txt", "78/2006/QH11", "2006-11-29"},
  };
  for (const auto& c : cases) {
    INFO(c.file);
    std::vector<Mention> all = ExtractFile(c.file);
    auto it = std::find_if(all.begin(), all.end(), [&](const Mention& m) { return m.code == c.code; });
    REQUIRE(it != all.end());
    const Mention& self = *it;
    CHECK(self.kind == MentionKind::kSelf);
    CHECK(self.issuer == "Quốc hội");
    CHECK((self.date ? self.date->Iso() : "") == c.date);
  }
}

TEST_CASE("The source's own issuer is read from the header of real files", "[extractors][real]") {
  if (!fs::exists(kReal)) {
    WARN("no ../shared corpus: skipped");
    return;
  }
  struct Case {
    const char* file;
    const char* issuer;  // "" when the header names a unit the table does not know
    const char* place;
  };
  const Case cases[] = {
      // Two cells run into one paragraph by the converter, "**" on lines of their own.
      {"impl-kh-165-kh-ubnd-cantho-2025.md", "Ủy ban nhân dân tỉnh", "Cần Thơ"},
      {"state-qd-1521-qd-ubnd-bacninh-2025.md", "Ủy ban nhân dân tỉnh", "Bắc Ninh"},
      // "HỘI ĐỒNG NHÂN / DÂN / THÀNH PHỐ HÀ NỘI": a name cut over three lines.
      {"state-nq-48-2025-nq-hdnd-hanoi.md", "Hội đồng nhân dân tỉnh", "Hà Nội"},
      // A plain-text header whose two cells are set apart by spaces.
      {"impl-cv-5973-ubnd-kt-laocai-2026.txt", "Ủy ban nhân dân tỉnh", "Lào Cai"},
      // Central Party departments under "BAN CHẤP HÀNH TRUNG ƯƠNG".
      {"party-hd-45-hd-btctw-2025.md", "Ban Tổ chức Trung ương", ""},
      {"party-qd-1147-qd-btgdvtw-2025.md", "Ban Tuyên giáo và Dân vận Trung ương", ""},
      {"party-kl-07-kl-vptw-2025.md", "Văn phòng Trung ương Đảng", ""},
      {"party-kh-3260-kh-ddqh15-2025.md", "Đảng đoàn Quốc hội", ""},
      {"party-qd-384-qd-tw-2025.md", "Ban Chấp hành Trung ương", ""},
      // Công báo: the gazette's own running head above; the body twice.
      {"congbao-nd-158-2025-nd-cp.txt", "Chính phủ", ""},
      {"congbao-qd-28-2026-qd-ttg.txt", "Thủ tướng Chính phủ", ""},
      {"state-tt-56-2025-tt-bct.md", "Bộ Công Thương", ""},
      {"tvpl-nghi-dinh-102-2024-nd-cp.txt", "Chính phủ", ""},
      {"tvpl-luat-so-huu-tri-tue-2005.txt", "Quốc hội", ""},
      // "ĐẢNG ỦY CHÍNH PHỦ / VĂN PHÒNG", "ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN
      // NHÂN DÂN TỈNH": bodies the table does not know give nothing.
      {"party-cv-402-cv-vpdu-2025-bao-cao-nq57.md", "", ""},
      {"party-cv-2449-cv-du-laocai-2026.txt", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    std::vector<Mention> all = ExtractFile(c.file);
    auto self = std::find_if(all.begin(), all.end(),
                             [](const Mention& m) { return m.kind == MentionKind::kSelf; });
    REQUIRE(self != all.end());
    CHECK(self->issuer == c.issuer);
    CHECK(self->issuer_place == c.place);
    if (!self->issuer.empty()) {
      REQUIRE(self->issuer_span.end <= self->head.start);
      CHECK(self->issuer_span.size() > 0);
    }
  }
}

}  // namespace
}  // namespace lexgraph
