// Internal to the outline: what the start of a segment says about its place
// in the document. ReadMarker looks at one segment alone; the builder decides
// from context (an arabic "1." under an Điều is a khoản, elsewhere a section;
// "(1)" is a footnote body only in a notes block).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "extractors/outline_lines.h"

namespace lexgraph::outline_internal {

enum class MarkerKind {
  kText,         // running text
  kFootnote,     // "<sup>1</sup> …", "[1] …" at line start
  kParenNumber,  // "(1) …" at line start: a note or a list item
  kPart,         // "Phần thứ hai", "PHẦN I"
  kChapter,      // "Chương II"
  kSubchapter,   // "Mục 1"
  kArticle,      // "Điều 5.", "Điều 5a:"
  kAppendix,     // "PHỤ LỤC", "Phụ lục II"
  kRoman,        // "II-", "III."
  kArabic,       // "1.", "1.2.", "1.2"
  kLetter,       // "a)", "đ)"
  kBullet,       // "-", "+", "•", "*", "–"
  kTableRow,     // "| … |"
  kRecipients,   // "Nơi nhận:"
  kSignature,    // "T/M BAN THƯỜNG VỤ", "KT. BỘ TRƯỞNG", "(Đã ký)"
  kTitle,        // "NGHỊ ĐỊNH", "KẾ HOẠCH …": a type word in capitals
};

struct Marker {
  MarkerKind kind = MarkerKind::kText;
  std::string key;  // path key: "2" for Phần thứ hai / Chương II, "II", "1.2", "a", "5a"
  int depth = 0;    // arabic: dotted levels ("1.2." is 2); bullet: 1 for "+"
  int number = 0;   // footnote or "(N)" number
  size_t body = 0;   // text offset where the content after the label starts
  size_t label = 0;  // text offset where the label starts (past an open emphasis run, a quote)
  bool quoted = false;  // the label follows a quote mark ("\"Điều 3. …" in an amendment)
};

Marker ReadMarker(std::string_view text, const Segment& seg);

// True when the segment `m` was read from has the style of a heading: bold,
// '#', or capitals; short; no final stop. Asked only where it matters (a
// section whose title is on the next line), since it reads the whole segment.
bool LooksLikeHeading(std::string_view text, const Segment& seg, const Marker& m);

// "IV" -> 4; 0 when `s` is not a Roman numeral below 40.
int RomanValue(std::string_view s);

}  // namespace lexgraph::outline_internal
