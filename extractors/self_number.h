// The source's own number, as its header states it: "Số: 165/KH-UBND",
// "Số 402-CV/VPĐU", and the date on the place-and-date line after it
// ("Cần Thơ, ngày 15 tháng 3 năm 2025"). Internal to extractors/.
#pragma once

#include <optional>
#include <string_view>

#include "extractors/dates.h"

namespace lexgraph {

// Offset of the code on the header's "Số:" line, or npos when the header
// states none. Only the first kHeaderBytes of the text are searched.
inline constexpr size_t kHeaderBytes = 6000;
size_t FindSelfNumberStart(std::string_view folded);

// The date of the place-and-date line nearest to the code at `code_at`
// ("Lào Cai, ngày 07 tháng 9 năm 2026"), within kDateReach bytes either side.
inline constexpr size_t kDateReach = 800;
std::optional<DateMatch> FindSelfDate(std::string_view folded, size_t code_at);

}  // namespace lexgraph
