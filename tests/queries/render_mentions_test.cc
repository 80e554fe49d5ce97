#include "queries/render_mentions.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace lexgraph {
namespace {

TEST_CASE("A mention renders as the JSON object of the extract contract", "[queries]") {
  Mention m;
  m.head = {1243, 1271};
  m.text = "Quyết định số 09-QĐ/TU";
  m.type = "Quyết định";
  m.type_code = "QĐ";
  m.number = 9;
  m.code = "09-QĐ/TU";
  m.issuer_code = "TU";
  m.date = Date{2010, 10, 13};
  m.year = 2010;
  m.issuer = "Ban Thường vụ Tỉnh ủy";
  auto j = nlohmann::json::parse(MentionJsonLine(m, "report.md"));
  CHECK(j["source"] == "report.md");
  CHECK(j["start"] == 1243);
  CHECK(j["end"] == 1271);
  CHECK(j["kind"] == "numbered");
  CHECK(j["code"] == "09-QĐ/TU");
  CHECK(j["date"] == "2010-10-13");
  CHECK(j["year"] == 2010);
  CHECK(j["issuer"] == "Ban Thường vụ Tỉnh ủy");
  // Unknown values are null, never invented.
  CHECK(j["term"].is_null());
  CHECK(j["subject"].is_null());
  CHECK(j["section"].is_null());
  CHECK(j["footnote"].is_null());
}

TEST_CASE("A mention renders as one readable line", "[queries]") {
  Mention m;
  m.head = {10, 20};
  m.text = "Chỉ thị số 11-CT/TU";
  m.date = Date{2019, 8, 1};
  m.issuer = "Ban Thường vụ Tỉnh ủy";
  m.subject = "tăng cường công tác quản lý đoàn viên, hội viên";
  CHECK(MentionTextLine(m, "r.md") ==
        "r.md:10  Chỉ thị số 11-CT/TU · 2019-08-01 · Ban Thường vụ Tỉnh ủy — tăng cường công "
        "tác quản lý đoàn viên, hội viên");
}

// The line is written by hand; these cases pin it to what nlohmann's
// dump(-1) gives (sorted keys, its escapes, its replacement of bad bytes).
TEST_CASE("A mention's JSON line escapes as nlohmann does", "[queries]") {
  const std::string kCases[] = {"plain", "quote \" and \\ back", "tab\tline\nret\r",
                                "bell\x07 del\x7f", "Quyết định \xE2\x80\x9C", "bad \xC3 byte"};
  for (const std::string& s : kCases) {
    Mention m;
    m.head = {3, 9};
    m.text = s;
    m.subject = s;
    m.subject_span = {5, 7};
    m.footnote = 2;
    std::string line = MentionJsonLine(m, s);
    nlohmann::json j = nlohmann::json::parse(line);
    CHECK(line == j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

}  // namespace
}  // namespace lexgraph
