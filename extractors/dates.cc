#include "extractors/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "extractors/patterns.h"
#include "extractors/re2_budget.h"

namespace lexgraph {
namespace {

constexpr size_t kMaxDateBytes = 64;  // ", ban hành ngày 30 tháng mười hai năm 2009"

struct DatePatterns {
  // "ngày" and what may stand before it: ", ", "ban hành", "ký".
  RE2 lead{R"((?i)[ \t]*(?:\n[ \t]*)?,?[ \t]*(?:\n[ \t]*)?(?:ban hành[ \t]+|ký[ \t]+)?ngà ?y[ \t]*(?:\n[ \t]*)?)",
          BudgetedOptions(kSmallPatternBudget)};
  // 08-12-2009, 8/12/2009, 8.12.2009
  RE2 numeric{R"((\d{1,2})[ \t]*([-/.])[ \t]*(\d{1,2})[ \t]*[-/.][ \t]*(\d{4}))",
          BudgetedOptions(kSmallPatternBudget)};
  // 8 tháng 12 năm 2009; 8 tháng mười hai năm 2009
  RE2 words{
      R"((?i)(\d{1,2})\s+tháng\s+(\d{1,2}|giêng|chạp|mười một|mười hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)\s*(?:,\s*)?năm\s+(\d{4}))",
          BudgetedOptions(kSmallPatternBudget)};
};

const DatePatterns& Patterns() {
  static const DatePatterns* p = [] {
    auto* made = new DatePatterns();
    CheckCompiled(made->lead, "date lead");
    CheckCompiled(made->numeric, "numeric date");
    CheckCompiled(made->words, "date in words");
    return made;
  }();
  return *p;
}

// A cheap test before the lead pattern: the first byte past blank space and
// a comma starts "ngày", "ban hành" or "ký" (any case), or lies too far to tell.
bool MayLeadDate(std::string_view folded, size_t pos) {
  size_t end = std::min(folded.size(), pos + 16);
  while (pos < end && (folded[pos] == ' ' || folded[pos] == '\t' || folded[pos] == '\n' ||
                       folded[pos] == ',')) {
    ++pos;
  }
  if (pos == end) return pos < folded.size();
  char c = static_cast<char>(folded[pos] | 0x20);
  return c == 'n' || c == 'b' || c == 'k';
}

std::optional<DateMatch> Finish(int y, int m, int d, size_t begin, size_t end) {
  if (!IsValidDate(y, m, d)) return std::nullopt;
  return DateMatch{Date{y, m, d}, begin, end};
}

}  // namespace

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29) return leap;
  return day <= kDays[month - 1];
}

std::optional<DateMatch> ParseBareDateAt(std::string_view folded, size_t pos) {
  const DatePatterns& p = Patterns();
  if (pos > folded.size()) return std::nullopt;
  re2::StringPiece rest(folded.data() + pos, std::min<size_t>(folded.size() - pos, kMaxDateBytes));
  re2::StringPiece in = rest;
  int d = 0, m = 0, y = 0;
  std::string month_word, separator;
  if (RE2::Consume(&in, p.numeric, &d, &separator, &m, &y)) {
    return Finish(y, m, d, pos, pos + (rest.size() - in.size()));
  }
  in = rest;
  if (RE2::Consume(&in, p.words, &d, &month_word, &y)) {
    m = std::isdigit(static_cast<unsigned char>(month_word[0])) ? std::stoi(month_word)
                                                                 : MonthFromWord(month_word);
    if (m == 0) {  // upper-case month words: compare in lower case
      std::string lower;
      for (char c : month_word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      m = MonthFromWord(lower);
    }
    return Finish(y, m, d, pos, pos + (rest.size() - in.size()));
  }
  return std::nullopt;
}

std::optional<DateMatch> ParseDateAt(std::string_view folded, size_t pos) {
  if (pos > folded.size() || !MayLeadDate(folded, pos)) return std::nullopt;
  re2::StringPiece in(folded.data() + pos, std::min<size_t>(folded.size() - pos, kMaxDateBytes));
  size_t before = in.size();
  if (!RE2::Consume(&in, Patterns().lead)) return std::nullopt;
  return ParseBareDateAt(folded, pos + (before - in.size()));
}

}  // namespace lexgraph
