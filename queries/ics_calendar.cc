#include "queries/ics_calendar.h"

#include <cstdio>
#include <ctime>

namespace lexgraph {
namespace {

constexpr size_t kMaxOctets = 75;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string DateValue(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace

std::string IcsEscape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string IcsFold(std::string_view line) {
  std::string out;
  size_t limit = kMaxOctets;  // the first line has 75 octets; the others 74 after the space
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && IsContinuationByte(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string IcsCalendar(const std::vector<IcsEvent>& events, std::string_view dtstamp) {
  std::string out = IcsFold("BEGIN:VCALENDAR") + IcsFold("VERSION:2.0") +
                    IcsFold("PRODID:-//lexgraph//lexgraph due//VI") + IcsFold("CALSCALE:GREGORIAN");
  for (const IcsEvent& e : events) {
    out += IcsFold("BEGIN:VEVENT");
    out += IcsFold("UID:" + e.uid);
    out += IcsFold("DTSTAMP:" + std::string(dtstamp));
    out += IcsFold("DTSTART;VALUE=DATE:" + DateValue(e.start));
    out += IcsFold("SUMMARY:" + IcsEscape(e.summary));
    out += IcsFold("DESCRIPTION:" + IcsEscape(e.description));
    out += IcsFold("TRANSP:TRANSPARENT");
    out += IcsFold("END:VEVENT");
  }
  out += IcsFold("END:VCALENDAR");
  return out;
}

std::string IcsStampNow() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &utc);
  return buf;
}

}  // namespace lexgraph
