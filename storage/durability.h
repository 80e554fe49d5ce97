// Durability: when a batch the RocksDB store applied can no longer be lost.
// Shared by the store's options (rocksdb_store.h) and its backend.
#pragma once

namespace lexgraph::storage {

// When an applied batch is durable: what a crash of the process or of the
// machine cannot take away.
enum class Durability {
  // Apply returns once the batch is synced to RocksDB's write-ahead log.
  kEachBatch,
  // In the write-ahead log, not synced: a crash of the machine (not of the
  // process) may lose the last batches, each whole. Tests and
  // bench/make_query_store.
  kUnsynced,
  // No write-ahead log: batches are durable once Persist returns OK or the
  // store is closed; until then they live in memory, and a crash loses
  // those applied since the last Persist, each whole. Every flush writes
  // all column families at once (RocksDB's atomic flush), so what a crash
  // leaves is the store as of one batch. lexgraph ingest (engine/ingest.h).
  kAtPersist,
};

}  // namespace lexgraph::storage
