// StripMarkup: markdown emphasis and HTML tags out, so that citations written
// with them read as plain text. See normalize.h for the contract.
#include <array>
#include <cctype>
#include <string_view>

#include "base/byte_scan.h"
#include "extractors/normalize.h"
#include "extractors/word_bytes.h"

namespace lexgraph {
namespace {

// The bytes markup starts with, as a table: the scan asks once a byte.
constexpr std::array<bool, 256> kMarkupStart = [] {
  std::array<bool, 256> t{};
  for (char c : {'*', '_', '\\', '<'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

bool AtLineStart(std::string_view s, size_t at) {
  while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t')) --at;
  return at == 0 || s[at - 1] == '\n';
}

// Length of an HTML tag starting at `at` ("<sup>", "</sup>", "<br/>"), or 0.
size_t TagLength(std::string_view s, size_t at) {
  if (at + 2 >= s.size() || s[at] != '<') return 0;
  char c = s[at + 1];
  if (!std::isalpha(static_cast<unsigned char>(c)) && c != '/') return 0;
  size_t close = s.find('>', at);
  if (close == std::string_view::npos || close - at > 40) return 0;
  if (s.substr(at, close - at).find('\n') != std::string_view::npos) return 0;
  return close - at + 1;
}

// A footnote marker "<sup>(12)</sup>" or "<sup>12</sup>": its length, or 0.
size_t SupMarkerLength(std::string_view s, size_t at) {
  if (s.substr(at, 5) != "<sup>") return 0;
  size_t end = s.find("</sup>", at + 5);
  if (end == std::string_view::npos || end - at > 20) return 0;
  for (size_t i = at + 5; i < end; ++i) {
    char c = s[i];
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '(' && c != ')' && c != '[' &&
        c != ']' && c != '*' && c != ' ' && c != ',') {
      return 0;
    }
  }
  return end + 6 - at;
}

// Length of the markup at `at` that StripMarkup drops, or 0.
size_t MarkupLength(std::string_view s, size_t at) {
  char c = s[at];
  if (c == '*') {
    size_t n = 1;
    while (at + n < s.size() && s[at + n] == '*') ++n;
    bool bullet = n == 1 && AtLineStart(s, at) && at + 1 < s.size() && s[at + 1] == ' ';
    return bullet ? 0 : n;
  }
  if (c == '_' && at + 1 < s.size() && s[at + 1] == '_') {
    size_t n = 2;
    while (at + n < s.size() && s[at + n] == '_') ++n;
    return n;
  }
  if (c == '\\' && at + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[at + 1]))) {
    return 1;  // a markdown escape such as "\-"
  }
  if (c == '<') {
    if (size_t n = SupMarkerLength(s, at)) return n;
    return TagLength(s, at);
  }
  return 0;
}

}  // namespace

MappedText StripMarkup(const MappedText& in) {
  std::string_view s = in.text;
  MappedTextBuilder b;
  // A dropped tag splits a run: over the corpus's joined texts the runs grow by 3%.
  b.Reserve(s.size(), in.map.run_count() + in.map.run_count() / 8 + 16);
  size_t copied = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < s.size();) {
    if (i + byte_scan::kBlock <= s.size()) {  // skip a block that holds no markup start
      using namespace byte_scan;
      Block block = Load(p + i);
      uint32_t m = Mask(Equal(block, '*') | Equal(block, '_') | Equal(block, '\\') | Equal(block, '<'));
      if (m == 0) {
        i += kBlock;
        continue;
      }
      i += FirstSet(m);
    }
    if (!kMarkupStart[p[i]]) {
      ++i;
      continue;
    }
    size_t n = MarkupLength(s, i);
    if (n == 0) {
      ++i;
      continue;
    }
    b.AppendSlice(in, copied, i);
    // Words that the markup alone kept apart ("CÁO****tổng") stay apart.
    bool glued = i > 0 && i + n < s.size() && IsWordByte(static_cast<unsigned char>(s[i - 1])) &&
                 IsWordByte(static_cast<unsigned char>(s[i + n]));
    std::string_view tag = s.substr(i, n);
    bool line_break = tag.starts_with("<br");
    size_t src = in.map.ToSourceStart(i);
    b.AppendReplacement(line_break ? "\n" : (glued ? " " : ""), src, in.map.ToSourceEnd(i + n) - src);
    i += n;
    copied = i;
  }
  b.AppendSlice(in, copied, s.size());
  return std::move(b).Finish();
}

}  // namespace lexgraph
