// RocksDbKv: the KvBackend on RocksDB, one column family per Cf. Internal
// to storage/; no RocksDB type appears here (rocksdb_kv.cc holds them).
// A writer opens the database as its primary; a reader opens it as a
// secondary instance with a private scratch directory, which works while a
// writer in another process holds the primary.
#pragma once

#include <memory>
#include <string>

#include "storage/disk_faults.h"
#include "storage/durability.h"
#include "storage/kv.h"
#include "storage/store_lock.h"

namespace lexgraph::storage {

class RocksDbKv : public KvBackend {
 public:
  // Readers only: replays the writer's latest batches into this view. Busy
  // while snapshots of this reader are open (a secondary instance has no
  // RocksDB snapshots; an open snapshot pins the view by holding back
  // catch-up instead).
  virtual Status CatchUp() = 0;
};

struct RocksDbKvOptions {
  bool read_only = false;
  Durability durability = Durability::kEachBatch;  // as RocksDbOptions
  std::shared_ptr<DiskFaults> disk_faults;         // tests only, as RocksDbOptions
  size_t memtable_bytes = 0;                       // 0: kWriteBufferPerFamily
};

// Opens or creates the database in `dir`. A writer passes the StoreLock it
// holds; the backend keeps it until the database is closed.
Result<std::unique_ptr<RocksDbKv>> OpenRocksDbKv(const std::string& dir,
                                                 const RocksDbKvOptions& options,
                                                 std::unique_ptr<StoreLock> lock);

}  // namespace lexgraph::storage
