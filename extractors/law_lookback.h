// LawNameBefore: a law's name standing just before a number, as in "Luật Đất
// đai số 45/2013/QH13", where no type word of the table precedes the code.
// Internal to extractors/; pure and thread-safe (patterns from
// CitationPatterns::Get()).
#pragma once

#include <cstddef>
#include <string_view>

namespace lexgraph {

// REQUIRES: `window` is folded text (FoldForMatch) that ends where a code
// starts. Returns the offset in `window` of the first letter of "Luật" /
// "Bộ luật" (any case) where CitationPatterns::law_lookback matches, at the
// leftmost place it does, as an unanchored search of the pattern would;
// npos when it matches nowhere.
size_t LawNameBefore(std::string_view window);

}  // namespace lexgraph
