// Where the store is and how a command opens it (../shared/docs/cli.md,
// "The store"): `--db DIR`, else $LEXGRAPH_DB, else $XDG_DATA_HOME/lexgraph,
// else ~/.local/share/lexgraph. Writers (ingest) take the store's lock;
// readers (docs, stats, export, check) open beside a running writer.
#pragma once

#include <memory>
#include <string>

#include "app/commands.h"
#include "base/status.h"
#include "storage/rocksdb_store.h"

namespace lexgraph::app {

// Removes "--db DIR" (or "--db=DIR") from `args` and returns the store's
// directory. InvalidArgument if --db has no value or no default exists.
Result<std::string> TakeStoreDir(Args& args);

// Opens the store in `dir`: as the one writer, or as a reader.
Result<std::unique_ptr<storage::RocksDbStore>> OpenStore(const std::string& dir, bool writer);

// What a query command reads: the store opened as a reader and a snapshot
// of it, frozen when opened. Members in this order, so the snapshot goes
// before the store it reads.
struct ReadView {
  std::unique_ptr<storage::RocksDbStore> store;
  std::unique_ptr<storage::GraphReader> snapshot;
  const storage::GraphReader& reader() const { return *snapshot; }
};

// Opens the store in `dir` as a reader and takes its snapshot. Errors: as
// OpenStore, or a snapshot that cannot be taken (both for StoreUnavailable).
Result<ReadView> OpenReadView(const std::string& dir);

// Prints "lexgraph: cannot open the store at DIR: REASON" and returns 3.
int StoreUnavailable(const std::string& dir, const Status& status);

}  // namespace lexgraph::app
