#include "engine/header_place.h"

#include <catch2/catch.hpp>

#include "engine/analyze.h"

namespace lexgraph {
namespace {

TEST_CASE("PlaceOfHeader reads the place before the header's date", "[engine][identity]") {
  struct Case {
    std::string header;
    const char* place;
  };
  const Case cases[] = {
      {"TỈNH ỦY CẦN THƠ\n\nSố 402-CV/VPĐU\n\nCần Thơ, ngày 05 tháng 3 năm 2025\n", "Cần Thơ"},
      {"ỦY BAN NHÂN DÂN\n\nSố: 165/KH-UBND\n\nĐà Nẵng, ngày 05 tháng 3 năm 2025\n", "Đà Nẵng"},
      {"BAN BÍ THƯ\n\nSố 39-CT/TW\n\nHà Nội, ngày 01 tháng 11 năm 2019\n", "Hà Nội"},
      // A header set out with spaces (party-cv-2449-cv-du-laocai-2026.txt): the place alone.
      {"     ĐẢNG BỘ TỈNH LÀO CAI              ĐẢNG CỘNG SẢN VIỆT NAM\n     Số 2449 -CV/ĐU\n"
       "                                         Lào  Cai, ngày 07 tháng 9 năm 2026\n",
       "Lào Cai"},
      // The number and the place on one line, in two columns (impl-cv-9387-ubnd-kt-laocai-2026.txt).
      {"    ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "      Số: 9387 /UBND-KT                       Lào Cai, ngày 15 tháng 9 năm 2026\n",
       "Lào Cai"},
  };
  for (const Case& c : cases) {
    INFO(c.header);
    Result<SourceAnalysis> a = AnalyzeSource(c.header, "h.md");
    REQUIRE(a.ok());
    const Mention* self = nullptr;
    for (const AnalyzedMention& m : a->mentions) {
      if (m.mention.kind == MentionKind::kSelf) self = &m.mention;
    }
    REQUIRE(self != nullptr);
    CHECK(PlaceOfHeader(c.header, *self) == c.place);
  }
}

// The document keys of `text`'s mentions, in text order, and its findings.
std::vector<std::string> KeysOf(const std::string& text, size_t* findings = nullptr) {
  Result<SourceAnalysis> a = AnalyzeSource(text, "r.md");
  REQUIRE(a.ok());
  std::vector<std::string> keys;
  for (const AnalyzedMention& m : a->mentions) keys.push_back(m.doc_key);
  if (findings != nullptr) *findings = a->findings.size();
  return keys;
}

TEST_CASE("A local body cited by a source gets the province of the source's header",
          "[engine][identity]") {
  CHECK(KeysOf("TỈNH ỦY CẦN THƠ\n\nSố 402-CV/VPĐU\n\nCần Thơ, ngày 05 tháng 3 năm 2025\n\n"
               "Thực hiện Chỉ thị số 05-CT/TU, ngày 01-3-2021 của Ban Thường vụ Tỉnh ủy; "
               "Chỉ thị số 05-CT/TW, ngày 01-3-2021 của Ban Bí thư.\n") ==
        std::vector<std::string>{"402-CV/VPĐU@XIII#Cần Thơ", "5-CT/TU@XIII#Cần Thơ", "5-CT/TW@XIII"});
}

TEST_CASE("A people's committee's older code QĐ-UB is a local body's too", "[engine][identity]") {
  size_t findings = 0;
  CHECK(KeysOf("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\n\nSố: 12/QĐ-UBND\n\nBình Phước, ngày 05 tháng 3 năm 2025\n\n"
               "Căn cứ Quyết định số 136/1998/QĐ-UB ngày 09/11/1998 của Ủy ban nhân dân tỉnh.\n",
               &findings) ==
        std::vector<std::string>{"12/QĐ-UBND@2025#Bình Phước", "136/1998/QĐ-UB#Bình Phước"});
  CHECK(findings == 0);
}

}  // namespace
}  // namespace lexgraph
