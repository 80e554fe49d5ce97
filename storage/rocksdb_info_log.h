// RocksDB's info LOG (what it tells about opens, flushes, compactions,
// errors) written by lexgraph rather than by RocksDB's own file writer.
// RocksDB's writer asserts (and Debian's library keeps its assertions) when
// a line comes after a failed one: on a full disk the ingest aborted in
// the middle of reporting the error. This log stops logging at the first
// failed write instead; the store does not depend on it.
// Internal to storage/ (rocksdb_kv.cc). Threads: Logv from any thread.
#pragma once

#include <rocksdb/env.h>

#include <memory>
#include <string>

namespace lexgraph::storage {

// Writes DIR/LOG, after renaming an existing one to DIR/LOG.old (so two
// opens' worth are kept). Null if the file cannot be created: RocksDB then
// opens its own LOG, as without this.
std::shared_ptr<rocksdb::Logger> NewStoreInfoLog(const std::string& dir);

}  // namespace lexgraph::storage
