#include "engine/identity.h"

#include <catch2/catch.hpp>

#include "engine/analyze.h"

namespace lexgraph {
namespace {

// A numbered mention as the extractor would give it.
Mention Numbered(std::string code, std::string type_code, std::string issuer_code,
                 std::optional<Date> date = {}, std::string term = "") {
  Mention m;
  m.code = std::move(code);
  m.type_code = std::move(type_code);
  m.issuer_code = std::move(issuer_code);
  m.date = date;
  if (date) m.year = date->year;
  m.term = std::move(term);
  return m;
}

TEST_CASE("IdentifyDocument applies every rule of conventions.md", "[engine][identity]") {
  struct Case {
    const char* rule;
    Mention mention;
    IdentityContext ctx;
    const char* key;  // nullptr: unresolved
  };
  Mention named;
  named.kind = MentionKind::kNamed;
  named.title = "Luật  Tiếp công dân,";
  Mention named_old_tones = named;
  named_old_tones.title = "Nghị quyết Trung ương 4, khoá XII";
  Mention number_and_term;  // "Nghị quyết 24 khóa IX"
  number_and_term.number = 24;
  number_and_term.type_code = "NQ";
  number_and_term.term = "IX";
  Mention short_form;  // "Chỉ thị 05"
  short_form.number = 5;
  short_form.type_code = "CT";
  short_form.short_form = true;
  const Case cases[] = {
      // Party: the stated term; else the term of the date; else termless.
      {"stated term", Numbered("62-KL/TW", "KL", "TW", Date{2009, 12, 8}, "X"), {}, "62-KL/TW@X"},
      {"stated term beats a contradicting date",
       Numbered("25-NQ/TW", "NQ", "TW", Date{2013, 1, 12}, "IX"), {}, "25-NQ/TW@IX"},
      {"term of the date", Numbered("160-TB/TW", "TB", "TW", Date{2020, 1, 15}), {}, "160-TB/TW@XII"},
      {"no term known", Numbered("39-CT/TW", "CT", "TW"), {}, "39-CT/TW"},
      {"leading zeros and spacing", Numbered("09 - QĐ/TU", "QĐ", "TU", Date{2010, 10, 13}), {}, "9-QĐ/TU@X"},
      {"OCR spelling of the type", Numbered("11-QĐI/TW", "QĐi", "TW", Date{2019, 2, 18}), {}, "11-QĐi/TW@XII"},
      {"local body: the date's term, not its own khóa",
       Numbered("11-CT/TU", "CT", "TU", Date{2019, 8, 1}, "X"), {}, "11-CT/TU@XII"},
      {"number and term without code: a central document", number_and_term, {}, "24-NQ/TW@IX"},
      // State: the code with its year; else code and the year of the date.
      {"State code with year", Numbered("04/2015/NĐ-CP", "NĐ", "CP"), {}, "4/2015/NĐ-CP"},
      {"law code", Numbered("45/2019/QH14", "", "QH14"), {}, "45/2019/QH14"},
      {"State code without year", Numbered("16/CT-TTg", "CT", "TTg", Date{2016, 5, 16}), {}, "16/CT-TTg@2016"},
      {"State code, no year known", Numbered("16/CT-TTg", "CT", "TTg"), {}, "16/CT-TTg"},
      // Local bodies carry the province when the context knows it.
      {"province hook", Numbered("77/2017/NQ-HĐND", "NQ", "HĐND"), {"Kiên Giang"}, "77/2017/NQ-HĐND#Kiên Giang"},
      {"central body ignores the province", Numbered("62-KL/TW", "KL", "TW", {}, "X"), {"Kiên Giang"}, "62-KL/TW@X"},
      // Named references: the name, spaces collapsed, tone marks folded.
      {"named", named, {}, "Luật Tiếp công dân"},
      {"named, old tone marks", named_old_tones, {}, "Nghị quyết Trung ương 4, khóa XII"},
      {"short form", short_form, {}, nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    std::optional<DocumentIdentity> id = IdentifyDocument(c.mention, c.ctx);
    // The same through a memo of canonical codes, asked twice.
    CanonicalCodes codes;
    for (int pass = 0; pass < 2; ++pass) {
      std::optional<DocumentIdentity> memo = IdentifyDocument(c.mention, c.ctx, nullptr, &codes);
      CHECK(memo.has_value() == id.has_value());
      if (memo && id) CHECK((memo->key == id->key && memo->code == id->code && memo->term == id->term));
    }
    if (c.key == nullptr) {
      CHECK_FALSE(id);
    } else {
      REQUIRE(id);
      CHECK(id->key == c.key);
    }
  }
}

TEST_CASE("CanonicalCode spells a code one way", "[engine][identity]") {
  const std::pair<const char*, const char*> cases[] = {
      {"62-KL/TW", "62-KL/TW"},         {"09-QĐ/TU", "9-QĐ/TU"},
      {"100 - KL/TW", "100-KL/TW"},     {"24- QĐ/TW", "24-QĐ/TW"},
      {"04/2015/NĐ-CP", "4/2015/NĐ-CP"}, {"34/2007/PL-UBTVQH11", "34/2007/PL-UBTVQH11"},
      {"16/CT-TTg", "16/CT-TTg"},       {"4919/VPCP-KTTH", "4919/VPCP-KTTH"},
  };
  CanonicalCodes codes;
  for (int pass = 0; pass < 2; ++pass) {  // computed, then remembered
    for (const auto& [written, canonical] : cases) {
      CHECK(CanonicalCode(written) == canonical);
      CHECK(codes.Of(written) == canonical);
    }
  }
}

TEST_CASE("A termless key joins the one qualified key of its code in a source", "[engine][identity]") {
  std::vector<std::string> keys = {"39-CT/TW", "39-CT/TW@XI", "25-NQ/TW", "25-NQ/TW@IX",
                                   "25-NQ/TW@XI", "16/CT-TTg", "16/CT-TTg@2016"};
  AttachTermlessKeys(keys);
  CHECK(keys == std::vector<std::string>{"39-CT/TW@XI", "39-CT/TW@XI", "25-NQ/TW", "25-NQ/TW@IX",
                                         "25-NQ/TW@XI", "16/CT-TTg@2016", "16/CT-TTg@2016"});
}

// Sentences of the sample report (kien-giang-dan-van-2020.md), through the
// whole pipeline: the extractor's mentions and identity together.
TEST_CASE("Identity on sentences of the sample report", "[engine][identity]") {
  struct Case {
    const char* what;
    const char* text;
    std::vector<std::string> keys;  // of the mentions, in text order
  };
  const Case cases[] = {
      {"25-NQ/TW of khóa IX and of khóa XI are two documents",
       "Thực hiện Nghị quyết số 25-NQ/TW, ngày 03-6-2013 của Ban Chấp hành Trung ương (khóa XI) về "
       "công tác dân vận; tiếp tục thực hiện Nghị quyết số 25-NQ/TW, ngày 12-01-2013 của Ban Chấp "
       "hành Trung ương Đảng (khóa IX) về công tác tôn giáo.\n",
       {"25-NQ/TW@XI", "25-NQ/TW@IX"}},
      {"158-TB/TW with two type words is one document",
       "Thông báo Kết luận số 158-TB/TW, ngày 02-01-2020 của Ban Bí thư. Giám sát việc thực hiện Kết "
       "luận số 158-TB/TW, ngày 02-01-2020 của Ban Bí thư.\n",
       {"158-TB/TW@XII", "158-TB/TW@XII"}},
      {"Nghị quyết 24 khóa IX names 24-NQ/TW",
       "thực hiện Kết luận số 65-KL/TW của Bộ Chính trị khoá XII về tiếp tục thực hiện Nghị quyết số "
       "24 khoá IX về công tác dân tộc.\n",
       {"65-KL/TW@XII", "24-NQ/TW@IX"}},
      {"a State code without year takes the year of its date",
       "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ về công tác dân vận.\n",
       {"16/CT-TTg@2016"}},
      {"a known law is one document however it is capitalized",
       "Căn cứ Luật Ngân sách Nhà nước; thực hiện Luật Ngân sách nhà nước và Luật Tổ chức toà án "
       "nhân dân.\n",
       {"Luật Ngân sách nhà nước", "Luật Ngân sách nhà nước", "Luật Tổ chức Tòa án nhân dân"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Result<SourceAnalysis> a = AnalyzeSource(c.text, "sample.md");
    REQUIRE(a.ok());
    std::vector<std::string> keys;
    for (const AnalyzedMention& m : a->mentions) keys.push_back(m.doc_key);
    CHECK(keys == c.keys);
  }
}

}  // namespace
}  // namespace lexgraph
