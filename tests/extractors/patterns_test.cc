#include "extractors/patterns.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/citation_patterns.h"
#include "extractors/normalize.h"
#include "tests/testing/extract_helpers.h"

namespace lexgraph {
namespace {

using testing::ExtractText;
using testing::Numbered;

TEST_CASE("Every type word of the table is read before a code", "[extractors][tables]") {
  for (const TypeWord& t : TypeWords()) {
    std::string text = "theo " + std::string(t.name) + " số 12-KH/TU của Tỉnh ủy";
    INFO(text);
    auto all = Numbered(ExtractText(text));
    REQUIRE(all.size() == 1);
    CHECK(all[0].type == t.name);
    CHECK(all[0].text == std::string(t.name) + " số 12-KH/TU");
  }
}

TEST_CASE("Every type word of the table gives its type code to a bare number",
          "[extractors][tables]") {
  for (const TypeWord& t : TypeWords()) {
    std::string text = "thực hiện " + std::string(t.name) + " 24 khóa IX về";
    INFO(text);
    auto all = Numbered(ExtractText(text));
    REQUIRE(all.size() == 1);
    CHECK(all[0].type_code == t.code);
    CHECK(all[0].number == 24);
    CHECK(all[0].term == "IX");
  }
}

TEST_CASE("Every Party type code of the table is read in a Party code", "[extractors][tables]") {
  for (const TypeCode& t : TypeCodes()) {
    if (!t.party) continue;
    std::string code = "15-" + std::string(t.code) + "/TW";
    INFO(code);
    auto all = Numbered(ExtractText("theo " + code + " của Ban Bí thư"));
    REQUIRE(all.size() == 1);
    CHECK(all[0].type_code == t.code);
    CHECK(all[0].code == code);
    CHECK(all[0].issuer == "Ban Bí thư");
    CHECK(FindTypeCode(t.code) != nullptr);
  }
}

TEST_CASE("Every State type code of the table is read in a State code", "[extractors][tables]") {
  for (const TypeCode& t : TypeCodes()) {
    if (!t.state) continue;
    std::string code = "15/2020/" + std::string(t.code) + "-UBND";
    INFO(code);
    auto all = Numbered(ExtractText("theo " + code + " của Ủy ban nhân dân tỉnh"));
    REQUIRE(all.size() == 1);
    CHECK(all[0].type_code == t.code);
    CHECK(all[0].year == 2020);
    CHECK(all[0].issuer_code == "UBND");
  }
}

TEST_CASE("Every issuer code of the table is read in a code", "[extractors][tables]") {
  for (const IssuerCode& i : IssuerCodes()) {
    std::string code = i.party ? "9-NQ/" + std::string(i.code) : "9/2021/QĐ-" + std::string(i.code);
    INFO(code);
    auto all = Numbered(ExtractText("theo " + code + ";"));
    REQUIRE(all.size() == 1);
    CHECK(all[0].issuer_code == i.code);
    CHECK(FindIssuerCode(i.code) == &i);
  }
}

TEST_CASE("Every issuer name of the table is read after a citation", "[extractors][tables]") {
  for (const IssuerName& i : IssuerNames()) {
    // The table's own canonical spelling must be one of its spellings.
    std::string text = "Chỉ thị số 7-CT/TW của " + std::string(i.name) + " về";
    INFO(text);
    auto all = Numbered(ExtractText(text));
    REQUIRE(all.size() == 1);
    CHECK(all[0].issuer == i.name);
  }
}

TEST_CASE("Issuer names are read in their other spellings", "[extractors][tables]") {
  struct Case {
    const char* written;
    const char* name;
  };
  const Case cases[] = {
      {"Ban Bí thư Trung ương Đảng", "Ban Bí thư"},
      {"Ban Bí thư Trung ương", "Ban Bí thư"},
      {"Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"},
      {"Trung ương Đảng", "Ban Chấp hành Trung ương"},
      {"Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy"},
      {"BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"},
      {"Thủ tướng", "Thủ tướng Chính phủ"},
      {"HĐND tỉnh", "Hội đồng nhân dân tỉnh"},
      {"Hội đồng nhân dân thành phố", "Hội đồng nhân dân tỉnh"},
      {"UBND tỉnh", "Ủy ban nhân dân tỉnh"},
      {"Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"},
      {"bộ chính trị", "Bộ Chính trị"},
      {"Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội"},
  };
  for (const Case& c : cases) {
    std::string text = std::string("Chỉ thị số 7-CT/TW của ") + c.written + " về";
    INFO(text);
    auto all = Numbered(ExtractText(text));
    REQUIRE(all.size() == 1);
    CHECK(all[0].issuer == c.name);
  }
}

TEST_CASE("MatchIssuer gives RE2's own groups, remembered or not", "[extractors][tables]") {
  const CitationPatterns& p = CitationPatterns::Get();
  std::vector<std::string> tails;
  for (const IssuerName& i : IssuerNames()) tails.push_back(std::string(i.name) + " về");
  // The optional "Bộ trưởng" before the name, line breaks, commas, and what
  // follows the name, which the pattern must not read into it.
  for (const char* t : {"Bộ trưởng Bộ Tài chính về", "bộ trưởng bộ tài chính", "Bộ Tài chính",
                        "Ủy ban nhân dân tỉnh Lào Cai", "UBND tỉnh\nLào Cai", "BTV Tỉnh ủy, ngày",
                        "Ban Bí thư Trung ương Đảng (khóa XI)", "Bộ Chính trịxyz", "ai đó"}) {
    tails.push_back(t);
  }
  for (const std::string& tail : tails) {
    for (const char* lead : {" của ", ", của ", "của\n", "  của  "}) {
      std::string folded = FoldForMatch(std::string("Chỉ thị số 7-CT/TW") + lead + tail);
      size_t pos = folded.find("7-CT/TW") + 7;
      re2::StringPiece want[2];
      bool matched = p.issuer.Match(folded, pos, folded.size(), RE2::ANCHOR_START, want, 2);
      for (int round = 0; round < 2; ++round) {  // the first finds the group, the second remembers it
        INFO(folded << " (round " << round << ")");
        re2::StringPiece whole, name;
        REQUIRE(p.MatchIssuer(folded, pos, folded.size(), &whole, &name) == matched);
        if (!matched) continue;
        CHECK(whole.data() == want[0].data());
        CHECK(whole.size() == want[0].size());
        CHECK(name.data() == want[1].data());
        CHECK(name.size() == want[1].size());
      }
    }
  }
}

TEST_CASE("Code parts are made canonical", "[extractors][tables]") {
  struct Case {
    const char *written, *type, *issuer;
  };
  const Case cases[] = {
      {"QD", "QĐ", nullptr},  {"QĐI", "QĐi", nullptr}, {"Qđi", "QĐi", nullptr},
      {"CTR", "CTr", nullptr}, {"ND", "NĐ", nullptr},  {"QYĐ", "QyĐ", nullptr},
      {"Tu", nullptr, "TU"},  {"TƯ", nullptr, "TW"},   {"TTG", nullptr, "TTg"},
      {"QH14", nullptr, "QH14"}, {"UBTVQH11", nullptr, "UBTVQH11"}, {"hđnd", nullptr, "HĐND"},
  };
  for (const Case& c : cases) {
    INFO(c.written);
    if (c.type) CHECK(CanonicalTypeCode(c.written) == c.type);
    if (c.issuer) CHECK(CanonicalIssuerCode(c.written) == c.issuer);
  }
  CHECK(CanonicalTypeCode("XYZ") == "XYZ");
}

TEST_CASE("Months in words and Roman terms", "[extractors][tables]") {
  CHECK(MonthFromWord("giêng") == 1);
  CHECK(MonthFromWord("tư") == 4);
  CHECK(MonthFromWord("bốn") == 4);
  CHECK(MonthFromWord("mười hai") == 12);
  CHECK(MonthFromWord("chạp") == 12);
  CHECK(MonthFromWord("mươi") == 0);
  CHECK(RomanValue("XIII") == 13);
  CHECK(RomanValue("IX") == 9);
  CHECK(RomanValue("IIII") == 0);
}

}  // namespace
}  // namespace lexgraph
