#include "storage/graph_types.h"

#include <array>

namespace lexgraph::storage {

std::string NodeKindName(NodeKind kind) {
  static constexpr std::array<const char*, 6> kNames = {
      nullptr, "source", "section", "document", "issuer", "date"};
  auto value = static_cast<size_t>(kind);
  if (value < kNames.size() && kNames[value] != nullptr) return kNames[value];
  return "node_kind_" + std::to_string(value);
}

std::string EdgeKindName(EdgeKind kind) {
  static constexpr std::array<const char*, 16> kNames = {
      nullptr,    "mentions", "issued_by", "issued_on", "part_of",  "continues", "implements",
      "guides",   "amends",   "replaces",  "repeals",   "based_on", "reviews",   "plans_review",
      "suspends", "corrects"};
  auto value = static_cast<size_t>(kind);
  if (value < kNames.size() && kNames[value] != nullptr) return kNames[value];
  return "edge_kind_" + std::to_string(value);
}

}  // namespace lexgraph::storage
