// RocksDbStore: the GraphStore on disk (RocksDB, column families laid out
// in docs/storage-format.md). A crash never keeps half of a batch, nor
// loses one that was durable (RocksDbOptions::durability says when).
//
// Processes: one writer per directory, enforced by DIR/lexgraph.lock (a
// second writer gets Busy naming the holder's pid). Any number of readers
// (read_only) may run beside the writer; a reader sees the store as of its
// Open and moves forward only when it calls CatchUp().
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "storage/disk_faults.h"
#include "storage/durability.h"
#include "storage/kv_graph_store.h"

namespace lexgraph::storage {

class RocksDbKv;

struct RocksDbOptions {
  bool read_only = false;  // open as a reader; Apply then fails
  Durability durability = Durability::kEachBatch;
  // Tests only (issue 9, fault injection): RocksDB's file writes follow this
  // plan (storage/disk_faults.h), and memtables of `memtable_bytes` (0: the
  // normal 32 MB a column family) make a small ingest flush in the
  // background. No command sets either.
  std::shared_ptr<DiskFaults> disk_faults;
  size_t memtable_bytes = 0;
};

class RocksDbStore final : public KvGraphStore {
 public:
  // Opens the store in `dir`; a writer creates the directory and the store
  // on first use. Errors: Busy (another writer), NotFound (a reader and no
  // store), NotSupported (written by a newer lexgraph: schema version too
  // high), Corruption, IOError.
  // A write that fails (a full disk, an I/O error; also in one of RocksDB's
  // background flushes) makes Apply return IOError ("the disk is full" for
  // the first): its batch is not visible, and what was applied before stays.
  // After an I/O error or a failed flush every later Apply fails until the
  // store is reopened; after a full disk RocksDB may take writes again once
  // it recovered. A batch whose WAL sync failed may still show up after
  // reopening, whole (tests/engine/ingest_disk_faults_test.cc).
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
