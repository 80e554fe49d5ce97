// CitationGraph: the documents and the relations between them (continues,
// implements, guides, amends, replaces, repeals, based_on), frozen from a
// store snapshot into a read-only graph for whole-graph work: dependencies,
// lineage. Boost.Graph (compressed sparse row) inside; no Boost in this
// header. Immutable once built: any number of threads may read it.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "storage/graph_store.h"

namespace lexgraph {

// One relation between two documents, as stored (several sources stating
// it give several edges).
struct RelationEdge {
  std::string from, to;  // document node ids
  storage::EdgeKind kind = storage::EdgeKind::kContinues;
};

class CitationGraph {
 public:
  // Reads every document node and relation edge of `reader` (pass a
  // snapshot for a consistent view). Errors: a failed read.
  static Result<CitationGraph> Build(const storage::GraphReader& reader);

  size_t document_count() const;
  size_t relation_count() const;
  bool Contains(std::string_view doc_id) const;

  // The relations leaving `doc_id` (what it depends on) and entering it
  // (what depends on it). Empty for an unknown id.
  std::vector<RelationEdge> DependsOn(std::string_view doc_id) const;
  std::vector<RelationEdge> DependedOnBy(std::string_view doc_id) const;

  // Documents reachable from `doc_id` following relations forward (`up`:
  // what it depends on) or backward, breadth first, at most `depth` steps
  // (0: no limit). Excludes `doc_id`; each document once.
  std::vector<std::string> Lineage(std::string_view doc_id, bool up, int depth = 0) const;

  // True iff `kind` is a relation between documents.
  static bool IsRelation(storage::EdgeKind kind);

 private:
  struct Impl;
  explicit CitationGraph(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace lexgraph
