// The ordered key-value layer under the graph stores: a few tables (column
// families) of byte-string keys, prefix scans, atomic multi-table writes and
// snapshots. Implemented by RocksDB (rocksdb_kv.cc) and by a std::map
// (memory_store.cc). Internal to storage/.
// Threads: every method may be called from any thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "storage/key_format.h"

namespace lexgraph::storage {

// One put (value set) or delete (no value).
struct KvWrite {
  Cf cf;
  std::string key;
  std::optional<std::string> value;
};

class KvView {
 public:
  // Return false to stop the scan.
  using ScanFn = std::function<bool(std::string_view key, std::string_view value)>;

  virtual ~KvView() = default;
  // Sets *value; NotFound if the key is absent.
  virtual Status Get(Cf cf, std::string_view key, std::string* value) const = 0;
  // Calls fn on every key that starts with `prefix`, in byte order.
  virtual Status Scan(Cf cf, std::string_view prefix, const ScanFn& fn) const = 0;
};

class KvBackend : public KvView {
 public:
  // Applies the writes, all or none; durable on OK or at the next Persist,
  // as the backend was opened. Writes of one key apply in their order;
  // writes of different keys may be reordered.
  virtual Status Write(const std::vector<KvWrite>& writes) = 0;
  // Makes every write so far durable (GraphStore::Persist).
  virtual Status Persist() { return Status::Ok(); }
  // A view that does not see later writes. REQUIRES: it dies before *this.
  virtual Result<std::unique_ptr<KvView>> NewSnapshot() const = 0;
  virtual uint64_t BytesOnDisk() const = 0;
};

}  // namespace lexgraph::storage
