// Shared helpers for the storage tests: temporary directories, the store
// factories the contract suite runs against, a deterministic workload and a
// text dump that makes two stores comparable.
#pragma once

#include <memory>
#include <string>

#include "storage/graph_store.h"
#include "storage/write_batch.h"

namespace lexgraph::storage::testing {

// A fresh directory under the temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The two implementations the contract suite holds to one behaviour.
struct MemoryFactory {
  MemoryFactory();
  std::unique_ptr<GraphStore> store;
};

struct RocksDbFactory {
  RocksDbFactory();
  TempDir dir;
  std::unique_ptr<GraphStore> store;
};

// Every record of the store, one line each, in key order.
std::string Dump(const GraphReader& reader);

// A batch replacing `source` with a source node that mentions each of
// `docs` (put as document nodes, indexed by "by_code" under their id).
WriteBatch CitingBatch(const std::string& source, const std::vector<std::string>& docs,
                       const std::string& hash = "h1");

// The crash and reader tests' writer: batch `seq` replaces source
// "src:<seq % kWorkloadSources>" (content hash = seq) and links documents
// drawn from a shared pool, so sources overlap.
inline constexpr uint32_t kWorkloadSources = 4;
WriteBatch WorkloadBatch(uint32_t seq);
std::string WorkloadSource(uint32_t seq);

}  // namespace lexgraph::storage::testing
