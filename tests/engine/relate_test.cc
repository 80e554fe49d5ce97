#include "engine/relate.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdint>
#include <optional>

#include "engine/analyze.h"
#include "engine/cues.h"
#include "tests/testing/test_random.h"

namespace lexgraph {
namespace {

std::string RelationsOf(const std::string& text) {
  Result<SourceAnalysis> a = AnalyzeSource(text, "r.md");
  REQUIRE(a.ok());
  std::string out;
  for (const Relation& r : a->relations) {
    out += (out.empty() ? "" : "; ") + r.from_key + " " + r.kind + " " + r.to_key;
  }
  return out;
}

TEST_CASE("Each cue phrase of conventions.md gives its relation between two citations in a clause",
          "[engine][relate]") {
  struct Case {
    const char* text;
    const char* relations;
  };
  const Case cases[] = {
      {"Thông báo kết luận số 160-TB/TW, ngày 15-01-2020 của Bộ Chính trị tiếp tục thực hiện "
       "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X).",
       "160-TB/TW@XII continues 62-KL/TW@X"},
      {"Công văn số 1051-CV/TU, ngày 17-3-2020 về thực hiện Kết luận số 65-KL/TW của Bộ Chính trị khóa XII.",
       "1051-CV/TU@XII implements 65-KL/TW@XII"},
      {"Kế hoạch số 25-KH/TU, ngày 02-3-2021 triển khai thực hiện Nghị quyết số 57-NQ/TW, ngày 22-12-2024 "
       "của Bộ Chính trị.",
       "25-KH/TU@XIII implements 57-NQ/TW@XIII"},
      {"Chương trình số 12-CTr/TU, ngày 02-3-2021 cụ thể hóa Nghị quyết số 57-NQ/TW, ngày 22-12-2024.",
       "12-CTr/TU@XIII implements 57-NQ/TW@XIII"},
      {"Thông tư số 01/2021/TT-BNV hướng dẫn thi hành Nghị định số 04/2015/NĐ-CP.",
       "1/2021/TT-BNV guides 4/2015/NĐ-CP"},
      {"Nghị định số 149/2018/NĐ-CP quy định chi tiết Luật số 45/2019/QH14.",
       "149/2018/NĐ-CP guides 45/2019/QH14"},
      {"Nghị định số 10/2022/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 04/2015/NĐ-CP.",
       "10/2022/NĐ-CP amends 4/2015/NĐ-CP"},
      {"Nghị định số 10/2022/NĐ-CP thay thế Nghị định số 04/2015/NĐ-CP.",
       "10/2022/NĐ-CP replaces 4/2015/NĐ-CP"},
      {"Nghị định số 10/2022/NĐ-CP bãi bỏ Nghị định số 04/2015/NĐ-CP.", "10/2022/NĐ-CP repeals 4/2015/NĐ-CP"},
      {"Quyết định số 10/2022/QĐ-TTg đình chỉ Quyết định số 04/2015/QĐ-UBND.",
       "10/2022/QĐ-TTg suspends 4/2015/QĐ-UBND"},
      {"Quyết định số 10/2022/QĐ-TTg đính chính Quyết định số 04/2015/QĐ-TTg.",
       "10/2022/QĐ-TTg corrects 4/2015/QĐ-TTg"},
      // No cue just before the second citation, or not one clause: no relation.
      {"Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị khóa XI.", ""},
      {"Kết luận số 62-KL/TW (khóa X) về tiếp tục đổi mới; thực hiện Chỉ thị số 43-CT/TW (khóa X).", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(RelationsOf(c.text) == c.relations);
  }
}

TEST_CASE("A consolidated text's list of amending documents gives one amends edge per item",
          "[engine][relate]") {
  std::string text =
      "Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc\n"
      "hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2009, được sửa đổi, bổ sung bởi:\n"
      "1. Luật số 32/2013/QH13 ngày 19 tháng 6 năm 2013 của Quốc hội sửa đổi,\n"
      "bổ sung một số điều của Luật Thuế thu nhập doanh nghiệp;\n"
      "2. Luật Phí và lệ phí số 97/2015/QH13 ngày 25 tháng 11 năm 2015 của Quốc hội.\n"
      "\n"
      "Căn cứ Nghị quyết số 51/2001/QH10;\n";
  Result<SourceAnalysis> a = AnalyzeSource(text, "vbhn.txt");
  REQUIRE(a.ok());
  std::vector<std::string> into_base;
  for (const Relation& r : a->relations) {
    if (r.to_key == "25/2008/QH12") into_base.push_back(r.from_key + " " + r.kind);
  }
  CHECK(into_base == std::vector<std::string>{"32/2013/QH13 amends", "97/2015/QH13 amends"});
}

TEST_CASE("Passive lists give their relations cue by cue; a blank line or a second citation "
          "in an item is not listed",
          "[engine][relate]") {
  std::string text =
      "Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc hội, được thay thế bởi:\n"
      "1. Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014 của Quốc hội;\n"
      "2. Luật số 32/2013/QH13 ngày 19 tháng 6 năm 2013 của Quốc hội theo Nghị định số "
      "10/2022/NĐ-CP.\n"
      "  \n"
      "Luật số 51/2001/QH10 ngày 25 tháng 12 năm 2001.\n"
      "Nghị định số 04/2015/NĐ-CP ngày 01 tháng 1 năm 2015 của Chính phủ, được sửa đổi bởi:\n"
      "1. Nghị định số 05/2016/NĐ-CP ngày 01 tháng 1 năm 2016;\n"
      "\n"
      "Luật số 97/2015/QH13 ngày 25 tháng 11 năm 2015.\n";
  Result<SourceAnalysis> a = AnalyzeSource(text, "vbhn.txt");
  REQUIRE(a.ok());
  std::vector<std::string> listed;
  for (const Relation& r : a->relations) {
    if (r.cue.ends_with("bởi")) listed.push_back(r.from_key + " " + r.kind + " " + r.to_key);
  }
  // The cues in their table's order ("sửa đổi bởi" before "thay thế bởi"),
  // each where it stands in text order.
  CHECK(listed == std::vector<std::string>{"5/2016/NĐ-CP amends 4/2015/NĐ-CP",
                                           "46/2014/QH13 replaces 25/2008/QH12",
                                           "32/2013/QH13 replaces 25/2008/QH12"});
}

TEST_CASE("The source's own header gives relations from the source", "[engine][relate]") {
  std::string text =
      "TỈNH ỦY CẦN THƠ\n\nSố 402-CV/VPĐU\n\nCần Thơ, ngày 05 tháng 3 năm 2025\n\n"
      "Căn cứ Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị.\n";
  Result<SourceAnalysis> a = AnalyzeSource(text, "cv.md");
  REQUIRE(a.ok());
  REQUIRE(!a->self_key.empty());
  REQUIRE(a->relations.size() == 1);
  CHECK(a->relations[0].from_key == a->self_key);
  CHECK(a->relations[0].kind == "based_on");
  CHECK(a->relations[0].to_key == "57-NQ/TW@XIII");
}

TEST_CASE("Review cues give the milestone; a checking section plans reviews", "[engine][relate]") {
  struct Case {
    const char* clause;  // in cue spelling, up to the citation
    int years;           // 0: no review
  };
  const Case cases[] = {
      {"trọng tâm là tổng kết 10 năm thực hiện", 10},
      {"báo cáo tổng kết 10 năm thực hiện", 10},
      {"báo cáo kết quả 5 năm triển khai thực hiện", 5},
      {"báo cáo 03 năm thực hiện", 3},
      {"sơ kết 3 năm thực hiện", 3},
      {"về thực hiện", 0},
      {"trong 10 năm thực hiện", 0},
  };
  for (const Case& c : cases) {
    INFO(c.clause);
    std::optional<ReviewCue> cue = TrailingReviewCue(c.clause);
    CHECK((cue ? cue->milestone_years : 0) == c.years);
  }
  CHECK(CueSpelling("Sửa đổi, bổ sung “Điều 5”") == "sửa đổi bổ sung điều 5");
  CHECK(StatedCadence("định kỳ sơ kết sau 3 năm tổng kết sau 5 năm") == 3);
  CHECK(StatedCadence("sau 5 năm tổng kết việc thực hiện") == 5);
  CHECK(StatedCadence("sau 5 năm xây dựng") == 0);
  CHECK(NamesReviewWork(CueSpelling("6. Công tác kiểm tra, giám sát, sơ kết, tổng kết")));
}

// The cue spelling as cues.h states it, a byte at a time: punctuation and
// blanks dropped (one space for a run of them), the curly quotes dropped,
// ASCII capitals and Đ lowered, no space at either end.
std::string SpellByByte(std::string_view folded) {
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = folded[i];
    bool quote = folded.substr(i, 3) == "\xE2\x80\x9C" || folded.substr(i, 3) == "\xE2\x80\x9D";
    bool dropped = std::string_view(",;.:*\"()'_").find(static_cast<char>(c)) != std::string_view::npos ||
                   std::isspace(c);
    if (quote || dropped) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      i += quote ? 2 : 0;
    } else if (folded.substr(i, 2) == "\xC4\x90") {
      out += "\xC4\x91";
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST_CASE("CueSpellingOfFolded spells as a byte-by-byte spelling", "[engine][relate]") {
  const std::string text =
      "Các cấp ủy TỔ CHỨC sơ kết sau 5 năm, thực hiện “Chỉ thị” (khóa XII); Đảng ủy:  ĐOÀN  \t\n "
      "Nghị_quyết *số* 12-NQ/TW 'a'   b.c\r\nĐ\xC4\x91 \xE2\x80\x94 dash \xE2\x80\x9C";
  testing::TestRandom random(99);
  for (int round = 0; round < 20000; ++round) {
    size_t from = random.Next() % text.size();
    std::string s = text.substr(from) + text.substr(0, from);  // every rotation: starts and ends of all kinds
    for (uint32_t k = random.Next() % 4; k > 0; --k) {
      s.insert(random.Next() % s.size(), 1, " ,A\xC4"[random.Next() % 4]);  // \xC4: a lead alone
    }
    INFO(s);
    REQUIRE(CueSpellingOfFolded(s) == SpellByByte(s));
  }
}

// A clause of random words, cues and punctuation, often long, often ending
// in a cue and a run of fillers.
std::string RandomClause(testing::TestRandom& random) {
  static constexpr std::string_view kTokens[] = {
      "Căn cứ", "căn cứ", "thực hiện", "triển khai", "tiếp tục", "hướng dẫn", "sửa đổi, bổ sung",
      "tổng kết", "sơ kết", "báo cáo", "kết quả", "năm", "10", "05", "của", "các", "việc",
      "một số điều của", "Đảng ủy", "“Chỉ thị”", "Nghị quyết", "(khóa XII)", "tỉnh", "về",
      "công tác dân vận", "\xC4", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};
  static constexpr std::string_view kGaps[] = {" ", ", ", "; ", ". ", " (", ") ", "\n", " * ", "  "};
  std::string s;
  const uint32_t words = random.Next() % 4 == 0 ? random.Next() % 8 : random.Next() % 600;
  for (uint32_t i = 0; i < words; ++i) {
    s += kTokens[random.Next() % std::size(kTokens)];
    s += kGaps[random.Next() % std::size(kGaps)];
  }
  if (random.Next() % 2) s += "báo cáo tổng kết kết quả 10 năm triển khai, thực hiện";
  for (uint32_t fillers = random.Next() % 3 == 0 ? random.Next() % 80 : 0; fillers > 0; --fillers) {
    s += random.Next() % 2 ? " các" : ", của";
  }
  return s;
}

TEST_CASE("A clause's cue spelling tail and start answer as its whole spelling", "[engine][relate]") {
  testing::TestRandom random(7);
  size_t shortened = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string s = RandomClause(random);
    INFO(s);
    const std::string whole = CueSpellingOfFolded(s);
    const std::string tail = CueSpellingTail(s);
    REQUIRE(whole.ends_with(tail));
    REQUIRE((tail.size() == whole.size() || whole[whole.size() - tail.size() - 1] == ' '));
    shortened += tail.size() < whole.size() ? 1 : 0;

    std::optional<RelationCue> relation = TrailingRelationCue(tail);
    std::optional<RelationCue> whole_relation = TrailingRelationCue(whole);
    REQUIRE(relation.has_value() == whole_relation.has_value());
    if (relation) CHECK(relation->phrase == whole_relation->phrase);
    std::optional<ReviewCue> review = TrailingReviewCue(tail);
    std::optional<ReviewCue> whole_review = TrailingReviewCue(whole);
    REQUIRE(review.has_value() == whole_review.has_value());
    if (review) CHECK((review->milestone_years == whole_review->milestone_years &&
                       review->phrase == whole_review->phrase));

    for (std::string_view prefix : {"căn cứ", "thực hiện", "đảng ủy", "aaaa"}) {
      CHECK(CueSpellingStartsWith(s, prefix) == whole.starts_with(prefix));
    }
  }
  CHECK(shortened > 1000);  // most clauses were read from their tail
}

TEST_CASE("StatedCadence reads the years next to sơ kết or tổng kết", "[engine][relate]") {
  CHECK(StatedCadence("sau 3 năm sơ kết") == 3);
  CHECK(StatedCadence("tổng kết sau 10 năm") == 10);
  CHECK(StatedCadence("sau 3 năm sơ") == 0);
  CHECK(StatedCadence("hậu sau 3 năm sơ kết") == 3);
  CHECK(StatedCadence("xsau 3 năm sơ kết") == 0);      // not the word "sau"
  CHECK(StatedCadence("sau 1000 năm sơ kết") == 0);    // at most three digits
  CHECK(StatedCadence("sau 3 nămx sơ kết") == 0);
  CHECK(StatedCadence("sau 3") == 0);
  CHECK(StatedCadence("sau") == 0);
  CHECK(StatedCadence("sau 3 năm tổng kết") == 3);
  CHECK(StatedCadence("sau 2 năm xây dựng sơ kết sau 4 năm") == 4);
  CHECK(StatedCadence("bsơ kết sau 4 năm") == 0);       // "bsơ" is not "sơ"
  CHECK(StatedCadence("sau 5 năm sơ kếtx") == 0);
}

TEST_CASE("StatedCadenceOfFolded answers as StatedCadence of the whole spelling", "[engine][relate]") {
  static constexpr std::string_view kTokens[] = {
      "sau", "Sau", "SAU", "sáu", "xsau", "sau5", "3", "10", "100", "1000", "năm", "NĂM", "sơ kết",
      "tổng kết", "Tổng kết", "thực hiện", "“", "”", "\xE2\x80\x9C" "5", "Đảng", "u", "au", "ngày", "Năm", "NĂM", "năm5", "05"};
  static constexpr std::string_view kGaps[] = {" ", ", ", "; ", " (", ") ", "\n", "", "  "};
  testing::TestRandom random(11);
  size_t stated = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    // Up to twenty words: the spelling starts two words before the first
    // "sau N năm", so candidates come with words, quotes and "Đ" before them.
    for (uint32_t i = random.Next() % 20; i > 0; --i) {
      s += kTokens[random.Next() % std::size(kTokens)];
      s += kGaps[random.Next() % std::size(kGaps)];
      if (random.Next() % 8 == 0) {  // a cadence clause, or one spoiled by its gaps
        constexpr std::string_view kNumbers[] = {"5", "10", "100", "1000"};
        for (std::string_view word : {std::string_view("sơ kết"), std::string_view("Sau"),
                                      kNumbers[random.Next() % 4], std::string_view("năm")}) {
          s += word;
          s += kGaps[random.Next() % std::size(kGaps)];
        }
      }
    }
    INFO(s);
    const int whole = StatedCadence(CueSpellingOfFolded(s));
    REQUIRE(StatedCadenceOfFolded(s) == whole);
    stated += whole > 0 ? 1 : 0;
  }
  CHECK(stated > 100);
}

TEST_CASE("A directive's own cadence clause is its stated cadence", "[engine][relate]") {
  std::string text =
      "BAN BÍ THƯ\n\nSố 39-CT/TW\n\nHà Nội, ngày 01 tháng 11 năm 2019\n\n"
      "Các cấp ủy tổ chức sơ kết sau 5 năm thực hiện Chỉ thị này.\n";
  Result<SourceAnalysis> a = AnalyzeSource(text, "ct.md");
  REQUIRE(a.ok());
  REQUIRE(!a->self_key.empty());
  for (const DocumentFacts& d : a->documents) {
    if (d.key == a->self_key) CHECK(d.cadence_years == std::vector<int>{5});
  }
}

}  // namespace
}  // namespace lexgraph
