// The RocksDB file system that carries out a DiskFaults plan: every file it
// opens for writing is wrapped so that its appends, flushes and syncs ask
// the plan first. Internal to storage/ (rocksdb_kv.cc installs it when
// RocksDbOptions::disk_faults is set); reads, renames and deletes pass
// through untouched.
#pragma once

#include <rocksdb/file_system.h>

#include <memory>

#include "storage/disk_faults.h"

namespace lexgraph::storage {

// `base` does the real work; `faults` must be non-null.
std::shared_ptr<rocksdb::FileSystem> NewFaultyFileSystem(std::shared_ptr<rocksdb::FileSystem> base,
                                                         std::shared_ptr<DiskFaults> faults);

}  // namespace lexgraph::storage
