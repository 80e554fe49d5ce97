// DiskFaults: a plan of failing file writes under the RocksDB store, for
// fault-injection tests only (issue 9, item 4). Where FaultyStore fails a
// whole Apply, this fails one write of one file inside RocksDB: a WAL
// append, a table file written by a background flush, a MANIFEST sync.
// Installed through RocksDbOptions::disk_faults; a store opened without it
// (every real use) never pays for it.
//
// A counted write is one Append, PositionedAppend, Flush, Sync or Fsync of a
// file RocksDB opened for writing (WAL, table, MANIFEST, OPTIONS, CURRENT's
// temporary). The failing write is told apart by its kind:
//   kIoError  writes nothing and fails with an I/O error (EIO);
//   kNoSpace  a full disk: an append stores the first half of its bytes,
//             as write(2) does when the disk fills mid-way, then fails with
//             RocksDB's NoSpace; a flush or sync just fails.
// Threads: every method may be called from any thread (RocksDB writes from
// its background threads).
#pragma once

#include <cstdint>
#include <mutex>
#include <string>

namespace lexgraph::storage {

enum class DiskFault { kIoError, kNoSpace };

class DiskFaults {
 public:
  // Fails the nth counted write from now (1 = the next one); with `sticky`
  // every write after it fails too (the disk stays full). 0 disarms. Resets
  // writes_seen() and faults_fired().
  void FailWrite(uint64_t nth, DiskFault kind = DiskFault::kIoError, bool sticky = false);

  // Counts (and fails) only writes to files whose name ends with `suffix`:
  // ".log" for the WAL, ".sst" for what flushes and compactions write.
  // Empty (the default): every file.
  void OnlyFilesEndingWith(std::string suffix);

  uint64_t writes_seen() const;   // counted writes since the last FailWrite
  uint64_t faults_fired() const;  // writes failed since the last FailWrite
  // "Sync of /store/000012.log" for the first write that failed; empty if none.
  std::string first_fault() const;

  // For the file system wrapper: counts a write of `op` on `file` and says
  // whether it must fail (and how).
  struct Verdict {
    bool fail = false;
    DiskFault kind = DiskFault::kIoError;
  };
  Verdict OnWrite(const std::string& file, const char* op);

 private:
  mutable std::mutex mu_;
  uint64_t seen_ = 0;
  uint64_t fail_at_ = 0;  // 0 = never
  bool sticky_ = false;
  DiskFault kind_ = DiskFault::kIoError;
  std::string suffix_;
  uint64_t fired_ = 0;
  std::string first_fault_;
};

}  // namespace lexgraph::storage
