// KvReader: the GraphReader methods written once over a KvView, decoding
// the layout of key_format.h. Mixed into the live stores (Base = GraphStore)
// and their snapshots (Base = GraphReader). Internal to storage/.
// Threads: as thread-safe as the KvView returned by kv().
#pragma once

#include <memory>

#include "storage/graph_store.h"
#include "storage/kv.h"

namespace lexgraph::storage {

template <class Base>
class KvReader : public Base {
 public:
  Result<Node> GetNode(std::string_view id) const override;
  Result<std::vector<Edge>> OutEdges(std::string_view id,
                                     std::optional<EdgeKind> kind = {}) const override;
  Result<std::vector<Edge>> InEdges(std::string_view id,
                                    std::optional<EdgeKind> kind = {}) const override;
  Result<std::vector<IndexEntry>> ScanIndex(std::string_view index,
                                            std::string_view key_prefix) const override;
  Status ForEachNode(const GraphReader::NodeFn& fn) const override;
  Status ForEachEdge(const GraphReader::EdgeFn& fn) const override;
  Status ForEachInEdge(const GraphReader::EdgeFn& fn) const override;
  Status ForEachIndexEntry(const GraphReader::IndexFn& fn) const override;
  Status ForEachSource(const GraphReader::SourceFn& fn) const override;
  Result<SourceInfo> GetSource(std::string_view source_id) const override;
  Result<SourceContents> GetSourceContents(std::string_view source_id) const override;
  Result<std::vector<std::string>> NodeOwners(std::string_view node_id) const override;
  Result<std::vector<std::string>> IndexOwners(const IndexEntry& entry) const override;

 protected:
  virtual const KvView& kv() const = 0;
};

extern template class KvReader<GraphReader>;
extern template class KvReader<GraphStore>;

// A snapshot: a KvReader that owns its frozen view.
class KvSnapshotReader final : public KvReader<GraphReader> {
 public:
  explicit KvSnapshotReader(std::unique_ptr<KvView> view) : view_(std::move(view)) {}

 protected:
  const KvView& kv() const override { return *view_; }

 private:
  std::unique_ptr<KvView> view_;
};

}  // namespace lexgraph::storage
