// lexgraph due --as-of DATE [--db DIR] [--window 12m] [--cadence 5,10,15,20]
// [--json | --ics FILE]: what is due for review in the window ending at DATE
// (cli.md, "due"). --ics writes an iCalendar file and prints nothing else.
// Exit 0 when something is due, 1 when nothing is, 2 for bad usage or an
// unwritable FILE, 3 when the store cannot be opened.
#include <algorithm>
#include <cstdio>
#include <fstream>

#include "app/commands.h"
#include "app/store_options.h"
#include "queries/due.h"
#include "queries/due_calendar.h"

namespace lexgraph::app {
namespace {

struct Options {
  bool json = false;
  std::string ics;  // "" no calendar
  DueQuery query;
};

Result<Date> ParseAsOf(const std::string& v) {
  Date d;
  if (v.size() == 10 && std::sscanf(v.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) == 3 &&
      v[4] == '-' && v[7] == '-' && IsCalendarDate(d)) {
    return d;
  }
  return Status::InvalidArgument("--as-of: expected a date YYYY-MM-DD, not '" + v + "'");
}

// "12m", "18m", "1y", "2y", or a number of months.
Result<int> ParseWindow(const std::string& v) {
  size_t used = 0;
  int n = 0;
  try {
    n = std::stoi(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  std::string unit = used > 0 ? v.substr(used) : "";
  if (used > 0 && n >= 1 && n <= 1200 && (unit.empty() || unit == "m" || unit == "y")) {
    return unit == "y" ? n * 12 : n;
  }
  return Status::InvalidArgument("--window: expected months or years such as 12m or 1y, not '" + v + "'");
}

Result<std::vector<int>> ParseCadence(const std::string& v) {
  std::vector<int> out;
  size_t at = 0;
  while (at <= v.size()) {
    size_t comma = std::min(v.find(',', at), v.size());
    std::string part = v.substr(at, comma - at);
    int n = 0;
    if (part.empty() || part.size() > 3 || part.find_first_not_of("0123456789") != std::string::npos ||
        (n = std::stoi(part)) < 1) {
      return Status::InvalidArgument("--cadence: expected years such as 5,10,15,20, not '" + v + "'");
    }
    out.push_back(n);
    at = comma + 1;
  }
  return out;
}

Result<Options> Parse(const Args& args) {
  Options o;
  bool as_of = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      o.json = true;
      continue;
    }
    if (a != "--as-of" && a != "--window" && a != "--cadence" && a != "--ics") {
      return Status::InvalidArgument("due: unknown argument " + a);
    }
    if (i + 1 == args.size()) return Status::InvalidArgument(a + " needs a value");
    const std::string& v = args[++i];
    Status s;
    if (a == "--as-of") {
      Result<Date> d = ParseAsOf(v);
      s = d.status();
      if (d.ok()) o.query.as_of = *d, as_of = true;
    } else if (a == "--window") {
      Result<int> m = ParseWindow(v);
      s = m.status();
      if (m.ok()) o.query.window_months = *m;
    } else if (a == "--cadence") {
      Result<std::vector<int>> c = ParseCadence(v);
      s = c.status();
      if (c.ok()) o.query.cadence = *c;
    } else {
      o.ics = v;
    }
    if (!s.ok()) return s;
  }
  if (!as_of) return Status::InvalidArgument("due: --as-of DATE is required");
  if (o.json && !o.ics.empty()) return Status::InvalidArgument("due: --json and --ics exclude each other");
  return o;
}

int WriteCalendar(const std::string& path, const DueList& list) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << IcsCalendar(DueEvents(list), IcsStampNow());
  out.close();
  if (!out) return UsageError("--ics: cannot write " + path);
  std::fprintf(stderr, "lexgraph: %zu events written to %s\n", list.items.size(), path.c_str());
  return list.items.empty() ? 1 : 0;
}

}  // namespace

int RunDue(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  Result<DueList> list = ListDue(view->reader(), opts->query);
  if (!list.ok()) return StoreUnavailable(*dir, list.status());
  if (!opts->ics.empty()) return WriteCalendar(opts->ics, *list);
  if (!opts->json) {
    std::printf("due %s .. %s: %zu items\n", list->window.first.Iso().c_str(), list->window.last.Iso().c_str(),
                list->items.size());
  }
  for (const DueItem& item : list->items) {
    std::string line = opts->json ? DueJsonLine(item) : DueTextLine(item);
    std::printf("%s\n", line.c_str());
  }
  return list->items.empty() ? 1 : 0;
}

}  // namespace lexgraph::app
