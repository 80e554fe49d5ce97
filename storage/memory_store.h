// MemoryStore: a GraphStore held in memory, for tests. It uses the same
// key layout and batch logic as the RocksDB store over sorted maps, so the
// contract tests hold both to one behaviour. Nothing persists.
// Threads: as GraphStore; a snapshot shares the maps it saw (copy on write).
#pragma once

#include "storage/kv_graph_store.h"

namespace lexgraph::storage {

class MemoryStore final : public KvGraphStore {
 public:
  MemoryStore();

  // Raw access to the key-value tables, for tests that must corrupt a
  // store on purpose (verify_graph tests).
  KvBackend* kv_for_testing() const { return backend(); }
};

}  // namespace lexgraph::storage
