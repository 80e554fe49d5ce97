// The law pattern holds up to eight words of Unicode letters: RE2's unanchored
// search for it, run backwards from the end of the window, cost about 300,000
// instructions a window. Every match starts at "luật" or at a "bộ" before it,
// so those places are found by hand and the same pattern is run anchored at
// each in turn, leftmost first: the same answer for a fraction of the cost.
#include "extractors/law_lookback.h"

#include <re2/re2.h>

#include "extractors/citation_patterns.h"

namespace lexgraph {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// True when `s` ends with "số" in any case, blank space after it allowed.
bool EndsWithNumberWord(std::string_view s) {
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  if (s.size() < 4 || (s[s.size() - 4] != 's' && s[s.size() - 4] != 'S')) return false;
  std::string_view o = s.substr(s.size() - 3);
  return o == "ố" || o == "Ố";
}

// "luật" in any case at `at`: l u ậ t, ậ being U+1EAD (Ậ U+1EAC).
bool IsLuatAt(std::string_view s, size_t at) {
  if (at + 6 > s.size()) return false;
  std::string_view a = s.substr(at + 2, 3);
  return (s[at] | 0x20) == 'l' && (s[at + 1] | 0x20) == 'u' && (a == "ậ" || a == "Ậ") &&
         (s[at + 5] | 0x20) == 't';
}

// Where "bộ" (any case) stands before blank space that ends at `at`, or npos.
size_t BoBefore(std::string_view s, size_t at) {
  size_t i = at;
  while (i > 0 && IsBlank(s[i - 1])) --i;
  if (i == at || i < 4) return std::string_view::npos;
  std::string_view o = s.substr(i - 3, 3);
  bool bo = (s[i - 4] | 0x20) == 'b' && (o == "ộ" || o == "Ộ");
  return bo ? i - 4 : std::string_view::npos;
}

// The start of the code point before `at` (the pattern's boundary character).
size_t PreviousCodePoint(std::string_view s, size_t at) {
  size_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

}  // namespace

size_t LawNameBefore(std::string_view window) {
  if (!EndsWithNumberWord(window)) return std::string_view::npos;
  const RE2& law = CitationPatterns::Get().law_lookback;
  auto matches_at = [&](size_t letter) {
    // The pattern opens with "^ or a character that is no letter or digit":
    // it is run from that character, or from the window's start.
    size_t from = letter == 0 ? 0 : PreviousCodePoint(window, letter);
    return law.Match(window, from, window.size(), RE2::ANCHOR_BOTH, nullptr, 0);
  };
  for (size_t at = 0; at < window.size(); ++at) {
    if (!IsLuatAt(window, at)) continue;
    if (size_t bo = BoBefore(window, at); bo != std::string_view::npos && matches_at(bo)) return bo;
    if (matches_at(at)) return at;
  }
  return std::string_view::npos;
}

}  // namespace lexgraph
