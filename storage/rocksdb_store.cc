#include "storage/rocksdb_store.h"

#include <charconv>
#include <filesystem>

#include "storage/rocksdb_kv.h"

namespace lexgraph::storage {

namespace {

namespace fs = std::filesystem;

constexpr const char* kLockFileName = "lexgraph.lock";

// True if no table holds a record: a store that was created but never
// written, perhaps by a writer killed before it stored the schema version.
Result<bool> IsEmpty(const KvBackend& kv) {
  bool empty = true;
  for (int i = 0; i < kCfCount && empty; ++i) {
    Status s = kv.Scan(static_cast<Cf>(i), "", [&](std::string_view, std::string_view) {
      return empty = false;
    });
    if (!s.ok()) return s;
  }
  return empty;
}

Status CheckVersion(const std::string& value, const std::string& dir) {
  uint32_t version = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), version);
  if (ec != std::errc() || end != value.data() + value.size()) {
    return Status::Corruption("the store at " + dir + " has a malformed schema version");
  }
  if (version == kSchemaVersion) return Status::Ok();
  return Status::NotSupported("the store at " + dir + " has schema version " +
                              std::to_string(version) + " but this lexgraph reads version " +
                              std::to_string(kSchemaVersion) +
                              (version > kSchemaVersion
                                   ? "; use a newer lexgraph"
                                   : "; ingest its files again into a new store (--db DIR)"));
}

// Refuses a store from another schema version; a writer stamps a new one.
Status CheckSchema(KvBackend* kv, const std::string& dir, bool read_only) {
  std::string value;
  Status s = kv->Get(Cf::kMeta, kSchemaVersionKey, &value);
  if (s.ok()) return CheckVersion(value, dir);
  if (!s.IsNotFound()) return s;
  auto empty = IsEmpty(*kv);
  if (!empty.ok()) return empty.status();
  if (!*empty) return Status::Corruption("the store at " + dir + " has no schema version");
  if (read_only) return Status::Ok();  // new and empty; its writer will stamp it
  return kv->Write({{Cf::kMeta, std::string(kSchemaVersionKey), std::to_string(kSchemaVersion)}});
}

Result<std::unique_ptr<StoreLock>> PrepareWriterDir(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
  return StoreLock::Acquire((fs::path(dir) / kLockFileName).string());
}

}  // namespace

RocksDbStore::RocksDbStore(std::unique_ptr<RocksDbKv> kv)
    : KvGraphStore(std::move(kv)), kv_(static_cast<RocksDbKv*>(backend())) {}

Result<std::unique_ptr<RocksDbStore>> RocksDbStore::Open(const std::string& dir,
                                                         const RocksDbOptions& options) {
  std::unique_ptr<StoreLock> lock;
  if (!options.read_only) {
    auto acquired = PrepareWriterDir(dir);
    if (!acquired.ok()) return acquired.status();
    lock = std::move(*acquired);
  }
  if (options.read_only && !fs::exists(fs::path(dir) / "CURRENT")) {
    return Status::NotFound("no store at " + dir);
  }
  RocksDbKvOptions kv_options;
  kv_options.read_only = options.read_only;
  kv_options.durability = options.durability;
  kv_options.disk_faults = options.disk_faults;
  kv_options.memtable_bytes = options.memtable_bytes;
  auto kv = OpenRocksDbKv(dir, kv_options, std::move(lock));
  if (!kv.ok()) return kv.status();
  if (Status s = CheckSchema(kv->get(), dir, options.read_only); !s.ok()) return s;
  return std::unique_ptr<RocksDbStore>(new RocksDbStore(std::move(*kv)));
}

Status RocksDbStore::CatchUp() { return kv_->CatchUp(); }

Status RocksDbStore::WriteSchemaVersionForTesting(const std::string& dir, uint32_t version) {
  auto store = Open(dir);
  if (!store.ok()) return store.status();
  return (*store)->kv_->Write(
      {{Cf::kMeta, std::string(kSchemaVersionKey), std::to_string(version)}});
}

}  // namespace lexgraph::storage
