#include "extractors/outline_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "base/byte_scan.h"

namespace lexgraph::outline_internal {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool AllOf(std::string_view s, std::string_view chars) {
  return s.find_first_not_of(chars) == std::string_view::npos;
}

// Lines that carry no text: markup alone ("** **", a lone table bar "|").
// Byte by byte: most lines stop at their first byte.
bool IsBlankLine(std::string_view t) {
  for (char c : t) {
    if (c != ' ' && c != '\t' && c != '*' && c != '_' && c != '#' && c != '|') return false;
  }
  return true;
}

// The end of the line starting at `pos` (its '\n', or the text's end), and
// whether a '*' stands in it: one pass, sixteen bytes a step, where a
// search for the line end and another for "**" took two calls a line.
size_t LineEnd(std::string_view text, size_t pos, bool* has_star) {
  namespace bs = byte_scan;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  uint32_t stars = 0;
  size_t i = pos;
  for (; i + bs::kBlock <= text.size(); i += bs::kBlock) {
    bs::Block b = bs::Load(p + i);
    uint32_t newline = bs::Mask(bs::Equal(b, '\n'));
    uint32_t star = bs::Mask(bs::Equal(b, '*'));
    if (newline != 0) {
      size_t at = bs::FirstSet(newline);
      *has_star = stars != 0 || (star & ((1u << at) - 1)) != 0;
      return i + at;
    }
    stars |= star;
  }
  bool star_seen = stars != 0;
  for (; i < text.size() && p[i] != '\n'; ++i) star_seen = star_seen || p[i] == '*';
  *has_star = star_seen;
  return i;
}

// Lines that belong to the page, not to the text: a rule, the Công báo
// running head, a bare page number, the digital signature stamp.
bool IsPageFurniture(std::string_view t) {
  // Every form below starts with one of these bytes: most lines stop here.
  if (t.empty()) return false;
  char first = t[0];
  if (first != '-' && first != '_' && first != 'C' && first != 'N' && first != 'E' &&
      first != 'T' && !(first >= '0' && first <= '9')) {
    return false;
  }
  if (t.size() >= 3 && (AllOf(t, "- ") || AllOf(t, "_ "))) return true;
  if (StartsWith(t, "CÔNG BÁO/") || StartsWith(t, "CÔNG BÁO /")) return true;
  if (t.size() <= 4 && AllOf(t, "0123456789")) return true;
  for (std::string_view p : {"Người ký:", "Email:", "Cơ quan:", "Thời gian ký:"}) {
    if (StartsWith(t, p)) return true;
  }
  return false;
}

bool IsEmphasis(char c) { return c == '*' || c == '_'; }

// Drops leading '#' and spaces, and an emphasis pair around the whole piece
// ("**1. Sự lãnh đạo**"); a run the glued split consumed counts as present.
// "*Tuy nhiên*, công tác …" keeps its emphasis: it does not wrap the line.
Segment CoreOf(std::string_view text, size_t b, size_t e, bool after_cut, bool before_cut) {
  while (b < e && (text[b] == '#' || IsSpace(text[b]))) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  bool opens = after_cut || (b < e && IsEmphasis(text[b]));
  bool closes = before_cut || (e > b && IsEmphasis(text[e - 1]));
  if (opens && closes) {
    while (b < e && IsEmphasis(text[b])) ++b;
    while (e > b && IsEmphasis(text[e - 1])) --e;
  }
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  Segment s;
  s.b = b;
  s.e = e;
  return s;
}

// "… kết luận như sau:**1. Cơ bản …": a bold numbered heading glued after
// a sentence that announces it.
bool OpensNumberedHeading(std::string_view line, size_t i, size_t run) {
  if (run != 2 || line[i - 1] != ':') return false;
  size_t j = i + run;
  while (j < line.size() && j - (i + run) < 2 && line[j] >= '0' && line[j] <= '9') ++j;
  return j > i + run && line.substr(j, 2) == ". ";
}

// Splits a line at runs of four or more '*' ("**A****B**": two bold headings)
// and before a numbered heading glued to the sentence that announces it.
void SplitGlued(std::string_view text, size_t b, size_t e, bool has_star, const Segment& meta,
                std::vector<Segment>& out) {
  size_t piece = b;
  bool after_cut = false;
  auto emit = [&](size_t piece_end, bool before_cut) {
    Segment s = CoreOf(text, piece, piece_end, after_cut, before_cut);
    if (s.b >= s.e) return;
    s.line_b = b;
    s.glued = after_cut;
    if (!after_cut) {
      s.blanks_before = meta.blanks_before;
      s.break_before = meta.break_before;
    }
    out.push_back(s);
  };
  std::string_view line = text.substr(0, e);
  const size_t first = has_star ? line.find("**", b) : std::string_view::npos;
  for (size_t i = first; i != std::string_view::npos; i = line.find("**", i)) {
    size_t run = 0;
    while (i + run < e && text[i + run] == '*') ++run;
    if (i > b && i + run < e && (run >= 4 || OpensNumberedHeading(line, i, run))) {
      emit(i, true);
      piece = i + run;
      after_cut = true;
    }
    i += run;
  }
  emit(e, false);
}

}  // namespace

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<Segment> SplitSegments(std::string_view text) {
  std::vector<Segment> out;
  Segment meta;
  size_t pos = 0;
  while (pos < text.size()) {
    bool has_star = false;
    size_t end = LineEnd(text, pos, &has_star);
    std::string_view t = Trim(text.substr(pos, end - pos));
    if (IsBlankLine(t)) {
      if (++meta.blanks_before >= 2) meta.break_before = true;
    } else if (IsPageFurniture(t)) {
      meta.break_before = true;
    } else {
      SplitGlued(text, pos, end, has_star, meta, out);
      meta = Segment();
    }
    pos = end + 1;
  }
  return out;
}

