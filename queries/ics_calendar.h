// IcsCalendar: an iCalendar file (RFC 5545) of all-day events, for calendar
// programs to import: VCALENDAR with PRODID and VERSION, one VEVENT per
// event with UID, DTSTAMP, DTSTART;VALUE=DATE, SUMMARY and DESCRIPTION.
// Text values are escaped (\\ \; \, \n), every line ends in CRLF and lines
// longer than 75 octets are folded (CRLF + space) between UTF-8 sequences,
// never inside one. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/mention.h"

namespace lexgraph {

struct IcsEvent {
  std::string uid;  // globally unique and stable: "…@lexgraph"
  Date start;       // all-day
  std::string summary, description;  // plain UTF-8; escaped on output
};

// A TEXT value escaped: backslash, semicolon, comma, newline (CR LF, LF).
std::string IcsEscape(std::string_view text);

// One content line, folded at 75 octets, each physical line ending in CRLF.
std::string IcsFold(std::string_view line);

// The whole calendar. `dtstamp` is the UTC time written as DTSTAMP
// ("20261126T163000Z"): the caller's clock, so tests can fix it.
std::string IcsCalendar(const std::vector<IcsEvent>& events, std::string_view dtstamp);

// The current UTC time as DTSTAMP writes it: "20261126T213000Z".
std::string IcsStampNow();

}  // namespace lexgraph
