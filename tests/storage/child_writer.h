// A writer in another process, for the RocksDB tests: the test binary runs
// itself (fork + exec of /proc/self/exe) with a hidden test case that opens
// the store and applies WorkloadBatch(seq) in a loop, reporting each
// acknowledged seq on a pipe. Exec, not a bare fork, so the child starts
// with no RocksDB threads inherited from the parent.
// With Durability::kAtPersist the child calls Persist after every
// kBatchesPerPersist batches and acknowledges them only then.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>

#include "storage/durability.h"

namespace lexgraph::storage::testing {

inline constexpr const char* kChildWriterTest = "storage writer child process";
inline constexpr uint32_t kBatchesPerPersist = 5;

class ChildWriter {
 public:
  // Starts the child on the store in `dir`, first batch `first_seq`.
  ChildWriter(const std::string& dir, uint32_t first_seq,
              Durability durability = Durability::kEachBatch);
  ~ChildWriter();  // kills the child if it still runs

  pid_t pid() const { return pid_; }
  // Waits up to `timeout_ms` for an ack >= seq; false on timeout or exit.
  bool WaitForAck(uint32_t seq, int timeout_ms);
  // The last acknowledged seq; 0 if none yet.
  uint32_t last_ack() const { return last_ack_; }
  // SIGKILL, reap, and read the acks that arrived before the kill.
  void Kill();

 private:
  bool ReadAcks(int timeout_ms);

  pid_t pid_ = -1;
  int ack_fd_ = -1;
  uint32_t last_ack_ = 0;
  std::string pending_;
};

// The loop the hidden test runs; reads its parameters from the environment.
void RunChildWriter();

}  // namespace lexgraph::storage::testing
