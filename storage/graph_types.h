// The values a GraphStore holds: nodes, edges, index entries and the
// per-source records. Plain structs; ids are readable UTF-8 strings that may
// contain any byte, including '/' and NUL ("doc:62-KL/TW@X").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace lexgraph::storage {

// FROZEN ON-DISK VALUES: these numbers are written into keys and values.
// Never renumber or reuse one; add new kinds at the end.
enum class NodeKind : uint8_t {
  kSource = 1,
  kSection = 2,
  kDocument = 3,
  kIssuer = 4,
  kDate = 5,
};

// FROZEN ON-DISK VALUES, as NodeKind.
enum class EdgeKind : uint8_t {
  kMentions = 1,
  kIssuedBy = 2,
  kIssuedOn = 3,
  kPartOf = 4,
  kContinues = 5,
  kImplements = 6,
  kGuides = 7,
  kAmends = 8,
  kReplaces = 9,
  kRepeals = 10,
  kBasedOn = 11,
  kReviews = 12,
  kPlansReview = 13,
  kSuspends = 14,
  kCorrects = 15,
};

// "document", "issued_by"; "node_kind_N" / "edge_kind_N" for values this
// build does not know (a store may hold kinds added later).
std::string NodeKindName(NodeKind kind);
std::string EdgeKindName(EdgeKind kind);

struct Node {
  std::string id;
  NodeKind kind = NodeKind::kDocument;
  std::string props;  // opaque bytes; the engine stores JSON

  friend bool operator==(const Node&, const Node&) = default;
};

// A directed edge. (from, kind, to, owner, seq) is its identity, so one
// source may state the same relation several times (seq tells them apart)
// and two sources stating it keep two edges. `owner` is set by the batch.
struct Edge {
  std::string from;
  EdgeKind kind = EdgeKind::kMentions;
  std::string to;
  std::string owner;  // the source that wrote it
  uint32_t seq = 0;
  std::string props;  // opaque bytes: the evidence

  auto Identity() const { return std::tie(from, kind, to, owner, seq); }
  friend bool operator==(const Edge&, const Edge&) = default;
};

// A secondary index entry: (index name, key) -> node id, e.g.
// ("by_issuer", "BCT/2009-12-08", "doc:62-KL/TW@X").
struct IndexEntry {
  std::string index;
  std::string key;
  std::string node_id;

  friend auto operator<=>(const IndexEntry&, const IndexEntry&) = default;
};

// What the engine records about one ingested source file.
struct SourceInfo {
  std::string id;            // e.g. "src:kien-giang-dan-van-2020.md"
  std::string path;          // where it was read from
  std::string content_hash;  // lets the engine say "unchanged"
  int64_t ingested_at = 0;   // unix seconds, set by the engine

  friend bool operator==(const SourceInfo&, const SourceInfo&) = default;
};

// The ownership records of one source: everything its last batch wrote.
// Edges are listed by identity (props left empty).
struct SourceContents {
  std::vector<std::string> nodes;
  std::vector<IndexEntry> index_entries;
  std::vector<Edge> edges;
};

}  // namespace lexgraph::storage
