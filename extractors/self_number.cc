#include "extractors/self_number.h"

#include <algorithm>

#include "extractors/citation_patterns.h"
#include "extractors/re2_budget.h"
#include "extractors/codes.h"

namespace lexgraph {

size_t FindSelfNumberStart(std::string_view folded) {
  const RE2& re = CitationPatterns::Get().self_number;
  size_t end = std::min(folded.size(), kHeaderBytes);
  // Most texts (and most outline units) hold no "Số" at all: skip the regex.
  std::string_view header = folded.substr(0, end);
  if (header.find("Số") == std::string_view::npos && header.find("số:") == std::string_view::npos) {
    return std::string_view::npos;
  }
  re2::StringPiece m;
  for (size_t from = 0; from < end && re.Match(folded, from, end, RE2::UNANCHORED, &m, 1);) {
    size_t word = static_cast<size_t>(m.data() - folded.data());
    size_t at = word + m.size();
    // "Số" opens the line or a cell of the header, whose lines the outline
    // may have joined: anything but a word or "CÔNG BÁO/Số 851" before it.
    unsigned char before = word == 0 ? ' ' : static_cast<unsigned char>(folded[word - 1]);
    bool opens = before == ' ' || before == '\n' || before == '\t' || before == '|' ||
                 before == '*' || before == '#' || before == '>';
    if (opens && ParseCodeAt(folded, at)) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}

std::optional<DateMatch> FindSelfDate(std::string_view folded, size_t code_at) {
  // The place-and-date line: "Cần Thơ, ngày 10 tháng 3 năm 2025". It stands
  // a few lines before or after the "Số:" line; the nearest one wins.
  static const RE2& place_date = CheckCompiled(
      *new RE2(R"((?i)\pL[ \t]*,[ \t]*(ngày))", BudgetedOptions(kSmallPatternBudget)), "place_date");
  size_t begin = code_at > kDateReach ? code_at - kDateReach : 0;
  size_t end = std::min(folded.size(), code_at + kDateReach);
  std::optional<DateMatch> best;
  size_t best_distance = std::string_view::npos;
  re2::StringPiece g[2];
  for (size_t from = begin; from < end && place_date.Match(folded, from, end, RE2::UNANCHORED, g, 2);) {
    size_t at = static_cast<size_t>(g[1].data() - folded.data());
    from = at + 1;
    std::optional<DateMatch> d = ParseDateAt(folded, at);
    if (!d) continue;
    size_t distance = at > code_at ? at - code_at : code_at - at;
    if (distance < best_distance) {
      best = d;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace lexgraph
