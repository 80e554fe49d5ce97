#include "formats/plain_text.h"

#include <algorithm>

namespace lexgraph::formats {

bool IsBlank(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;  // U+00A0
      continue;
    }
    return false;
  }
  return true;
}

const OriginRun* OriginAt(const PlainText& plain, size_t offset) {
  auto it = std::upper_bound(plain.origins.begin(), plain.origins.end(), offset,
                             [](size_t o, const OriginRun& r) { return o < r.start; });
  if (it == plain.origins.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

void PlainTextBuilder::AddBlock(std::string_view block, std::string where) {
  // Trim the ends; a block never starts or ends with white space.
  while (!block.empty() && (block.front() == ' ' || block.front() == '\t' || block.front() == '\n'))
    block.remove_prefix(1);
  while (!block.empty() && (block.back() == ' ' || block.back() == '\t' || block.back() == '\n'))
    block.remove_suffix(1);
  if (IsBlank(block)) return;
  if (!out_.text.empty()) out_.text += "\n\n";
  const size_t start = out_.text.size();
  out_.text.append(block);
  out_.origins.push_back({start, out_.text.size(), std::move(where)});
}

void PlainTextBuilder::AddPageBreak() {
  if (out_.text.empty()) return;
  out_.text += "\n\n---";
}

PlainText PlainTextBuilder::Finish() && {
  if (!out_.text.empty()) out_.text += '\n';
  return std::move(out_);
}

}  // namespace lexgraph::formats
