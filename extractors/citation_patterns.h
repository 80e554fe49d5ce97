// The RE2 patterns of the citation extractor, compiled once from the tables in
// patterns.h. All patterns run on text after FoldForMatch; `S` in the comments
// is optional blank space with at most one line break (never a blank line).
// The patterns are immutable after construction; WhichTypeWord/WhichIssuer
// remember the spellings they have told apart. Not shared across threads:
// each thread gets its own set from Get().
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph {

struct CitationPatterns {
  // The số/ký hiệu, one pattern per shape (the byte after the number tells
  // which may match, codes.cc), each with three groups:
  RE2 party_code;       // Party number, type, issuer ("62-KL/TW")
  RE2 state_year_code;  // State number, year, type-issuer ("04/2015/NĐ-CP", "45/2019/QH14")
  RE2 state_code;       // State number, type or issuer, the rest ("16/CT-TTg", "4919/VPCP-KTTH")
  // What may stand before a code, anchored at the end of a look-back window:
  // 1 type word, 2 issuer before the number, 3 "số", 4 earlier numbers of a
  // list ("Kết luận số 187, " before "188-KL/TW").
  RE2 lookback;
  // A type word where it starts: 1 the type word.
  RE2 type_word;
  // A law's name before its number: 1 "Luật Đất đai " in "Luật Đất đai số ";
  // run anchored where "luật" stands (law_lookback.cc).
  RE2 law_lookback;
  // A type word and a bare number, anchored at the end of a window that ends
  // with the number: 1 type word, 2 number ("Nghị quyết 24").
  RE2 type_number;
  // The same for an abbreviated type: 1 type code, 2 number ("NQ 57").
  RE2 abbreviation_number;
  // The year after an abbreviated type's number: 1 year ("NĐ 04/2015").
  RE2 slash_year;
  // The parts after a head, each anchored at the current position.
  RE2 term;          // 1 Roman numeral: ", (khóa X)"
  RE2 issuer;        // 1 the body: " của Bộ Chính trị", " của Bộ trưởng Bộ Tài chính"
  RE2 issuer_name;   // 1 a body's name where it starts: "Ủy ban nhân dân tỉnh" (self_issuer.cc)
  RE2 subject_lead;  // " về ", ", về việc "
  RE2 list_gap;      // what may stand between two citations of one list
  // Named references, matched anchored where their first words stand (found
  // by a literal scan, named_references.cc): 1 the whole head, 2 the term
  // where one is written.
  RE2 named_congress;  // "Nghị quyết Đại hội XIII của Đảng"
  RE2 named_plenum;    // "Nghị quyết Trung ương 4, khóa XII"
  RE2 named_law;       // "Luật Tiếp công dân" (1 head, 2 name)
  RE2 named_charter;   // "Điều lệ Đảng", "Hiến pháp năm 2013"
  RE2 trailing_year;   // " năm 2024", " 2020" after a law's name
  // The source's own number in its header: "Số: 165/KH-UBND".
  RE2 self_number;

  // One full-match pattern per row of TypeWords() and IssuerNames(), to tell
  // which row an alternation matched. Return the row index, or -1. The same
  // few spellings come back all through a corpus ("Bộ Chính trị"): each is
  // matched against the rows once per thread, then remembered (a bounded memo).
  int WhichTypeWord(std::string_view folded) const;
  int WhichIssuer(std::string_view folded) const;

  // `issuer` anchored at `pos`, within folded[pos, end): true on a match,
  // with the whole match and its group 1 (the body's name) in `whole` and
  // `name`, as RE2 gives them. RE2 finds a group of this long alternation by
  // a slow search; the group depends only on the matched bytes (the pattern
  // looks at nothing around them), so it is found once per spelling and
  // thread, then remembered (a bounded memo), and only the whole match is
  // searched for each time.
  bool MatchIssuer(std::string_view folded, size_t pos, size_t end, re2::StringPiece* whole,
                   re2::StringPiece* name) const;

  CitationPatterns();
  static const CitationPatterns& Get();

 private:
  std::vector<std::unique_ptr<RE2>> type_word_rows_, issuer_rows_;
  mutable std::map<std::string, int, std::less<>> type_words_seen_, issuers_seen_;
  // Spelling of an issuer match -> offset and size of its group 1 in it.
  mutable std::map<std::string, std::pair<size_t, size_t>, std::less<>> issuer_groups_seen_;
};

}  // namespace lexgraph
