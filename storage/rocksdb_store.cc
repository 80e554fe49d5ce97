#include "storage/rocksdb_store.h"

#include <charconv>
#include <filesystem>

#include "storage/rocksdb_kv.h"

namespace lexgraph::storage {

namespace {

namespace fs = std::filesystem;

constexpr const char* kLockFileName = "lexgraph.lock";

// Writes the version into a new store; refuses a store from a newer build.
Status CheckSchema(KvBackend* kv, const std::string& dir, bool fresh) {
  std::string value;
  Status s = kv->Get(Cf::kMeta, kSchemaVersionKey, &value);
  if (s.IsNotFound() && fresh) {
    return kv->Write({{Cf::kMeta, std::string(kSchemaVersionKey), std::to_string(kSchemaVersion)}});
  }
  if (s.IsNotFound()) return Status::Corruption("the store at " + dir + " has no schema version");
  if (!s.ok()) return s;
  uint32_t version = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), version);
  if (ec != std::errc() || end != value.data() + value.size()) {
    return Status::Corruption("the store at " + dir + " has a malformed schema version");
  }
  if (version != kSchemaVersion) {
    return Status::NotSupported("the store at " + dir + " has schema version " +
                                std::to_string(version) + " but this lexgraph reads version " +
                                std::to_string(kSchemaVersion) +
                                (version > kSchemaVersion ? "; use a newer lexgraph" : ""));
  }
  return Status::Ok();
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
  bool fresh = !fs::exists(fs::path(dir) / "CURRENT");
  if (fresh && options.read_only) return Status::NotFound("no store at " + dir);
  auto kv = OpenRocksDbKv(dir, {options.read_only, options.sync}, std::move(lock));
  if (!kv.ok()) return kv.status();
  if (Status s = CheckSchema(kv->get(), dir, fresh); !s.ok()) return s;
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
