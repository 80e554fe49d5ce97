// FaultyStore: a GraphStore wrapper for fault-injection tests. It forwards
// everything to the wrapped store but fails chosen Apply calls with an
// IOError, as a full disk would, without passing them on. Tests then check
// that the store is unchanged and VerifyGraph still holds.
// Not owned: the wrapped store must outlive the wrapper. Not thread-safe.
#pragma once

#include "storage/graph_store.h"

namespace lexgraph::storage {

class FaultyStore final : public GraphStore {
 public:
  explicit FaultyStore(GraphStore* inner) : inner_(inner) {}

  // Fails the nth Apply from now (1 = the next one); with `sticky`, every
  // Apply after it fails too (the disk stays full). 0 turns faults off.
  void FailWrite(int nth, bool sticky = false);
  int writes_seen() const { return writes_; }

  Status Apply(const WriteBatch& batch) override;
  Status Persist() override { return inner_->Persist(); }
  Result<std::unique_ptr<GraphReader>> Snapshot() const override { return inner_->Snapshot(); }
  Result<StoreStats> Stats() const override { return inner_->Stats(); }

  Result<Node> GetNode(std::string_view id) const override { return inner_->GetNode(id); }
  Result<std::vector<Edge>> OutEdges(std::string_view id,
                                     std::optional<EdgeKind> kind = {}) const override {
    return inner_->OutEdges(id, kind);
  }
  Result<std::vector<Edge>> InEdges(std::string_view id,
                                    std::optional<EdgeKind> kind = {}) const override {
    return inner_->InEdges(id, kind);
  }
  Result<std::vector<IndexEntry>> ScanIndex(std::string_view index,
                                            std::string_view key_prefix) const override {
    return inner_->ScanIndex(index, key_prefix);
  }
  Status ForEachNode(const NodeFn& fn) const override { return inner_->ForEachNode(fn); }
  Status ForEachEdge(const EdgeFn& fn) const override { return inner_->ForEachEdge(fn); }
  Status ForEachInEdge(const EdgeFn& fn) const override { return inner_->ForEachInEdge(fn); }
  Status ForEachIndexEntry(const IndexFn& fn) const override {
    return inner_->ForEachIndexEntry(fn);
  }
  Status ForEachSource(const SourceFn& fn) const override { return inner_->ForEachSource(fn); }
  Result<SourceInfo> GetSource(std::string_view id) const override {
    return inner_->GetSource(id);
  }
  Result<SourceContents> GetSourceContents(std::string_view id) const override {
    return inner_->GetSourceContents(id);
  }
  Result<std::vector<std::string>> NodeOwners(std::string_view id) const override {
    return inner_->NodeOwners(id);
  }
  Result<std::vector<std::string>> IndexOwners(const IndexEntry& entry) const override {
    return inner_->IndexOwners(entry);
  }

 private:
  GraphStore* inner_;
  int writes_ = 0;
  int fail_at_ = 0;  // absolute write number, 0 = never
  bool sticky_ = false;
};

}  // namespace lexgraph::storage
