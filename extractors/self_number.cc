#include "extractors/self_number.h"

#include <algorithm>

#include "extractors/citation_patterns.h"
#include "extractors/codes.h"

namespace lexgraph {

size_t FindSelfNumberStart(std::string_view folded) {
  const RE2& re = CitationPatterns::Get().self_number;
  size_t end = std::min(folded.size(), kHeaderBytes);
  re2::StringPiece m;
  for (size_t from = 0; from < end && re.Match(folded, from, end, RE2::UNANCHORED, &m, 1);) {
    size_t at = static_cast<size_t>(m.data() - folded.data()) + m.size();
    if (ParseCodeAt(folded, at)) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}

std::optional<DateMatch> FindSelfDate(std::string_view folded, size_t after) {
  size_t end = std::min(folded.size(), after + 800);
  for (size_t at = folded.find("ngày", after); at < end; at = folded.find("ngày", at + 1)) {
    if (auto d = ParseDateAt(folded, at)) return d;
  }
  return std::nullopt;
}

}  // namespace lexgraph
