#include "storage/store_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace lexgraph::storage {

namespace {

std::string ErrnoText(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

// The pid the holder wrote, or "" if it has not written it yet.
std::string ReadHolder(int fd) {
  char buf[32] = {};
  ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
  std::string text(buf, n > 0 ? static_cast<size_t>(n) : 0);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

Status BusyStatus(int fd) {
  // The holder writes its pid just after taking the lock; give it a moment.
  std::string holder;
  for (int attempt = 0; attempt < 5 && holder.empty(); ++attempt) {
    holder = ReadHolder(fd);
    if (holder.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (holder.empty()) return Status::Busy("the store is in use by another process");
  return Status::Busy("the store is in use by process " + holder);
}

}  // namespace

Result<std::unique_ptr<StoreLock>> StoreLock::Acquire(const std::string& path) {
  // O_CLOEXEC: a child we exec must not inherit (and so share) the lock.
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Status::IOError(ErrnoText("cannot open lock file", path));
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    Status s = errno == EWOULDBLOCK ? BusyStatus(fd)
                                    : Status::IOError(ErrnoText("cannot lock", path));
    close(fd);
    return s;
  }
  std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) != 0 ||
      pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
    Status s = Status::IOError(ErrnoText("cannot write pid to", path));
    close(fd);
    return s;
  }
  return std::unique_ptr<StoreLock>(new StoreLock(fd));
}

StoreLock::~StoreLock() { close(fd_); }

}  // namespace lexgraph::storage
