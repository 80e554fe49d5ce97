#include "extractors/self_issuer.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/citation_patterns.h"
#include "extractors/normalize.h"
#include "extractors/patterns.h"
#include "extractors/provinces.h"

namespace lexgraph {
namespace {

// Text with, for each of its bytes, the offset in `folded` it came from.
struct Traced {
  std::string text;
  std::vector<size_t> from;

  void Push(char c, size_t at) {
    text += c;
    from.push_back(at);
  }
  void TrimEnd() {
    while (!text.empty() && text.back() == ' ') {
      text.pop_back();
      from.pop_back();
    }
  }
};

// The mottos written in the right cell of a header, never an issuer.
constexpr std::string_view kMottos[] = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"};

// A motto's first two words: where it starts on a line run together with the
// issuer's cell ("CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI …").
std::string_view MottoStart(std::string_view motto) {
  return motto.substr(0, motto.find(' ', motto.find(' ') + 1));
}

bool IsMottoPart(std::string_view text) {
  for (std::string_view motto : kMottos) {
    if (motto.find(text) != std::string_view::npos) return true;
  }
  return false;
}

// Letters, none of them small: a line of the header's cells.
bool IsCapitalLine(const std::string& text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  bool letter = false;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 c = s.char32At(i);
    if (u_islower(c)) return false;
    letter = letter || u_isalpha(c);
  }
  return letter;
}

// One line of the header: markup dropped, blank space made single, cut at a
// rule ("-------") or where a motto starts. Sets `*ends_block` when a rule or
// a motto stands on it.
Traced CleanLine(std::string_view folded, size_t begin, size_t end, bool* ends_block) {
  Traced line;
  *ends_block = false;
  for (size_t i = begin; i < end; ++i) {
    char c = folded[i];
    if (c == '-' || c == '=') {
      size_t run = i;
      while (run < end && folded[run] == c) ++run;
      if (run - i >= 3) {
        *ends_block = true;
        break;
      }
    }
    if (c == '*' || c == '#' || c == '|' || c == '\\' || c == '_' || c == '>' || c == '`') continue;
    if (c == ' ' || c == '\t' || c == '\r') {
      size_t run = i;
      while (run < end && (folded[run] == ' ' || folded[run] == '\t')) ++run;
      // A wide gap after text parts the two cells of a header typed with
      // spaces ("ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI"): the left one is read.
      if (!line.text.empty() && (run - i >= 3 || folded[i] == '\t')) break;
      if (!line.text.empty() && line.text.back() != ' ') line.Push(' ', i);
      continue;
    }
    line.Push(c, i);
  }
  for (std::string_view motto : kMottos) {
    if (size_t at = line.text.find(MottoStart(motto)); at != std::string::npos) {
      line.text.resize(at);
      line.from.resize(at);
      *ends_block = true;
    }
  }
  line.TrimEnd();
  if (!line.text.empty() && IsMottoPart(line.text)) {
    line = Traced{};
    *ends_block = true;
  }
  return line;
}

// The header above `code_at` in blocks of capital lines, each block the
// lines of one cell, nearest the code last. The code's own line counts up to
// its "Số" ("THÀNH PHỐ CẦN THƠ Số: 165/KH-UBND" when cells were run together).
std::vector<std::vector<Traced>> HeaderBlocks(std::string_view folded, size_t code_at) {
  size_t line_start = folded.rfind('\n', code_at);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  size_t stop = code_at;
  for (std::string_view word : {std::string_view("Số"), std::string_view("SỐ")}) {
    size_t at = folded.substr(line_start, code_at - line_start).rfind(word);
    if (at != std::string_view::npos) stop = std::min(stop, line_start + at);
  }
  size_t begin = stop > kIssuerReach ? stop - kIssuerReach : 0;
  if (begin > 0) {
    size_t nl = folded.find('\n', begin);
    begin = nl == std::string_view::npos || nl >= stop ? stop : nl + 1;
  }
  std::vector<std::vector<Traced>> blocks(1);
  for (size_t at = begin; at < stop;) {
    size_t nl = folded.find('\n', at);
    size_t end = nl == std::string_view::npos || nl > stop ? stop : nl;
    bool ends_block = false;
    Traced line = CleanLine(folded, at, end, &ends_block);
    if (!line.text.empty()) {
      if (IsCapitalLine(line.text)) {
        blocks.back().push_back(std::move(line));
      } else {
        ends_block = true;
      }
    }
    if (ends_block && !blocks.back().empty()) blocks.emplace_back();
    at = end + 1;
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

Traced Join(const std::vector<Traced>& lines, size_t first) {
  Traced out;
  for (size_t k = first; k < lines.size(); ++k) {
    if (!out.text.empty()) out.Push(' ', lines[k].from.front());
    out.text += lines[k].text;
    out.from.insert(out.from.end(), lines[k].from.begin(), lines[k].from.end());
  }
  return out;
}

// "THÀNH PHỐ CẦN THƠ" -> "Thành Phố Cần Thơ", so that the province table,
// which holds names as running text writes them, can read it. "" when the
// letters change length (they do not in Vietnamese).
std::string TitleCase(const std::string& text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  s.toTitle(nullptr, icu::Locale("vi"));
  std::string out;
  s.toUTF8String(out);
  return out.size() == text.size() ? out : std::string();
}

enum class Reading { kNone, kFound, kUnknownUnit };

// Reads a body at the start of `joined`, the province after it, and what
// remains: nothing (found), the same body again as a repeated cell, or a unit
// under it that must itself be a row joined with its parent ("BAN THƯỜNG VỤ"
// under "TỈNH ỦY" gives "Ban Thường vụ Tỉnh ủy").
Reading ReadBody(const Traced& joined, SelfIssuer* out) {
  const CitationPatterns& p = CitationPatterns::Get();
  re2::StringPiece g;
  if (!p.issuer_name.Match(joined.text, 0, joined.text.size(), RE2::ANCHOR_START, &g, 1)) {
    return Reading::kNone;
  }
  size_t pos = g.size();
  if (pos < joined.text.size() && joined.text[pos] != ' ') return Reading::kNone;
  std::string_view body(joined.text.data(), pos);
  SelfIssuer found{p.WhichIssuer(body), {joined.from.front(), joined.from[pos - 1] + 1}, {}};
  if (found.row < 0) return Reading::kNone;
  if (pos < joined.text.size()) ++pos;
  if (std::string titled = TitleCase(joined.text); !titled.empty()) {
    size_t end = 0;
    if (std::string_view place = ProvinceAt(titled, pos, &end); !place.empty()) {
      found.place = place;
      found.span.end = joined.from[end - 1] + 1;
      pos = end < joined.text.size() ? end + 1 : end;
    }
  }
  std::string_view rest = std::string_view(joined.text).substr(pos);
  if (rest.empty()) {
    *out = found;
    return Reading::kFound;
  }
  // A unit under the body: known by its own name ("ĐẢNG ĐOÀN QUỐC HỘI" under
  // "BAN CHẤP HÀNH TRUNG ƯƠNG", or the same body again in a repeated cell),
  // or by its name followed by the body's ("BAN THƯỜNG VỤ" under "TỈNH ỦY");
  // the central Party's departments are named after "Trung ương" alone
  // ("BAN TỔ CHỨC" under "BAN CHẤP HÀNH TRUNG ƯƠNG": Ban Tổ chức Trung ương).
  int unit = p.WhichIssuer(rest);
  if (unit < 0) unit = p.WhichIssuer(std::string(rest) + " " + std::string(body));
  if (unit < 0 && IssuerNames()[found.row].name == "Ban Chấp hành Trung ương") {
    unit = p.WhichIssuer(std::string(rest) + " Trung ương");
  }
  if (size_t cut = body.rfind(' '); unit < 0 && cut != std::string_view::npos &&
                                     p.WhichIssuer(body.substr(0, cut)) == found.row) {
    // The body's optional last word began the unit: "BAN CHẤP HÀNH TRUNG
    // ƯƠNG / ĐẢNG ĐOÀN QUỐC HỘI" is not "Ban Chấp hành Trung ương Đảng".
    unit = p.WhichIssuer(std::string(body.substr(cut + 1)) + " " + std::string(rest));
  }
  if (unit < 0) return Reading::kUnknownUnit;
  found.row = unit;
  found.span.end = joined.from.back() + 1;
  *out = found;
  return Reading::kFound;
}

}  // namespace

std::optional<SelfIssuer> FindSelfIssuer(std::string_view folded, size_t code_at) {
  std::vector<std::vector<Traced>> blocks = HeaderBlocks(folded, code_at);
  for (auto block = blocks.rbegin(); block != blocks.rend(); ++block) {
    for (size_t first = 0; first < block->size(); ++first) {
      SelfIssuer found;
      switch (ReadBody(Join(*block, first), &found)) {
        case Reading::kFound:
          return found;
        case Reading::kUnknownUnit:
          return std::nullopt;
        case Reading::kNone:
          break;
      }
    }
  }
  return std::nullopt;
}

void ReadSelfIssuer(const MappedText& norm, Mention& self) {
  // The code's offset in the normalized text: the map to the file only grows.
  size_t lo = 0, hi = norm.text.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (norm.map.ToSourceStart(mid) < self.head.start) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  size_t begin = lo > 2 * kIssuerReach ? lo - 2 * kIssuerReach : 0;
  std::string folded = FoldForMatch(std::string_view(norm.text).substr(begin, lo - begin));
  std::optional<SelfIssuer> found = FindSelfIssuer(folded, folded.size());
  if (!found) return;
  self.issuer = std::string(IssuerNames()[found->row].name);
  self.issuer_span = norm.ToSource({begin + found->span.start, begin + found->span.end});
  self.issuer_place = std::string(found->place);
}

}  // namespace lexgraph
