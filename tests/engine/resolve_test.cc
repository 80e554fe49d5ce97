#include "engine/resolve.h"

#include <catch2/catch.hpp>

#include <map>

#include "engine/analyze.h"

namespace lexgraph {
namespace {

// The keys each mention of `text` resolves to, in text order ("" unresolved).
std::vector<std::string> KeysOf(const std::string& text) {
  Result<SourceAnalysis> a = AnalyzeSource(text, "r.md");
  REQUIRE(a.ok());
  std::vector<std::string> keys;
  for (const AnalyzedMention& m : a->mentions) keys.push_back(m.doc_key);
  return keys;
}

TEST_CASE("ResolveWithinSource applies the identity and resolution rules to sentences",
          "[engine][resolve]") {
  struct Case {
    const char* rule;
    std::string text;
    std::vector<std::string> keys;
  };
  const Case cases[] = {
      {"a number and a term without code is the central document of that term",
       "Thực hiện Nghị quyết 24 khóa IX về công tác dân tộc.", {"24-NQ/TW@IX"}},
      {"one code of two terms stays two documents",
       "Nghị quyết số 25-NQ/TW, ngày 03-6-2013 của Ban Chấp hành Trung ương (khóa XI); "
       "Nghị quyết số 25-NQ/TW, ngày 12-3-2003 của Ban Chấp hành Trung ương (khóa IX).",
       {"25-NQ/TW@XI", "25-NQ/TW@IX"}},
      {"a stated term outweighs the date",
       "Nghị quyết số 25-NQ/TW, ngày 12-01-2013 của Ban Chấp hành Trung ương Đảng (khóa IX).",
       {"25-NQ/TW@IX"}},
      {"a termless citation joins the one qualified citation of its code",
       "Chỉ thị số 39-CT/TW, ngày 01-11-2019 của Ban Bí thư; theo Chỉ thị 39-CT/TW của Ban Bí thư.",
       {"39-CT/TW@XII", "39-CT/TW@XII"}},
      {"a code whose stated issuer contradicts it resolves to the agreeing citation of that date",
       "Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy; "
       "Chỉ thị số 11-CT/TW, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy.",
       {"11-CT/TU@XII", "11-CT/TU@XII"}},
      {"without an agreeing citation the written code stands",
       "Chỉ thị số 11-CT/TW, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy.", {"11-CT/TW@XII"}},
      {"a local body's province comes from the citation when it names one",
       "Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Long An; "
       "Quyết định số 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh Cà Mau.",
       {"12/2020/QĐ-UBND#Long An", "12/2020/QĐ-UBND#Cà Mau"}},
      {"a State code without year is told apart by the year of its date",
       "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ; "
       "Chỉ thị số 16/CT-TTg, ngày 22-4-2019 của Thủ tướng Chính phủ.",
       {"16/CT-TTg@2016", "16/CT-TTg@2019"}},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    CHECK(KeysOf(c.text) == c.keys);
  }
}

TEST_CASE("A short form resolves to the nearest earlier full citation, or says why not",
          "[engine][resolve]") {
  SourceAnalysis a;
  auto add = [&](std::string code, int number, std::string type_code, std::string key) {
    AnalyzedMention m;
    m.mention.code = std::move(code);
    m.mention.number = number;
    m.mention.type_code = std::move(type_code);
    m.mention.short_form = m.mention.code.empty();
    m.mention.text = "Chỉ thị " + std::to_string(number);
    m.doc_key = std::move(key);
    a.mentions.push_back(std::move(m));
  };
  SECTION("one earlier document fits") {
    add("05-CT/TU", 5, "CT", "");
    add("", 5, "CT", "");
    ResolveWithinSource(a, {});
    CHECK(a.mentions[1].doc_key == a.mentions[0].doc_key);
    CHECK(!a.mentions[1].doc_key.empty());
  }
  SECTION("two earlier documents fit: unresolved, with both candidates") {
    add("05-CT/TU", 5, "CT", "");
    add("05-CT/TW", 5, "CT", "");
    add("", 5, "CT", "");
    ResolveWithinSource(a, {});
    CHECK(a.mentions[2].doc_key.empty());
    CHECK(a.mentions[2].candidates == std::vector<std::string>{"5-CT/TW", "5-CT/TU"});
  }
  SECTION("nothing earlier fits") {
    add("", 5, "CT", "");
    add("05-CT/TU", 5, "CT", "");
    ResolveWithinSource(a, {});
    CHECK(a.mentions[0].doc_key.empty());
    CHECK(a.mentions[0].unresolved_reason.find("short form") != std::string::npos);
  }
}

TEST_CASE("A back reference resolves to the citation it points back to, or to the source",
          "[engine][resolve][back]") {
  struct Case {
    const char* rule;
    std::string text;
    std::vector<std::string> keys;  // of every mention, back references included
  };
  const Case cases[] = {
      {"này: the nearest earlier citation of its type in its paragraph",
       "Thực hiện Nghị quyết số 25-NQ/TW, ngày 03-6-2013 của Ban Chấp hành Trung ương (khóa XI); "
       "Nghị quyết này đã đi vào cuộc sống.",
       {"25-NQ/TW@XI", "25-NQ/TW@XI"}},
      {"trên: the nearest earlier citation of its type, not an older one",
       "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X).\n\n"
       "Kết luận số 120-KL/TW, ngày 07-01-2016 của Bộ Chính trị (khóa XI).\n\n"
       "Thực hiện Kết luận trên, Tỉnh ủy đã chỉ đạo.",
       {"62-KL/TW@X", "120-KL/TW@XI", "120-KL/TW@XI"}},
      {"a citation of another type is not what it points back to",
       "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ. Các cấp ủy quán triệt Nghị quyết trên.",
       {"16/CT-TTg@2016", ""}},
      {"này in a source of that type, with no citation before it in its part: the source",
       "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 165/KH-UBND\n\nCần Thơ, ngày 12 tháng 7 năm 2021\n\n"
       "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nCác sở triển khai thực hiện Kế hoạch này.",
       {"165/KH-UBND@2021#Cần Thơ", "165/KH-UBND@2021#Cần Thơ"}},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    CHECK(KeysOf(c.text) == c.keys);
  }
}

TEST_CASE("An unresolved back reference is an info finding; it states no relation",
          "[engine][resolve][back]") {
  Result<SourceAnalysis> a =
      AnalyzeSource("Các cấp ủy triển khai thực hiện Nghị quyết này trong năm 2021.\n", "r.md");
  REQUIRE(a.ok());
  REQUIRE(a->mentions.size() == 1);
  CHECK(a->mentions[0].doc_key.empty());
  REQUIRE(a->findings.size() == 1);
  CHECK(a->findings[0].kind == "unresolved-back-reference");
  CHECK(a->findings[0].severity == "info");
  CHECK(a->relations.empty());
}

// A literal store: code -> the keys it holds.
class FakeKnown : public KnownDocuments {
 public:
  explicit FakeKnown(std::map<std::string, std::vector<std::string>> keys) : keys_(std::move(keys)) {}
  std::vector<std::string> KeysWithCode(std::string_view code) const override {
    auto it = keys_.find(std::string(code));
    return it == keys_.end() ? std::vector<std::string>{} : it->second;
  }

