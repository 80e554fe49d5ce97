#include "queries/due.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "../engine/engine_test_util.h"
#include "engine/graph_ids.h"
#include "storage/memory_store.h"

namespace lexgraph {
namespace {

Date D(int y, int m, int d) { return {y, m, d}; }

TEST_CASE("A window of M months ends at --as-of and starts the day after M months before",
          "[queries][due]") {
  struct Case {
    Date as_of;
    int months;
    Date first;
  };
  const Case cases[] = {
      {D(2021, 12, 31), 12, D(2021, 1, 1)},
      {D(2021, 3, 1), 12, D(2020, 3, 2)},
      {D(2020, 2, 29), 12, D(2019, 3, 1)},  // 2019-02-28 plus a day
      {D(2021, 2, 28), 12, D(2020, 3, 1)},  // ends on a month's last day: whole months
      {D(2021, 6, 30), 6, D(2021, 1, 1)},
      {D(2021, 1, 15), 1, D(2020, 12, 16)},
      {D(2021, 12, 31), 24, D(2020, 1, 1)},
  };
  for (const Case& c : cases) {
    INFO(c.as_of.Iso() << " " << c.months);
    DueWindow w = WindowEnding(c.as_of, c.months);
    CHECK(w.first.Iso() == c.first.Iso());
    CHECK(w.last.Iso() == c.as_of.Iso());
  }
  CHECK(AddYears(D(2016, 2, 29), 5).Iso() == "2021-02-28");
  CHECK(AddYears(D(2016, 2, 29), 4).Iso() == "2020-02-29");
  CHECK(AddYears(D(2016, 1, 7), 5).Iso() == "2021-01-07");
  CHECK(IsCalendarDate(D(2020, 2, 29)));
  CHECK(!IsCalendarDate(D(2021, 2, 29)));
  CHECK(!IsCalendarDate(D(2021, 13, 1)));
}

DocumentFacts Dated(Date d, std::vector<int> cadence = {}) {
  DocumentFacts f;
  f.date = d;
  f.year = d.year;
  f.cadence_years = std::move(cadence);
  return f;
}

DocumentFacts YearOnly(int year) {
  DocumentFacts f;
  f.year = year;
  return f;
}

std::string Marks(const DocumentFacts& f, const DueWindow& w, const std::vector<int>& assumed) {
  std::string out;
  for (const DueMark& m : MarksInWindow(f, w, assumed)) {
    out += (out.empty() ? "" : " ") + std::to_string(m.years) + (m.stated ? "s@" : "@") + m.due;
  }
  return out;
}

TEST_CASE("A document's N-year marks in the window", "[queries][due]") {
  const std::vector<int> kDefault = {5, 10, 15, 20};
  const DueWindow y2021 = WindowEnding(D(2021, 12, 31), 12);
  struct Case {
    const char* what;
    DocumentFacts facts;
    DueWindow window;
    std::string marks;
  };
  const Case cases[] = {
      {"five years", Dated(D(2016, 1, 7)), y2021, "5@2021-01-07"},
      {"ten years", Dated(D(2011, 8, 2)), y2021, "10@2021-08-02"},
      {"twenty years", Dated(D(2001, 3, 3)), y2021, "20@2021-03-03"},
      {"no mark: 6 years", Dated(D(2015, 5, 5)), y2021, ""},
      // The window's ends are inside it; the days beyond are not.
      {"first day", Dated(D(2016, 1, 1)), y2021, "5@2021-01-01"},
      {"last day", Dated(D(2016, 12, 31)), y2021, "5@2021-12-31"},
      {"day before", Dated(D(2015, 12, 31)), y2021, ""},
      {"day after", Dated(D(2017, 1, 1)), y2021, ""},
      // 29 February: the mark in a common year is 28 February.
      {"29 Feb in", Dated(D(2016, 2, 29)), WindowEnding(D(2021, 2, 28), 12), "5@2021-02-28"},
      {"29 Feb out", Dated(D(2016, 2, 29)), WindowEnding(D(2021, 2, 27), 12), ""},
      {"29 Feb leap", Dated(D(2016, 2, 29)), WindowEnding(D(2036, 3, 1), 1), "20@2036-02-29"},
      // A year only: the mark's year overlaps the window.
      {"year only", YearOnly(2016), y2021, "5@2021"},
      {"year only, straddling", YearOnly(2017), WindowEnding(D(2022, 6, 30), 12), "5@2022"},
      {"year only, before", YearOnly(2015), y2021, ""},
      {"no date, no year", DocumentFacts{}, y2021, ""},
      // A stated cadence replaces the assumed one, at each multiple.
      {"stated 3", Dated(D(2018, 4, 4), {3}), y2021, "3s@2021-04-04"},
      {"stated 3, second mark", Dated(D(2015, 4, 4), {3}), y2021, "6s@2021-04-04"},
      {"stated 3, not 10", Dated(D(2011, 8, 2), {3}), y2021, ""},
      {"stated 3 and 5, one mark", Dated(D(2006, 1, 1), {3, 5}), y2021, "15s@2021-01-01"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(Marks(c.facts, c.window, kDefault) == c.marks);
  }
  CHECK(Marks(Dated(D(2018, 1, 10)), y2021, {3}) == "3@2021-01-10");  // --cadence 3
}

TEST_CASE("A planned period is in the window when its years overlap it", "[queries][due]") {
  const DueWindow y2021 = WindowEnding(D(2021, 12, 31), 12);
  CHECK(PeriodOverlaps("2021", y2021));
  CHECK(PeriodOverlaps("2020-2025", y2021));
  CHECK(PeriodOverlaps("2021", WindowEnding(D(2022, 3, 31), 12)));
  CHECK(!PeriodOverlaps("2020", y2021));
  CHECK(!PeriodOverlaps("2022", y2021));
  CHECK(!PeriodOverlaps("", y2021));
  CHECK(!PeriodOverlaps("năm", y2021));
}

struct Row {
  std::string code, due, reason;
  std::optional<int> years;
};

std::vector<Row> Rows(const storage::GraphReader& store, Date as_of) {
  Result<DueList> list = ListDue(store, {.as_of = as_of});
  REQUIRE(list.ok());
  std::vector<Row> out;
  for (const DueItem& i : list->items) {
    // The key's code: the resolved one ("11-CT/TU", where the text once wrote 11-CT/TW).
    std::string key(DocumentKeyOf(i.doc.id));
    out.push_back({key.substr(0, key.find('@')), i.due, i.reason, i.milestone_years});
  }
  return out;
}

bool Has(const std::vector<Row>& rows, const std::string& code, const std::string& reason,
         std::optional<int> years = {}) {
  return std::any_of(rows.begin(), rows.end(), [&](const Row& r) {
    return r.code == code && r.reason == reason && (!years || r.years == years);
  });
}

TEST_CASE("Due on the sample report: 2021 anniversaries and the programme's plans", "[queries][due]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, testing::SampleReport(), "/r/kg.md").ok());
  std::vector<Row> rows = Rows(store, D(2021, 12, 31));
  for (auto [code, years] : std::initializer_list<std::pair<const char*, int>>{
           {"120-KL/TW", 5}, {"52-CT/TW", 5}, {"8-KL/TW", 10}, {"16/CT-TTg", 5}}) {
    INFO(code);
    CHECK(Has(rows, code, "anniversary", years));
  }
  for (const char* code : {"158-TB/TW", "114-KL/TW", "59-CT/TW", "102-KL/TW", "11-CT/TU"}) {
    INFO(code);
    CHECK(Has(rows, code, "planned"));
  }
  Result<DueList> list = ListDue(store, {.as_of = D(2021, 12, 31)});
  REQUIRE(list.ok());
  for (const DueItem& i : list->items) {
    INFO(i.doc.facts.code << " " << i.reason);
    CHECK(i.evidence.source == "/r/kg.md");
    if (i.reason == "planned") {
      CHECK(i.due == "2021");
      CHECK(i.evidence.section.starts_with("P2/II/6"));
    } else if (i.doc.facts.date) {
      CHECK(i.evidence.text.find(std::to_string(i.doc.facts.date->year)) != std::string::npos);
    }
  }
}

TEST_CASE("A mark whose review a source reports is not due", "[queries][due]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, testing::SampleReport(), "/r/kg.md").ok());
  std::vector<Row> rows = Rows(store, D(2020, 12, 31));
  // 2020 marks the report says were reviewed (tổng kết 10 năm, báo cáo 5 năm …).
  for (const char* code : {"9-QĐ/TU", "290-QĐ/TW", "43-CT/TW", "114-KL/TW", "49-CT/TW"}) {
    INFO(code);
    CHECK(!Has(rows, code, "anniversary"));
  }
  CHECK(Has(rows, "59-CT/TW", "anniversary", 20));  // 2000-12-15: twenty years, no review reported
  // The same marks without the report's reviews are due.
  storage::MemoryStore bare;
  REQUIRE(testing::WriteSource(bare,
                               "Quyết định số 09-QĐ/TU, ngày 13-10-2010 của Ban Thường vụ Tỉnh ủy về "
                               "việc ban hành Quy chế công tác dân vận.\n",
                               "/r/bare.md")
              .ok());
  CHECK(Has(Rows(bare, D(2020, 12, 31)), "9-QĐ/TU", "anniversary", 10));
}

TEST_CASE("A directive's stated cadence sets its marks", "[queries][due]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store,
                               "BAN BÍ THƯ\n\nSố 39-CT/TW\n\nHà Nội, ngày 01 tháng 11 năm 2019\n\n"
                               "Các cấp ủy tổ chức sơ kết sau 3 năm thực hiện Chỉ thị này.\n",
                               "/r/ct.md")
              .ok());
  Result<DueList> list = ListDue(store, {.as_of = D(2022, 12, 31)});
  REQUIRE(list.ok());
  REQUIRE(list->items.size() == 1);
  CHECK(list->items[0].due == "2022-11-01");
  CHECK(list->items[0].milestone_years == 3);
  CHECK(list->items[0].stated_cadence);
  CHECK(Rows(store, D(2024, 12, 31)).empty());  // the assumed 5 does not apply
}

TEST_CASE("A deadline that has passed leaves the list incomplete; a far one changes nothing",
          "[queries][due]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, testing::SampleReport(), "/r/kg.md").ok());
  Result<DueList> whole = ListDue(store, {.as_of = D(2021, 12, 31)});
  REQUIRE(whole.ok());
  CHECK(whole->complete);
  REQUIRE(!whole->items.empty());

  DueQuery far{.as_of = D(2021, 12, 31)};
  far.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
  Result<DueList> in_time = ListDue(store, far);
  REQUIRE(in_time.ok());
  CHECK(in_time->complete);
  CHECK(in_time->items.size() == whole->items.size());

  DueQuery late{.as_of = D(2021, 12, 31)};
  late.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
  Result<DueList> cut = ListDue(store, late);
  REQUIRE(cut.ok());
  CHECK_FALSE(cut->complete);
  CHECK(cut->items.size() < whole->items.size());
}

}  // namespace
}  // namespace lexgraph
