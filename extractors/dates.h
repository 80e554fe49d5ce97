// Dates as Vietnamese documents write them: "ngày 08-12-2009", "ngày 8/12/2009",
// "ngày 8 tháng 12 năm 2009", "ngày 8 tháng mười hai năm 2009". Pure and
// thread-safe; patterns compile once.
#pragma once

#include <optional>
#include <string_view>

#include "extractors/mention.h"

namespace lexgraph {

struct DateMatch {
  Date date;
  size_t begin = 0;  // offset of the day digits
  size_t end = 0;    // just past the year
};

// Parses a date that starts at `pos` of `folded` (after FoldForMatch), allowing
// leading spaces, a comma and "ban hành" before "ngày". Returns nullopt when no
// valid date starts there (a period such as "2016-2020" is never a date).
std::optional<DateMatch> ParseDateAt(std::string_view folded, size_t pos);

// Parses a bare date "08-12-2009", "8/12/2009", "8 tháng 12 năm 2009" at `pos`.
std::optional<DateMatch> ParseBareDateAt(std::string_view folded, size_t pos);

// True iff year-month-day names a day of the Gregorian calendar in 1900..2100.
bool IsValidDate(int year, int month, int day);

}  // namespace lexgraph
