// The calendar arithmetic of `lexgraph due`: the window ending at --as-of,
// a document's N-year marks, and whether a mark or a planned period falls in
// the window. Pure functions over values; thread-safe.
//   A window of M months ending at D runs from the day after D minus M
//   months to D, both inclusive; ending on a month's last day it covers M
//   whole months: 12 months ending 2021-12-31 is 2021, 6 ending
//   2021-06-30 is January to June, 12 ending 2021-02-28 start 2020-03-01.
//   The N-year mark of 29 February in a common year is 28 February.
//   A document known only by its year has year-precision marks ("2021"):
//   in the window when that year overlaps it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/analysis.h"

namespace lexgraph {

struct DueWindow {
  Date first, last;  // inclusive
};

// True iff `d` is a real calendar date (1 <= month <= 12, the day exists).
bool IsCalendarDate(const Date& d);

// `d` moved by `months` (may be negative), the day clamped to the month's end.
Date AddMonths(const Date& d, int months);
Date AddYears(const Date& d, int years);
Date NextDay(const Date& d);

// REQUIRES: months >= 1.
DueWindow WindowEnding(const Date& as_of, int months);

// One N-year mark of a document.
struct DueMark {
  int years = 0;      // N
  std::string due;    // "2021-01-07", or "2021" when only the year is known
  bool stated = false;  // N is the document's own cadence, not an assumed one
};

// The marks of a document in `window`: every multiple of each N the
// document states (`facts.cadence_years`), else each N of `assumed`.
// Undated documents without a year have none. Sorted by due, then N.
std::vector<DueMark> MarksInWindow(const DocumentFacts& facts, const DueWindow& window,
                                   const std::vector<int>& assumed);

// True iff a period written as "2021" or "2021-2025" overlaps `window`.
bool PeriodOverlaps(std::string_view period, const DueWindow& window);

}  // namespace lexgraph
