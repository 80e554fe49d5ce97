#include "queries/due_dates.h"

#include <algorithm>
#include <charconv>
#include <tuple>

namespace lexgraph {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::optional<int> Year(std::string_view text) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || text.size() != 4) return std::nullopt;
  return v;
}

// The marks of one N: at N only (assumed), or at every multiple (stated).
void AddMarks(const DocumentFacts& f, const DueWindow& w, int n, bool stated, std::vector<DueMark>& out) {
  if (n <= 0) return;
  int base = f.date ? f.date->year : *f.year;
  for (int years = n; base + years <= w.last.year; years += n) {
    if (f.date) {
      Date mark = AddYears(*f.date, years);
      if (w.first <= mark && mark <= w.last) out.push_back({years, mark.Iso(), stated});
    } else if (base + years >= w.first.year) {
      out.push_back({years, std::to_string(base + years), stated});
    }
    if (!stated) break;
  }
}

}  // namespace

bool IsCalendarDate(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysIn(d.year, d.month);
}

Date AddMonths(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  Date out{index / 12, index % 12 + 1, 0};
  out.day = std::min(d.day, DaysIn(out.year, out.month));
  return out;
}

Date AddYears(const Date& d, int years) { return AddMonths(d, 12 * years); }

Date NextDay(const Date& d) {
  if (d.day < DaysIn(d.year, d.month)) return {d.year, d.month, d.day + 1};
  return d.month < 12 ? Date{d.year, d.month + 1, 1} : Date{d.year + 1, 1, 1};
}

DueWindow WindowEnding(const Date& as_of, int months) {
  if (as_of.day == DaysIn(as_of.year, as_of.month)) {
    Date month_start = AddMonths({as_of.year, as_of.month, 1}, 1 - months);
    return {month_start, as_of};
  }
  return {NextDay(AddMonths(as_of, -months)), as_of};
}

std::vector<DueMark> MarksInWindow(const DocumentFacts& facts, const DueWindow& window,
                                   const std::vector<int>& assumed) {
  std::vector<DueMark> out;
  if (!facts.date && !facts.year) return out;
  bool stated = !facts.cadence_years.empty();
  for (int n : stated ? facts.cadence_years : assumed) AddMarks(facts, window, n, stated, out);
  std::sort(out.begin(), out.end(), [](const DueMark& a, const DueMark& b) {
    return std::tie(a.due, a.years) < std::tie(b.due, b.years);
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const DueMark& a, const DueMark& b) { return a.years == b.years; }),
            out.end());
  return out;
}

bool PeriodOverlaps(std::string_view period, const DueWindow& window) {
  size_t dash = period.find('-');
  std::optional<int> from = Year(period.substr(0, dash));
  std::optional<int> to = dash == std::string_view::npos ? from : Year(period.substr(dash + 1));
  return from && to && *from <= window.last.year && *to >= window.first.year;
}

}  // namespace lexgraph
