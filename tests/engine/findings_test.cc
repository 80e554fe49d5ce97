#include "engine/findings.h"

#include <catch2/catch.hpp>

#include "engine/analyze.h"
#include "engine/code_checks.h"
#include "engine/resolve.h"

namespace lexgraph {
namespace {

TEST_CASE("Each finding kind is reported with its severity and suggestion", "[engine][findings]") {
  struct Case {
    const char* text;
    const char* kind;  // the one finding expected; nullptr: none
    const char* severity;
    const char* suggestion;
  };
  const Case cases[] = {
      {"Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy; "
       "Chỉ thị số 11-CT/TW, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy.",
       "issuer-code-mismatch", "warning", "11-CT/TU"},
      {"Chỉ thị số 11-CT/TW, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy.", "issuer-code-mismatch",
       "warning", "11-CT/TU"},
      {"Nghị quyết số 25-NQ/TW, ngày 12-01-2013 của Ban Chấp hành Trung ương Đảng (khóa IX).",
       "date-outside-term", "warning", ""},
      {"Kết luận số 158-TB/TW, ngày 02-01-2020 của Ban Bí thư.", "type-code-mismatch", "warning",
       "Thông báo kết luận"},
      {"Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị; Kết luận số 62-KL/TW, ngày "
       "09-12-2009 của Bộ Chính trị.",
       "two-dates", "warning", "2009-12-08"},
      // A State code carries its year: the date outside it is the slip, though stated first
      // (congbao-nq-6616-2026-nq-cp.txt).
      {"Nghị định số 125/2024/NĐ-CP ngày 05/10/2025 của Chính phủ; Nghị định số 125/2024/NĐ-CP "
       "ngày 05/10/2024 của Chính phủ.",
       "two-dates", "warning", "2024-10-05"},
      // Else the date stated most often (state-nq-48-2025-nq-hdnd-hanoi.md).
      {"Nghị quyết số 197/2025/QH15 ngày 01/7/2025 của Quốc hội; theo Nghị quyết số 197/2025/QH15 "
       "ngày 17/5/2025 của Quốc hội; theo Nghị quyết số 197/2025/QH15 ngày 17/5/2025 của Quốc hội.",
       "two-dates", "warning", "2025-05-17"},
      {"Quyết định số 317-QĐ/TWĐTN-TNTH, ngày 01-3-2019.", "unknown-issuer-code", "info", ""},
      {"Theo Chỉ thị 05 của Ban Thường vụ.", "unresolved-short-form", "info", ""},
      // Agreeing citations give none: Quy định with QĐ, Thông báo kết luận with TB.
      {"Quy định số 205-QĐ/TW, ngày 23-9-2019 của Bộ Chính trị.", nullptr, "", ""},
      {"Thông báo kết luận số 160-TB/TW, ngày 15-01-2020 của Bộ Chính trị.", nullptr, "", ""},
      {"Kết luận số 120-KL/TW, ngày 07-01-2016 của Bộ Chính trị (khóa XI).", nullptr, "", ""},
      // A joint circular's issuers are each known; "UB" is the older code of Ủy ban nhân dân.
      {"Thông tư liên tịch số 01/2012/TTLT-BQP-BLĐTBXH-BTC ngày 05/01/2012.", nullptr, "", ""},
      {"Quyết định số 136/1998/QĐ-UB ngày 09/11/1998 của Ủy ban nhân dân tỉnh.", nullptr, "", ""},
      {"Thông tư liên tịch số 43/2015/TTLT-BNNPTNT-BXYZ ngày 23/11/2015.", "unknown-issuer-code", "info", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Result<SourceAnalysis> a = AnalyzeSource(c.text, "r.md");
    REQUIRE(a.ok());
    if (c.kind == nullptr) {
      CHECK(a->findings.empty());
      continue;
    }
    REQUIRE(a->findings.size() == 1);
    const Finding& f = a->findings[0];
    CHECK(f.kind == c.kind);
    CHECK(f.severity == c.severity);
    CHECK(f.suggestion == c.suggestion);
    CHECK(f.evidence.source == "r.md");
    CHECK(f.evidence.span.end > f.evidence.span.start);
    CHECK(!f.message.empty());
  }
}

TEST_CASE("YearOfCode reads the year a State code carries, and only that", "[engine][findings]") {
  CHECK(YearOfCode("04/2015/NĐ-CP") == 2015);
  CHECK(YearOfCode("125/2024/NĐ-CP") == 2024);
  CHECK(YearOfCode("34/2007/PL-UBTVQH11") == 2007);
  CHECK(YearOfCode("62-KL/TW") == std::nullopt);
  CHECK(YearOfCode("16/CT-TTg") == std::nullopt);
  CHECK(YearOfCode("4919/VPCP-KTTH") == std::nullopt);
  CHECK(YearOfCode("12/1850/QĐ-UB") == std::nullopt);
  CHECK(YearOfCode("") == std::nullopt);
}

TEST_CASE("A short form that several documents fit is a warning naming them", "[engine][findings]") {
  SourceAnalysis a;
  a.path = "r.md";
  for (const char* code : {"05-CT/TU", "05-CT/TW", ""}) {
    AnalyzedMention m;
    m.mention.code = code;
    m.mention.number = 5;
    m.mention.type_code = "CT";
    m.mention.text = "Chỉ thị 05";
    m.mention.short_form = m.mention.code.empty();
    a.mentions.push_back(m);
  }
  ResolveWithinSource(a, {});
  FindInconsistencies(a);
  REQUIRE(a.findings.size() == 1);
  CHECK(a.findings[0].kind == "ambiguous-short-form");
  CHECK(a.findings[0].severity == "warning");
  CHECK(a.findings[0].mention == 2);
  CHECK(a.findings[0].message.find("5-CT/TU") != std::string::npos);
}

}  // namespace
}  // namespace lexgraph