std::string_view TrimMarkup(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = Trim(s);
    while (!s.empty() && (s.back() == '*' || s.back() == '_')) s.remove_suffix(1), changed = true;
    while (!s.empty() && (s.front() == '*' || s.front() == '_')) s.remove_prefix(1), changed = true;
    if (!s.empty() && s.back() == '>') {  // a trailing tag: "<sup>(1)</sup>"
      size_t open = s.rfind("<sup>");
      if (open != std::string_view::npos) s = s.substr(0, open), changed = true;
    }
  }
  return s;
}

bool EndsSentence(std::string_view s) {
  s = TrimMarkup(s);
  // Closing quotes and brackets after the stop: "…công việc”." / "(…).".
  static constexpr std::string_view kClosers[] = {"”", "\"", "’", ")", "»"};
  for (std::string_view q : kClosers) {
    // The last byte first: most lines end with none of them.
    while (!s.empty() && s.back() == q.back() && s.ends_with(q)) s.remove_suffix(q.size());
  }
  if (s.empty()) return false;
  if (s.size() >= 3 && s.substr(s.size() - 3) == "…") return true;
  char c = s.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

std::string_view TitleAfterLabel(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '.' || s.front() == ':' ||
                        s.front() == '-' || s.front() == '*' || s.front() == '_')) {
    s.remove_prefix(1);
  }
  return TrimMarkup(s);
}

namespace {

bool Dropped(char c, Spelling how) {
  switch (how) {
    case Spelling::kAsIs:
      return false;
    case Spelling::kNoStars:
      return c == '*';
    case Spelling::kLabel:
      return c == '*' || c == '\\' || c == '"';
  }
  return false;
}

}  // namespace

void AppendSpelled(std::string_view s, Spelling how, std::string& out) {
  if (how == Spelling::kAsIs) {
    out += s;
    return;
  }
  for (char c : s) {
    if (!Dropped(c, how)) out += c;
  }
}

size_t SpelledSize(std::string_view s, Spelling how) {
  if (how == Spelling::kAsIs) return s.size();
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [how](char c) { return !Dropped(c, how); }));
}

int SuperscriptNumberAt(std::string_view s, size_t i, size_t* len) {
  int value = 0;
  size_t j = i;
  for (;;) {
    int d = -1;
    std::string_view rest = s.substr(j);
    if (rest.size() >= 2 && rest[0] == '\xC2') {
      if (rest[1] == '\xB9') d = 1;
      if (rest[1] == '\xB2') d = 2;
      if (rest[1] == '\xB3') d = 3;
      if (d > 0) j += 2;
    } else if (rest.size() >= 3 && rest[0] == '\xE2' && rest[1] == '\x81') {
      unsigned char c = static_cast<unsigned char>(rest[2]);
      if (c == 0xB0) d = 0;
      if (c >= 0xB4 && c <= 0xB9) d = c - 0xB0;
      if (d >= 0) j += 3;
    }
    if (d < 0 || value > 99) break;
    value = value * 10 + d;
  }
  *len = j - i;
  return value;
}

bool StartsLowercase(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (u_isalpha(c)) return u_islower(c);
    if (u_isdigit(c)) return false;
  }
  return false;
}

bool IsUppercaseText(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool any = false;
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII without ICU: most lines show a small letter in a few bytes
      if (b >= 'a' && b <= 'z') return false;
      any = any || (b >= 'A' && b <= 'Z');
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (u_islower(c)) return false;
    any = any || u_isupper(c);
  }
  return any;
}

}  // namespace lexgraph::outline_internal
