#include "storage/rocksdb_kv.h"

#include <rocksdb/db.h>
#include <rocksdb/cache.h>
#include <rocksdb/env.h>
#include <rocksdb/options.h>
#include <rocksdb/table.h>
#include <rocksdb/write_buffer_manager.h>
#include <rocksdb/write_batch.h>
#include <stdlib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <shared_mutex>

#include "storage/faulty_file_system.h"
#include "storage/rocksdb_info_log.h"

namespace lexgraph::storage {

namespace {

namespace fs = std::filesystem;

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  if (s.ok()) return Status::Ok();
  std::string msg = what + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsBusy() || s.IsTryAgain() || s.IsTimedOut()) return Status::Busy(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsNoSpace()) return Status::IOError(what + ": the disk is full (" + s.ToString() + ")");
  return Status::IOError(msg);
}

std::string_view View(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Memory RocksDB may hold, whatever the size of the store or of an ingest
// (issue 4: an ingest's peak RSS stays under 500 MB). Memtables of all
// column families share one budget; when they reach it, the largest is
// flushed and writes wait for flushes rather than pile up more memtables
// (without the cap, 7 families x 64 MB x 2 grew past 500 MB when flushes
// fell behind on a loaded machine). Data blocks read back share one cache.
constexpr size_t kMemtableBudget = 128u << 20;
constexpr size_t kWriteBufferPerFamily = 32u << 20;
constexpr size_t kBlockCache = 32u << 20;

// Level-0 files of a family that start a compaction into level 1
// (RocksDB's default: 4). An ingest writes keys all over each family, so
// every level-0 -> 1 compaction rewrites nearly all of level 1: over the
// benchmark's 5,148 files the default ran 18 compactions that wrote 723 MB
// (16.4 s of CPU) to keep about 335 MB in table files; merging 10 files at
// a time, 6 compactions wrote 277 MB (6.7 s) (docs/performance.md, "Fourth
// round"). Reads are a small part of an ingest (under 1.5% of its CPU
// samples) and stay so with up to 9 more files to look into. Below
// the slowdown (20) and stop (36) triggers, which stay RocksDB's.
constexpr int kLevel0CompactionTrigger = 10;

// The per-family options every family gets: one table factory, so one
// block cache (RocksDB's default is a private 8 MB cache per family).
// Tests pass smaller memtables (RocksDbOptions::memtable_bytes).
rocksdb::ColumnFamilyOptions FamilyOptions(size_t memtable_bytes) {
  static const std::shared_ptr<rocksdb::TableFactory> table = [] {
    rocksdb::BlockBasedTableOptions t;
    t.block_cache = rocksdb::NewLRUCache(kBlockCache);
    return std::shared_ptr<rocksdb::TableFactory>(rocksdb::NewBlockBasedTableFactory(t));
  }();
  rocksdb::ColumnFamilyOptions cf;
  cf.write_buffer_size = memtable_bytes > 0 ? memtable_bytes : kWriteBufferPerFamily;
  cf.table_factory = table;
  cf.level0_file_num_compaction_trigger = kLevel0CompactionTrigger;
  return cf;
}

// Column families as RocksDB sees them; handles_[Cf] is ours.
struct Handles {
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> by_cf;
  rocksdb::ColumnFamilyHandle* Of(Cf cf) const { return by_cf[static_cast<int>(cf)]; }
};

Status GetWith(const Handles& h, const rocksdb::ReadOptions& ro, Cf cf, std::string_view key,
               std::string* value) {
  rocksdb::Status s = h.db->Get(ro, h.Of(cf), rocksdb::Slice(key.data(), key.size()), value);
  if (s.IsNotFound()) return Status::NotFound("no such key");
  return FromRocks(s, std::string("read ") + CfName(cf));
}

Status ScanWith(const Handles& h, const rocksdb::ReadOptions& ro, Cf cf, std::string_view prefix,
                const KvView::ScanFn& fn) {
  std::unique_ptr<rocksdb::Iterator> it(h.db->NewIterator(ro, h.Of(cf)));
  rocksdb::Slice start(prefix.data(), prefix.size());
  for (it->Seek(start); it->Valid() && it->key().starts_with(start); it->Next()) {
    if (!fn(View(it->key()), View(it->value()))) break;
  }
  return FromRocks(it->status(), std::string("scan ") + CfName(cf));
}

// A primary's snapshot: a RocksDB snapshot, released on destruction.
class PrimarySnapshot : public KvView {
 public:
  explicit PrimarySnapshot(const Handles& h) : h_(h) { ro_.snapshot = h_.db->GetSnapshot(); }
  ~PrimarySnapshot() override { h_.db->ReleaseSnapshot(ro_.snapshot); }
  Status Get(Cf cf, std::string_view key, std::string* value) const override {
    return GetWith(h_, ro_, cf, key, value);
  }
  Status Scan(Cf cf, std::string_view prefix, const ScanFn& fn) const override {
    return ScanWith(h_, ro_, cf, prefix, fn);
  }

 private:
  Handles h_;
  rocksdb::ReadOptions ro_;
};

// A secondary's snapshot: the secondary only changes in CatchUp, which is
// refused while this lives, so plain reads are frozen.
class SecondarySnapshot : public KvView {
 public:
  SecondarySnapshot(const Handles& h, std::atomic<int>* open) : h_(h), open_(open) { ++*open_; }
  ~SecondarySnapshot() override { --*open_; }
  Status Get(Cf cf, std::string_view key, std::string* value) const override {
    return GetWith(h_, {}, cf, key, value);
  }
  Status Scan(Cf cf, std::string_view prefix, const ScanFn& fn) const override {
    return ScanWith(h_, {}, cf, prefix, fn);
  }

 private:
  Handles h_;
  std::atomic<int>* open_;
};

class RocksDbKvImpl final : public RocksDbKv {
 public:
  RocksDbKvImpl(std::string dir, const RocksDbKvOptions& options, std::unique_ptr<StoreLock> lock)
      : lock_(std::move(lock)), dir_(std::move(dir)), options_(options) {}
  ~RocksDbKvImpl() override;

  Status Open();

  Status Get(Cf cf, std::string_view key, std::string* value) const override {
    std::shared_lock<std::shared_mutex> lock(catch_up_mu_);
    return GetWith(h_, {}, cf, key, value);
  }
  Status Scan(Cf cf, std::string_view prefix, const ScanFn& fn) const override {
    std::shared_lock<std::shared_mutex> lock(catch_up_mu_);
    return ScanWith(h_, {}, cf, prefix, fn);
  }
  Status Write(const std::vector<KvWrite>& writes) override;
  Status Persist() override;
  Result<std::unique_ptr<KvView>> NewSnapshot() const override;
  uint64_t BytesOnDisk() const override;
  Status CatchUp() override;

 private:
  std::vector<rocksdb::ColumnFamilyDescriptor> Descriptors() const;
  Status MakeSecondaryDir();

  std::unique_ptr<StoreLock> lock_;  // first member: released after the DB closes
  std::unique_ptr<rocksdb::Env> faulty_env_;  // tests only; outlives the DB
  std::string dir_;
  RocksDbKvOptions options_;
  std::string secondary_dir_;
  std::vector<rocksdb::ColumnFamilyHandle*> all_handles_;
  Handles h_;
  mutable std::shared_mutex catch_up_mu_;
  mutable std::atomic<int> open_snapshots_{0};
};

RocksDbKvImpl::~RocksDbKvImpl() {
  if (h_.db != nullptr) {
    for (auto* handle : all_handles_) h_.db->DestroyColumnFamilyHandle(handle);
    h_.db->Close().PermitUncheckedError();
    delete h_.db;
  }
  std::error_code ignored;
  if (!secondary_dir_.empty()) fs::remove_all(secondary_dir_, ignored);
}

// Ours, plus any family a newer version added (RocksDB refuses to open a
// database without naming all of them; the schema check then explains).
std::vector<rocksdb::ColumnFamilyDescriptor> RocksDbKvImpl::Descriptors() const {
  std::vector<std::string> names = {rocksdb::kDefaultColumnFamilyName};
  for (int i = 0; i < kCfCount; ++i) names.push_back(CfName(static_cast<Cf>(i)));
  std::vector<std::string> existing;
  if (rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir_, &existing).ok()) {
    for (const auto& name : existing) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& name : names) {
    descriptors.emplace_back(name, FamilyOptions(options_.memtable_bytes));
  }
  return descriptors;
}

