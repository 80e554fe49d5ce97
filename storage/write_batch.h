// WriteBatch: the only way to change a GraphStore. A batch is a list of
// source groups; GraphStore::Apply applies all of them or none.
//
//   WriteBatch batch;
//   batch.ReplaceSource({"src:a.md", "a.md", hash, now});
//   batch.PutNode({"doc:62-KL/TW@X", NodeKind::kDocument, json});
//   batch.PutEdge({"src:a.md", EdgeKind::kMentions, "doc:62-KL/TW@X", {}, 0, evidence});
//   Status s = store->Apply(batch);
//
// Rules (Apply returns InvalidArgument and writes nothing if one is broken):
//  - every Put follows a ReplaceSource and is owned by that source; the
//    group first removes everything the source owned before, so re-applying
//    a changed file replaces exactly its old contributions;
//  - a source appears at most once per batch; ids are non-empty;
//  - an edge's source also claims both end nodes, and an index entry's source
//    claims its node, so a node lives while any source owns or refers to it;
//  - a claimed node must be put in this batch or already be in the store.
// Node props are last-writer-wins: when several sources put one node, the
// last Put applied decides its kind and props.
// Not thread-safe; build a batch in one thread.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "storage/graph_types.h"

namespace lexgraph::storage {

class WriteBatch {
 public:
  // One source's part of a batch, in the order it was built.
  struct Group {
    bool remove_only = false;  // RemoveSource: drop everything, put nothing
    SourceInfo info;           // for remove_only groups only info.id is set
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<IndexEntry> index_entries;
  };

  // Starts the group of `info.id`; its old contributions are replaced.
  void ReplaceSource(SourceInfo info);
  // Removes the source, its metadata and everything it owns.
  void RemoveSource(std::string source_id);

  // Add to the current group (the last ReplaceSource). PutEdge overwrites
  // edge.owner with the group's source.
  void PutNode(Node node);
  void PutEdge(Edge edge);
  void PutIndex(IndexEntry entry);

  const std::vector<Group>& groups() const { return groups_; }
  bool empty() const { return groups_.empty(); }

  // OK, or the first rule broken while building (a Put with no open
  // ReplaceSource). Apply checks it, and the rest of the rules.
  const Status& status() const { return error_; }

 private:
  Group* CurrentGroup(const char* op);

  std::vector<Group> groups_;
  Status error_;
};

}  // namespace lexgraph::storage
