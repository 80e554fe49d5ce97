#include "app/store_options.h"

#include <cstdio>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace lexgraph::app {
namespace {

constexpr int kCreateRetries = 20;

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::string(v) : fallback;
}

}  // namespace

Result<std::string> TakeStoreDir(Args& args) {
  std::string dir;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--db") {
      if (i + 1 == args.size()) return Status::InvalidArgument("--db needs a directory");
      dir = args[i + 1];
      args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
      --i;
    } else if (args[i].starts_with("--db=")) {
      dir = args[i].substr(5);
      args.erase(args.begin() + static_cast<long>(i));
      --i;
    }
  }
  if (!dir.empty()) return dir;
  dir = EnvOr("LEXGRAPH_DB", "");
  if (!dir.empty()) return dir;
  std::string data = EnvOr("XDG_DATA_HOME", "");
  if (!data.empty()) return data + "/lexgraph";
  std::string home = EnvOr("HOME", "");
  if (home.empty()) return Status::InvalidArgument("no store: give --db DIR or set LEXGRAPH_DB");
  return home + "/.local/share/lexgraph";
}

Result<std::unique_ptr<storage::RocksDbStore>> OpenStore(const std::string& dir, bool writer) {
  storage::RocksDbOptions options;
  options.read_only = !writer;
  // The one writer is lexgraph ingest, which persists as it goes and counts
  // a file as stored only then (engine/ingest.h): without a write-ahead log
  // an ingest takes about a seventh less time.
  options.durability = storage::Durability::kAtPersist;
  Result<std::unique_ptr<storage::RocksDbStore>> store = storage::RocksDbStore::Open(dir, options);
  // A reader may come while the first writer is still creating the store
  // (its column families not all there yet): that settles within moments.
  for (int retry = 0; !writer && !store.ok() && retry < kCreateRetries; ++retry) {
    Status::Code c = store.status().code();
    if (c == Status::Code::kNotFound || c == Status::Code::kNotSupported) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    store = storage::RocksDbStore::Open(dir, options);
  }
  // A store whose first writer was killed while creating it has no column
  // families yet: to a reader that is no store (the next ingest completes it).
  bool half_created = !store.ok() && store.status().message().find("Column family not found") !=
                                         std::string::npos;
  if (!writer && (half_created || (!store.ok() && store.status().IsNotFound()))) {
    return Status::NotFound("no store there yet (lexgraph ingest creates it)");
  }
  return store;
}

Result<ReadView> OpenReadView(const std::string& dir) {
  Result<std::unique_ptr<storage::RocksDbStore>> store = OpenStore(dir, /*writer=*/false);
  if (!store.ok()) return store.status();
  ReadView view;
  view.store = std::move(*store);
  Result<std::unique_ptr<storage::GraphReader>> snapshot = view.store->Snapshot();
  if (!snapshot.ok()) return snapshot.status();
  view.snapshot = std::move(*snapshot);
  return view;
}

int StoreUnavailable(const std::string& dir, const Status& status) {
  const std::string& why = status.message();
  if (why.find(dir) != std::string::npos) {
    std::fprintf(stderr, "lexgraph: %s\n", why.c_str());
  } else {
    std::fprintf(stderr, "lexgraph: cannot open the store at %s: %s\n", dir.c_str(), why.c_str());
  }
  return 3;
}

}  // namespace lexgraph::app