Status RocksDbKvImpl::MakeSecondaryDir() {
  std::string pattern = (fs::temp_directory_path() / "lexgraph-reader-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return Status::IOError("cannot create a reader scratch directory in " +
                           fs::temp_directory_path().string());
  }
  secondary_dir_ = pattern;
  return Status::Ok();
}

Status RocksDbKvImpl::Open() {
  rocksdb::Options options;
  options.create_if_missing = !options_.read_only;
  options.create_missing_column_families = !options_.read_only;
  options.max_open_files = -1;  // required by secondary instances
  // Without a write-ahead log only the table files hold what was written:
  // each flush must take every family at once, or a crash would leave one
  // family ahead of another.
  options.atomic_flush = options_.durability == Durability::kAtPersist;
  options.write_buffer_manager =
      std::make_shared<rocksdb::WriteBufferManager>(kMemtableBudget, nullptr, /*allow_stall=*/true);
  if (options_.disk_faults) {
    faulty_env_ = rocksdb::NewCompositeEnv(
        NewFaultyFileSystem(rocksdb::FileSystem::Default(), options_.disk_faults));
    options.env = faulty_env_.get();
  }
  auto descriptors = Descriptors();
  rocksdb::Status s;
  if (options_.read_only) {
    if (Status made = MakeSecondaryDir(); !made.ok()) return made;
    options.info_log = NewStoreInfoLog(secondary_dir_);
    s = rocksdb::DB::OpenAsSecondary(options, dir_, secondary_dir_, descriptors, &all_handles_,
                                     &h_.db);
  } else {
    options.info_log = NewStoreInfoLog(dir_);
    s = rocksdb::DB::Open(options, dir_, descriptors, &all_handles_, &h_.db);
  }
  if (!s.ok()) return FromRocks(s, "cannot open the store at " + dir_);
  h_.by_cf.assign(all_handles_.begin() + 1, all_handles_.begin() + 1 + kCfCount);
  return Status::Ok();
}

