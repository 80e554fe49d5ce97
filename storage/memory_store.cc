#include "storage/memory_store.h"

#include <array>
#include <map>
#include <mutex>

namespace lexgraph::storage {

namespace {

using Table = std::map<std::string, std::string, std::less<>>;
using Tables = std::array<Table, kCfCount>;

// A frozen set of tables; Get and Scan read it without locks.
class FrozenView : public KvView {
 public:
  explicit FrozenView(std::shared_ptr<const Tables> tables) : tables_(std::move(tables)) {}

  Status Get(Cf cf, std::string_view key, std::string* value) const override {
    return GetFrom(*tables_, cf, key, value);
  }
  Status Scan(Cf cf, std::string_view prefix, const ScanFn& fn) const override {
    return ScanIn(*tables_, cf, prefix, fn);
  }

  static Status GetFrom(const Tables& tables, Cf cf, std::string_view key, std::string* value) {
    const Table& table = tables[static_cast<int>(cf)];
    auto it = table.find(key);
    if (it == table.end()) return Status::NotFound("no such key");
    *value = it->second;
    return Status::Ok();
  }

  static Status ScanIn(const Tables& tables, Cf cf, std::string_view prefix, const ScanFn& fn) {
    const Table& table = tables[static_cast<int>(cf)];
    for (auto it = table.lower_bound(prefix); it != table.end(); ++it) {
      if (it->first.compare(0, prefix.size(), prefix) != 0) break;
      if (!fn(it->first, it->second)) break;
    }
    return Status::Ok();
  }

 private:
  std::shared_ptr<const Tables> tables_;
};

// Each write copies the tables and swaps them in: O(size) per batch, which
// is fine for tests and makes snapshots free.
class MemoryKv : public KvBackend {
 public:
  Status Get(Cf cf, std::string_view key, std::string* value) const override {
    return FrozenView::GetFrom(*Current(), cf, key, value);
  }
  Status Scan(Cf cf, std::string_view prefix, const ScanFn& fn) const override {
    auto tables = Current();  // keeps this version alive during the scan
    return FrozenView::ScanIn(*tables, cf, prefix, fn);
  }

  Status Write(const std::vector<KvWrite>& writes) override {
    auto next = std::make_shared<Tables>(*Current());
    for (const KvWrite& write : writes) {
      Table& table = (*next)[static_cast<int>(write.cf)];
      if (write.value) {
        table[write.key] = *write.value;
      } else {
        table.erase(write.key);
      }
    }
    std::lock_guard<std::mutex> lock(mu_);
    tables_ = std::move(next);
    return Status::Ok();
  }

  Result<std::unique_ptr<KvView>> NewSnapshot() const override {
    return std::unique_ptr<KvView>(std::make_unique<FrozenView>(Current()));
  }

  uint64_t BytesOnDisk() const override {
    uint64_t bytes = 0;
    for (const Table& table : *Current()) {
      for (const auto& [key, value] : table) bytes += key.size() + value.size();
    }
    return bytes;
  }

 private:
  std::shared_ptr<const Tables> Current() const {
    std::lock_guard<std::mutex> lock(mu_);
    return tables_;
  }

  mutable std::mutex mu_;
  std::shared_ptr<const Tables> tables_ = std::make_shared<const Tables>();
};

}  // namespace

MemoryStore::MemoryStore() : KvGraphStore(std::make_unique<MemoryKv>()) {}

}  // namespace lexgraph::storage
