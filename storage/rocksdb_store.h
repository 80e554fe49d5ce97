// RocksDbStore: the GraphStore on disk (RocksDB, column families laid out
// in docs/storage-format.md). Every batch is synced before Apply returns,
// so a crash never loses an acknowledged batch nor keeps half of one.
//
// Processes: one writer per directory, enforced by DIR/lexgraph.lock (a
// second writer gets Busy naming the holder's pid). Any number of readers
// (read_only) may run beside the writer; a reader sees the store as of its
// Open and moves forward only when it calls CatchUp().
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "storage/kv_graph_store.h"

namespace lexgraph::storage {

class RocksDbKv;

struct RocksDbOptions {
  bool read_only = false;  // open as a reader; Apply then fails
  bool sync = true;        // fsync each batch; only tests and bench/make_query_store turn this off
};

class RocksDbStore final : public KvGraphStore {
 public:
  // Opens the store in `dir`; a writer creates the directory and the store
  // on first use. Errors: Busy (another writer), NotFound (a reader and no
  // store), NotSupported (written by a newer lexgraph: schema version too
  // high), Corruption, IOError.
  static Result<std::unique_ptr<RocksDbStore>> Open(const std::string& dir,
                                                    const RocksDbOptions& options = {});

  // Readers: see the batches the writer applied since Open or the last
  // CatchUp. Busy while snapshots of this reader are open. Writers: no-op.
  Status CatchUp();

  // Tests only: overwrites the stored schema version (opens as writer).
  static Status WriteSchemaVersionForTesting(const std::string& dir, uint32_t version);

 private:
  explicit RocksDbStore(std::unique_ptr<RocksDbKv> kv);
  RocksDbKv* kv_;  // owned by the base class
};

}  // namespace lexgraph::storage
