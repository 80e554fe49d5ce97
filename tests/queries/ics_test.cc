#include "queries/ics_calendar.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "queries/due_calendar.h"

namespace lexgraph {
namespace {

// The physical lines of `text`, which must end every line in CRLF.
std::vector<std::string> CrlfLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    lines.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  return lines;
}

bool StartsInsideUtf8(const std::string& s) {
  return !s.empty() && (static_cast<unsigned char>(s[0]) & 0xC0) == 0x80;
}

std::string Unfold(std::string text) {
  for (size_t at; (at = text.find("\r\n ")) != std::string::npos;) text.erase(at, 3);
  return text;
}

TEST_CASE("IcsEscape escapes backslash, semicolon, comma and newlines", "[queries][ics]") {
  const std::pair<std::string, std::string> cases[] = {
      {"Kết luận, Chỉ thị; Quy định", "Kết luận\\, Chỉ thị\\; Quy định"},
      {"a\\b", "a\\\\b"},
      {"dòng 1\ndòng 2", "dòng 1\\ndòng 2"},
      {"dòng 1\r\ndòng 2", "dòng 1\\ndòng 2"},
      {"không đổi: 120-KL/TW", "không đổi: 120-KL/TW"},
  };
  for (const auto& [in, want] : cases) CHECK(IcsEscape(in) == want);
}

TEST_CASE("IcsFold folds at 75 octets between UTF-8 sequences", "[queries][ics]") {
  const std::string cases[] = {
      "SUMMARY:short",
      std::string("DESCRIPTION:") + std::string(200, 'a'),
      // Two- and three-byte letters at every phase of the 75-octet boundary.
      "SUMMARY:Mốc 5 năm thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về tiếp tục đổi mới "
      "nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các đoàn thể",
      "X:ệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệ",
      "XY:ệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệệ",
  };
  for (const std::string& line : cases) {
    INFO(line);
    std::string folded = IcsFold(line);
    std::vector<std::string> physical = CrlfLines(folded);
    for (size_t i = 0; i < physical.size(); ++i) {
      CHECK(physical[i].size() <= 75);
      CHECK(physical[i].size() >= (i + 1 < physical.size() ? 72u : 1u));  // cut at most 3 bytes early
      if (i > 0) {
        CHECK(physical[i][0] == ' ');
        CHECK(!StartsInsideUtf8(physical[i].substr(1)));
      }
    }
    CHECK(Unfold(folded) == line + "\r\n");
    if (line.size() <= 75) CHECK(physical.size() == 1);
  }
}

TEST_CASE("IcsCalendar writes one VEVENT per event with CRLF lines", "[queries][ics]") {
  std::vector<IcsEvent> events = {
      {"a@lexgraph", {2021, 1, 7}, "Mốc 5 năm: Kết luận số 120-KL/TW", "Trích yếu: a, b; c\nNguồn: x"},
      {"b@lexgraph", {2021, 1, 1}, "Kế hoạch năm 2021", ""},
  };
  std::string ics = IcsCalendar(events, "20261126T163000Z");
  std::vector<std::string> lines = CrlfLines(ics);
  CHECK(ics.find('\n') == ics.find("\r\n") + 1);
  for (size_t at = 0; (at = ics.find('\n', at)) != std::string::npos; ++at) CHECK(ics[at - 1] == '\r');
  REQUIRE(lines.size() > 4);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  CHECK(std::count(lines.begin(), lines.end(), "VERSION:2.0") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "BEGIN:VEVENT") == 2);
  CHECK(std::count(lines.begin(), lines.end(), "END:VEVENT") == 2);
  CHECK(std::count(lines.begin(), lines.end(), "DTSTART;VALUE=DATE:20210107") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "DTSTAMP:20261126T163000Z") == 2);
  CHECK(std::count(lines.begin(), lines.end(), "UID:a@lexgraph") == 1);
  CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("PRODID:"); }) == 1);
  CHECK(Unfold(ics).find("DESCRIPTION:Trích yếu: a\\, b\\; c\\nNguồn: x\r\n") != std::string::npos);
}

TEST_CASE("DueEvents gives stable, distinct UIDs and Vietnamese text", "[queries][ics]") {
  DueItem five;
  five.doc.id = "doc:120-KL/TW@XI";
  five.doc.facts.code = "120-KL/TW";
  five.doc.facts.type = "Kết luận";
  five.doc.facts.date = Date{2016, 1, 7};
  five.due = "2021-01-07";
  five.reason = "anniversary";
  five.milestone_years = 5;
  five.evidence.source = "report.md";
  DueItem planned = five;
  planned.due = "2021";
  planned.reason = "planned";
  planned.milestone_years.reset();
  planned.cue = "kiểm tra, giám sát";
  DueList list{{{2021, 3, 1}, {2022, 2, 28}}, {five, planned}};
  std::vector<IcsEvent> a = DueEvents(list), b = DueEvents(list);
  REQUIRE(a.size() == 2);
  CHECK(a[0].uid == b[0].uid);
  CHECK(a[1].uid == b[1].uid);
  CHECK(a[0].uid != a[1].uid);
  CHECK(a[0].uid.ends_with("@lexgraph"));
  CHECK(a[0].summary == "Mốc 5 năm thực hiện Kết luận số 120-KL/TW");
  CHECK(a[0].start == Date{2021, 1, 7});
  CHECK(a[1].start == Date{2021, 3, 1});  // a year-only item: its first day inside the window
  CHECK(a[1].summary.find("năm 2021") != std::string::npos);
}

}  // namespace
}  // namespace lexgraph