Status RocksDbKvImpl::Write(const std::vector<KvWrite>& writes) {
  if (options_.read_only) return Status::InvalidArgument("the store is open read-only");
  // In key order per column family: the memtable's skip list then finds
  // each insert position next to the last one instead of searching from the
  // top. The sort is stable, so a delete and a put of one key keep their order.
  std::vector<const KvWrite*> sorted;
  sorted.reserve(writes.size());
  for (const KvWrite& write : writes) sorted.push_back(&write);
  std::stable_sort(sorted.begin(), sorted.end(), [](const KvWrite* a, const KvWrite* b) {
    return a->cf != b->cf ? a->cf < b->cf : a->key < b->key;
  });
  // The batch's buffer sized once: grown by doubling, a batch of a few
  // sources (MBs) was copied several times over and its pages
  // faulted in again with each copy. Per record: a tag, the family id and
  // two lengths (varints), at most 16 bytes.
  size_t bytes = 16;
  for (const KvWrite& write : writes) {
    bytes += 16 + write.key.size() + (write.value ? write.value->size() : 0);
  }
  rocksdb::WriteBatch batch(bytes);
  for (const KvWrite* write_ptr : sorted) {
    const KvWrite& write = *write_ptr;
    rocksdb::Slice key(write.key.data(), write.key.size());
    rocksdb::Status s = write.value ? batch.Put(h_.Of(write.cf), key, *write.value)
                                    : batch.Delete(h_.Of(write.cf), key);
    if (!s.ok()) return FromRocks(s, "build batch");
  }
  rocksdb::WriteOptions wo;
  wo.sync = options_.durability == Durability::kEachBatch;
  wo.disableWAL = options_.durability == Durability::kAtPersist;
  return FromRocks(h_.db->Write(wo, &batch), "write to the store at " + dir_);
}

Status RocksDbKvImpl::Persist() {
  if (options_.read_only || options_.durability != Durability::kAtPersist) return Status::Ok();
  rocksdb::FlushOptions fo;
  fo.wait = true;
  fo.allow_write_stall = true;  // flush now, even if writes must wait for it meanwhile
  return FromRocks(h_.db->Flush(fo, h_.by_cf), "save the store at " + dir_ + " to disk");
}

Result<std::unique_ptr<KvView>> RocksDbKvImpl::NewSnapshot() const {
  std::shared_lock<std::shared_mutex> lock(catch_up_mu_);
  if (options_.read_only) {
    return std::unique_ptr<KvView>(std::make_unique<SecondarySnapshot>(h_, &open_snapshots_));
  }
  return std::unique_ptr<KvView>(std::make_unique<PrimarySnapshot>(h_));
}

uint64_t RocksDbKvImpl::BytesOnDisk() const {
  uint64_t bytes = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) bytes += it->file_size(size_ec);
  }
  return bytes;
}

Status RocksDbKvImpl::CatchUp() {
  if (!options_.read_only) return Status::Ok();  // a primary is always current
  std::unique_lock<std::shared_mutex> lock(catch_up_mu_);
  if (int open = open_snapshots_.load(); open > 0) {
    return Status::Busy("cannot catch up while " + std::to_string(open) + " snapshots are open");
  }
  return FromRocks(h_.db->TryCatchUpWithPrimary(), "catch up with the writer of " + dir_);
}

}  // namespace

Result<std::unique_ptr<RocksDbKv>> OpenRocksDbKv(const std::string& dir,
                                                 const RocksDbKvOptions& options,
                                                 std::unique_ptr<StoreLock> lock) {
  auto kv = std::make_unique<RocksDbKvImpl>(dir, options, std::move(lock));
  if (Status s = kv->Open(); !s.ok()) return s;
  return std::unique_ptr<RocksDbKv>(std::move(kv));
}

}  // namespace lexgraph::storage
