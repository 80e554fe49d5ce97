#include "storage/kv_graph_store.h"

#include "storage/batch_plan.h"

namespace lexgraph::storage {

KvGraphStore::KvGraphStore(std::unique_ptr<KvBackend> backend) : backend_(std::move(backend)) {}

Status KvGraphStore::Apply(const WriteBatch& batch) {
  std::lock_guard<std::mutex> lock(write_mu_);
  auto writes = PlanBatch(batch, *this);
  if (!writes.ok()) return writes.status();
  if (writes->empty()) return Status::Ok();
  return backend_->Write(*writes);
}

Status KvGraphStore::Persist() {
  std::lock_guard<std::mutex> lock(write_mu_);
  return backend_->Persist();
}

Result<std::unique_ptr<GraphReader>> KvGraphStore::Snapshot() const {
  auto view = backend_->NewSnapshot();
  if (!view.ok()) return view.status();
  return std::unique_ptr<GraphReader>(std::make_unique<KvSnapshotReader>(std::move(*view)));
}

Result<StoreStats> KvGraphStore::Stats() const {
  auto snapshot = Snapshot();
  if (!snapshot.ok()) return snapshot.status();
  auto stats = CountGraph(**snapshot);
  if (stats.ok()) stats->bytes_on_disk = backend_->BytesOnDisk();
  return stats;
}

Result<StoreStats> CountGraph(const GraphReader& reader) {
  StoreStats stats;
  Status s = reader.ForEachNode([&](const Node& node) {
    ++stats.nodes_by_kind[node.kind];
    return true;
  });
  if (s.ok()) {
    s = reader.ForEachEdge([&](const Edge& edge) {
      ++stats.edges_by_kind[edge.kind];
      return true;
    });
  }
  if (s.ok()) {
    s = reader.ForEachIndexEntry([&](const IndexEntry&) {
      ++stats.index_entries;
      return true;
    });
  }
  if (s.ok()) {
    s = reader.ForEachSource([&](const SourceInfo&) {
      ++stats.sources;
      return true;
    });
  }
  if (!s.ok()) return s;
  return stats;
}

}  // namespace lexgraph::storage
