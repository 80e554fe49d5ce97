// FoldName: the spelling in which names typed by people are compared:
// lower case, tone and other marks dropped, đ read as d, blanks collapsed,
// ends trimmed ("Ban Bí thư" -> "ban bi thu", "BAN  THƯỜNG VỤ Tỉnh uỷ" ->
// "ban thuong vu tinh uy"). Invalid UTF-8 folds to what ICU makes of it
// (U+FFFD); never fails. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lexgraph {

std::string FoldName(std::string_view text);

// Levenshtein distance between two byte strings (for "did you mean").
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace lexgraph
