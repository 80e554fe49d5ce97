#include "engine/header_place.h"

#include <vector>

#include "engine/words.h"

namespace lexgraph {
namespace {

// ASCII capitals, and UTF-8 lead bytes of the Vietnamese capitals used to
// begin place names (Đ, Ă, Â, and the precomposed vowels with tone marks).
bool StartsCapital(std::string_view word) {
  unsigned char c = word[0];
  if (c >= 'A' && c <= 'Z') return true;
  if (word.size() < 2) return false;
  unsigned char d = word[1];
  if (c == 0xC4) return d == 0x90 || d == 0x82;  // Đ, Ă
  if (c == 0xC3) return d >= 0x80 && d <= 0x9D;  // À..Ý
  if (c == 0xE1 && word.size() >= 3) {            // Ạ..Ỹ: even code points are capitals
    return (static_cast<unsigned char>(word[2]) % 2) == 0 && (d == 0xBA || d == 0xBB);
  }
  return false;
}

}  // namespace

std::string PlaceOfHeader(std::string_view bytes, const Mention& self) {
  size_t date = self.date_span.start;
  if (self.date_span.size() == 0 || date > bytes.size()) return "";
  size_t line = bytes.rfind('\n', date == 0 ? 0 : date - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  std::string_view before = bytes.substr(line, date - line);
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
  constexpr std::string_view kDay = "ngày";  // a date span may start at the day's number
  if (before.ends_with(kDay)) before.remove_suffix(kDay.size());
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.remove_suffix(1);
  // Two columns set side by side with spaces ("Số: 9387 /UBND-KT      Lào
  // Cai, ngày …"): the place is in the last column, past the last gap of
  // three spaces or more (a doubled space may fall inside a name).
  if (size_t gap = before.rfind("   "); gap != std::string_view::npos) before.remove_prefix(gap + 3);
  std::vector<std::string_view> words = Words(before);
  if (words.empty() || words.size() > 4) return "";
  std::string place;  // the words, one space apart: a header set out with spaces
  for (std::string_view w : words) {
    if (!StartsCapital(w)) return "";
    place += (place.empty() ? "" : " ") + std::string(w);
  }
  return place;
}

}  // namespace lexgraph
