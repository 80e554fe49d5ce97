// Lineage: the documents one document depends on (up: it continues,
// implements, amends … them), or that depend on it (down), transitively,
// walked breadth first through the store's own edges: OutEdges of the
// documents reached (up), one InEdges seek per relation kind (down, so a
// directive's thousands of `mentions` edges are never read). The cost is the
// size of the lineage, not of the store; the whole CitationGraph is never built.
//
// Each document is visited once, at its shortest distance from the root; an
// edge back to a document already visited is kept (that is how cycles show)
// and never followed again. The collected subgraph's cycles are reported as
// its strongly connected groups (Boost.Graph). Several stored edges stating
// one relation (several sources, several sentences) make one LineageEdge
// with all their evidence.
//
// Reads `reader` only; pass a snapshot for a consistent answer. Thread-safe
// as the reader is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"
#include "storage/graph_store.h"

namespace lexgraph {

enum class LineageDirection { kUp, kDown, kBoth };

struct LineageOptions {
  LineageDirection direction = LineageDirection::kUp;
  int depth = 0;  // steps from the root at most; 0: no limit
  // Documents reached at most, the root included; 0: no limit. A directive
  // cited by thousands reaches most of a store going down: the walk stops
  // there and says so (Lineage::truncated) instead of reading it all.
  size_t max_nodes = 0;
};

struct LineageNode {
  std::string id;       // "doc:65-KL/TW@XII"
  DocumentFacts facts;  // empty (key only) for an edge end with no stored node
  int depth = 0;        // steps from the root (0: the root)
};

struct LineageEdge {
  std::string from, to;  // from -kind-> to: `from` depends on `to`
  storage::EdgeKind kind = storage::EdgeKind::kContinues;
  std::vector<Relation> evidence;  // one per stored edge: cue and evidence
};

struct Lineage {
  std::string root;
  std::vector<LineageNode> nodes;  // breadth-first order, the root first
  std::vector<LineageEdge> edges;  // in the order found
  std::vector<std::vector<std::string>> cycles;  // groups of documents on a cycle, in node order
  bool truncated = false;  // max_nodes stopped the walk: more documents are reachable
};

// NotFound when `root_id` is no document node; the reader's errors;
// Corruption for unreadable props.
Result<Lineage> WalkLineage(const storage::GraphReader& reader, std::string_view root_id,
                            const LineageOptions& options);

// "up", "down", "both".
const char* LineageDirectionName(LineageDirection direction);

}  // namespace lexgraph
