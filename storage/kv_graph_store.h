// KvGraphStore: a GraphStore over a KvBackend. Apply plans the batch
// against the latest state (batch_plan.h) and writes it in one atomic
// backend write; writers are serialized by a mutex, readers never block.
// The RocksDB and memory stores are this class with their own backends.
#pragma once

#include <memory>
#include <mutex>

#include "storage/kv.h"
#include "storage/kv_reader.h"

namespace lexgraph::storage {

class KvGraphStore : public KvReader<GraphStore> {
 public:
  explicit KvGraphStore(std::unique_ptr<KvBackend> backend);

  Status Apply(const WriteBatch& batch) override;
  Status Persist() override;
  Result<std::unique_ptr<GraphReader>> Snapshot() const override;
  Result<StoreStats> Stats() const override;

 protected:
  const KvView& kv() const override { return *backend_; }
  KvBackend* backend() const { return backend_.get(); }

 private:
  std::unique_ptr<KvBackend> backend_;
  std::mutex write_mu_;
};

// Counts nodes and edges by kind, index entries and sources of `reader`
// (bytes_on_disk is left 0).
Result<StoreStats> CountGraph(const GraphReader& reader);

}  // namespace lexgraph::storage
