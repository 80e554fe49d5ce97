// Internal to the outline: the text cut into content segments. A segment is
// one line, or one piece of a line where a PDF converter glued headings
// together ("**I- KẾT QUẢ****1. Sự lãnh đạo**"). Blank lines, page breaks
// ("---", two or more blank lines) and page furniture of the Công báo
// ("CÔNG BÁO/Số ...", a bare page number, the digital signature stamp) are
// not segments; they are recorded on the segment that follows them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/outline.h"

namespace lexgraph::outline_internal {

struct Segment {
  size_t b = 0, e = 0;        // content, leading '#' and spaces and emphasis dropped
  size_t line_b = 0;          // start of the line it comes from
  bool glued = false;         // a piece after the first of a glued line
  int blanks_before = 0;      // blank lines since the previous segment
  bool break_before = false;  // a page break since the previous segment
};

std::vector<Segment> SplitSegments(std::string_view text);

// Helpers on UTF-8 text shared by the outline's files.
bool IsSpace(char c);
std::string_view Trim(std::string_view s);
// The text without markup at its ends: "**", "*", "_", "<sup>..</sup>" tags.
std::string_view TrimMarkup(std::string_view s);
// True iff the text ends a sentence: . ; : ! ? … (closing quotes allowed).
bool EndsSentence(std::string_view s);
// The title after a label: ". Phạm vi**" -> "Phạm vi"; "- NHẬN XÉT" -> "NHẬN XÉT".
std::string_view TitleAfterLabel(std::string_view s);
// `s` as `how` spells it (outline.h), appended to `out`; SpelledSize: the
// size that would take, without spelling it.
void AppendSpelled(std::string_view s, Spelling how, std::string& out);
size_t SpelledSize(std::string_view s, Spelling how);
// Reads superscript digits ("¹²") at `i`: their value, or 0; *len gets their bytes.
int SuperscriptNumberAt(std::string_view s, size_t i, size_t* len);
// True iff the first letter is lowercase / every letter is uppercase.
bool StartsLowercase(std::string_view s);
bool IsUppercaseText(std::string_view s);

}  // namespace lexgraph::outline_internal
