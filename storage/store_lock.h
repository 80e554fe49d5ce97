// StoreLock: the one-writer rule across processes. An exclusive flock on
// DIR/lexgraph.lock, with the holder's pid written inside so the next
// writer can be told who holds it. The kernel drops the lock when the
// process dies, even by kill -9. Not thread-safe; one per open store.
#pragma once

#include <memory>
#include <string>

#include "base/status.h"

namespace lexgraph::storage {

class StoreLock {
 public:
  // Takes the lock at `path` (creating the file), or Busy("the store is in
  // use by process N") if another open file holds it, or IOError.
  static Result<std::unique_ptr<StoreLock>> Acquire(const std::string& path);

  ~StoreLock();  // releases the lock
  StoreLock(const StoreLock&) = delete;
  StoreLock& operator=(const StoreLock&) = delete;

 private:
  explicit StoreLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace lexgraph::storage