 private:
  std::map<std::string, std::vector<std::string>> keys_;
};

TEST_CASE("ResolveAcrossStore merges a termless citation with the one stored candidate only",
          "[engine][resolve]") {
  struct Case {
    const char* rule;
    std::map<std::string, std::vector<std::string>> stored;
    const char* key;
    size_t findings;
  };
  const Case cases[] = {
      {"nothing stored", {}, "39-CT/TW", 0},
      {"one stored candidate", {{"39-CT/TW", {"39-CT/TW@XII"}}}, "39-CT/TW@XII", 0},
      {"the same termless document stored", {{"39-CT/TW", {"39-CT/TW"}}}, "39-CT/TW", 0},
      {"several candidates: ambiguous, never merged",
       {{"39-CT/TW", {"39-CT/TW@X", "39-CT/TW@XII"}}}, "39-CT/TW", 1},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    Result<SourceAnalysis> a = AnalyzeSource("Theo Chỉ thị 39-CT/TW của Ban Bí thư.", "b.md");
    REQUIRE(a.ok());
    ResolveAcrossStore(*a, FakeKnown(c.stored));
    CHECK(a->mentions[0].doc_key == c.key);
    CHECK(a->documents[0].key == c.key);
    CHECK(a->findings.size() == c.findings);
    if (c.findings == 1) {
      CHECK(a->findings[0].kind == "ambiguous-reference");
      CHECK(a->findings[0].suggestion == "39-CT/TW@X, 39-CT/TW@XII");
    }
  }
}

}  // namespace
}  // namespace lexgraph
