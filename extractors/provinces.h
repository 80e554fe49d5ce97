// Provinces: the names of Vietnam's provinces and centrally-run cities as
// citations write them after a local body ("của Ủy ban nhân dân tỉnh Long
// An", "Thành ủy Hồ Chí Minh"). A table of facts (the 63 units of 2008-2025
// and the merged units of 2025 keep these names), so a place is never guessed
// from capital letters. Pure; thread-safe.
#pragma once

#include <string_view>
#include <vector>

namespace lexgraph {

// The province whose name starts at `pos` of `folded` (after FoldForMatch)
// and ends a word: its canonical name (NFC, modern tone marks), and in
// `*end` the offset past it. "" when none does.
std::string_view ProvinceAt(std::string_view folded, size_t pos, size_t* end);

// The canonical names, each once, in table order.
std::vector<std::string_view> ProvinceNames();

}  // namespace lexgraph
