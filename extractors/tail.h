// The working record of one citation while the extractor reads it, and the
// steps shared by every kind of head: reading what follows the head (term,
// date, issuer, subject), sharing the facts of a list, and turning the record
// into a Mention. Internal to extractors/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/codes.h"
#include "extractors/dates.h"
#include "extractors/mapped_text.h"
#include "extractors/mention.h"

namespace lexgraph {

struct Candidate {
  MentionKind kind = MentionKind::kNumbered;
  Span head;                  // offsets in the text being read
  CodeParts code;             // number and code parts; code.span valid iff has_code
  bool has_code = false;
  std::string code_text;      // the code when not a span of the text (list members)
  int type_row = -1;          // row of TypeWords(), -1 when no type word
  std::string type_name;      // type of a named reference: "Luật", "Nghị quyết"
  Span name;                  // a named law: its name in the head ("Đất đai")
  std::string_view spelled;   // the name as the known names spell it, when the text's capitals differ
  int issuer_row = -1;        // row of IssuerNames(), -1 when not stated
  Span issuer_span;
  std::string_view place;     // the province named after the issuer: "Long An"
  std::optional<DateMatch> date;
  std::string term;           // Roman numeral
  Span subject_span;
  size_t tail_end = 0;        // end of the facts read after the head
  bool short_form = false;
  int priority = 0;           // which pass found it; lower wins overlaps
};

// Reads term, date, issuer with the province after it (any order, each
// once) and then the subject that follow c.head in `folded`; sets c.tail_end.
void ParseTail(std::string_view folded, Candidate& c);

// In a list ("Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính
// trị khóa XI": members joined by a comma or "và", codes of one issuer) the
// members without facts of their own take the issuer, term and date of the
// member after them. REQUIRES: sorted by head.start.
void ShareListFacts(std::string_view folded, std::vector<Candidate>& sorted);

// The mention `c` describes, its spans mapped to the original file.
Mention ToMention(const MappedText& text, Candidate c);

}  // namespace lexgraph
