// /api/issuer, /api/issuers, /api/due, /api/due.ics: what a body issued,
// the bodies with their counts, and what is due for review in a window, as
// JSON pages or as an iCalendar file.
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

#include "app/flags.h"
#include "app/serve_api.h"
#include "app/serve_http.h"
#include "queries/due.h"
#include "queries/due_calendar.h"
#include "queries/issuer.h"
#include "queries/issuers.h"

namespace lexgraph::app {
namespace {

void Issuer(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  IssuerQuery query;
  Page page;
  if (auto e = ReadParam(req, "name", true, &query.body)) return SendError(res, *e);
  if (auto e = ReadParam(req, "type", false, &query.type)) return SendError(res, *e);
  for (auto [name, value] : {std::pair{"from", &query.from}, std::pair{"to", &query.to}}) {
    if (auto e = ReadParam(req, name, false, value)) return SendError(res, *e);
    if (value->empty()) continue;
    Result<std::string> bound = ParseDateBound(name, *value);
    if (!bound.ok()) return SendError(res, {400, bound.status().message()});
  }
  if (auto e = ReadPage(req, &page)) return SendError(res, *e);
  auto view = ViewOrFail(store, res);
  if (!view) return;
  Result<IssuerListing> listing = ListIssuedBy(view->reader(), query);
  if (!listing.ok()) return SendError(res, FromStatus(listing.status()));
  std::vector<std::string> items;
  for (const DocumentRow& row : listing->rows) items.push_back(DocumentJsonLine(row));
  nlohmann::json scope = {{"name", listing->scope.name}, {"names", listing->scope.names}};
  if (!listing->place.empty()) scope["place"] = listing->place;
  SendJson(res, PagedJson("\"scope\":" + scope.dump(), items, page));
}

void Issuers(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  Page page;
  if (auto e = ReadPage(req, &page)) return SendError(res, *e);
  auto view = ViewOrFail(store, res);
  if (!view) return;
  Result<std::vector<IssuerCount>> counts = CountIssuers(view->reader());
  if (!counts.ok()) return SendError(res, FromStatus(counts.status()));
  std::vector<std::string> items;
  for (const IssuerCount& c : *counts) {
    nlohmann::json line = {{"name", c.name},
                           {"parent", c.parent.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.parent)},
                           {"count", c.total},
                           {"own", c.own},
                           {"depth", c.depth}};
    items.push_back(line.dump());
  }
  SendJson(res, PagedJson("", items, page));
}

// year=YYYY (the window is that calendar year), or as-of=DATE with
// window=MONTHS (default 12); cadence=5,10 replaces the assumed marks.
std::optional<ApiError> ReadDueQuery(const httplib::Request& req, DueQuery* query) {
  std::string as_of, cadence;
  long year = 0, window = 12;
  if (auto e = ReadNumber(req, "year", 1900, 2200, 0, &year)) return e;
  if (auto e = ReadParam(req, "as-of", false, &as_of)) return e;
  if (auto e = ReadNumber(req, "window", 1, 1200, 12, &window)) return e;
  if (auto e = ReadParam(req, "cadence", false, &cadence)) return e;
  if ((year != 0) == !as_of.empty()) return ApiError{400, "give either 'year' or 'as-of'"};
  if (year != 0) {
    query->as_of = Date{static_cast<int>(year), 12, 31};
    query->window_months = 12;
  } else {
    Date d;
    if (as_of.size() != 10 || std::sscanf(as_of.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3 ||
        as_of[4] != '-' || as_of[7] != '-' || !IsCalendarDate(d)) {
      return ApiError{400, "parameter 'as-of': expected a date YYYY-MM-DD, not '" + as_of + "'"};
    }
    query->as_of = d;
    query->window_months = static_cast<int>(window);
  }
  if (!cadence.empty()) {
    query->cadence.clear();
    size_t at = 0;
    while (at <= cadence.size()) {
      size_t comma = std::min(cadence.find(',', at), cadence.size());
      std::string part = cadence.substr(at, comma - at);
      if (part.empty() || part.size() > 3 || part.find_first_not_of("0123456789") != std::string::npos ||
          std::stoi(part) < 1) {
        return ApiError{400, "parameter 'cadence': years such as 5,10,15,20, not '" + cadence + "'"};
      }
      query->cadence.push_back(std::stoi(part));
      at = comma + 1;
    }
  }
  return std::nullopt;
}

void Due(ServedStore& store, const httplib::Request& req, httplib::Response& res, bool ics) {
  DueQuery query;
  Page page;
  if (auto e = ReadDueQuery(req, &query)) return SendError(res, *e);
  if (auto e = ReadPage(req, &page)) return SendError(res, *e);
  auto view = ViewOrFail(store, res);
  if (!view) return;
  query.deadline = std::chrono::steady_clock::now() + kScanBudget;
  Result<DueList> list = ListDue(view->reader(), query);
  if (!list.ok()) return SendError(res, FromStatus(list.status()));
  if (ics && !list->complete) {
    // A calendar missing some reviews would look whole once imported.
    return SendError(res, {503, "the store is too large to list every review within " +
                                    std::to_string(kScanBudget.count()) +
                                    " s; run `lexgraph due --ics FILE` on this machine instead"});
  }
  if (ics) {
    std::string name = "lexgraph-due-" + query.as_of.Iso() + ".ics";
    res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    res.set_content(IcsCalendar(DueEvents(*list), IcsStampNow()), "text/calendar; charset=utf-8");
    return;
  }
  std::vector<std::string> items;
  for (const DueItem& item : list->items) items.push_back(DueJsonLine(item));
  nlohmann::json window = {{"first", list->window.first.Iso()}, {"last", list->window.last.Iso()}};
  SendJson(res, PagedJson("\"window\":" + window.dump() + ",\"complete\":" +
                              (list->complete ? "true" : "false"),
                          items, page));
}

}  // namespace

void AddListRoutes(httplib::Server& server, ServedStore& store) {
  server.Get("/api/issuer", [&store](const httplib::Request& q, httplib::Response& r) { Issuer(store, q, r); });
  server.Get("/api/issuers", [&store](const httplib::Request& q, httplib::Response& r) { Issuers(store, q, r); });
  server.Get("/api/due", [&store](const httplib::Request& q, httplib::Response& r) { Due(store, q, r, false); });
  server.Get("/api/due.ics", [&store](const httplib::Request& q, httplib::Response& r) { Due(store, q, r, true); });
}

}  // namespace lexgraph::app
