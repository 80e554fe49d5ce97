#include "queries/relation_kinds.h"

#include <string>
#include <string_view>

#include "engine/relation_records.h"

namespace lexgraph {

const std::vector<storage::EdgeKind>& RelationKinds() {
  static const std::vector<storage::EdgeKind> kinds = [] {
    std::vector<storage::EdgeKind> out;
    for (int k = 1; k < 256; ++k) {
      auto kind = static_cast<storage::EdgeKind>(k);
      if (IsRelationEdge(kind)) out.push_back(kind);
    }
    return out;
  }();
  return kinds;
}

std::string Snippet(std::string_view text, size_t max_bytes) {
  std::string out;
  bool cut = text.size() > max_bytes;
  if (cut) {
    size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
  }
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (cut) out += "…";
  return out;
}

}  // namespace lexgraph
