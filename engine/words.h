// Words: the space-separated words of a text, as views into it. For engine/
// (cue phrases and the header's place read text word by word) and queries/
// (words typed to find a document or a task).
#pragma once

#include <string_view>
#include <vector>

namespace lexgraph {

inline std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

}  // namespace lexgraph
