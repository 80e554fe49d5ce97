#include "tests/storage/child_writer.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <vector>

#include "storage/rocksdb_store.h"
#include "tests/storage/store_test_util.h"

extern char** environ;

namespace lexgraph::storage::testing {

namespace {
constexpr const char* kDirVar = "LEXGRAPH_CHILD_DIR";
constexpr const char* kFdVar = "LEXGRAPH_CHILD_ACK_FD";
constexpr const char* kSeqVar = "LEXGRAPH_CHILD_FIRST_SEQ";
constexpr const char* kAtPersistVar = "LEXGRAPH_CHILD_AT_PERSIST";  // "1": Durability::kAtPersist
constexpr int kChildLifetimeSeconds = 20;  // a safety net if the parent dies
}  // namespace

ChildWriter::ChildWriter(const std::string& dir, uint32_t first_seq, Durability durability) {
  int fds[2];
  if (pipe(fds) != 0) return;
  fcntl(fds[0], F_SETFD, FD_CLOEXEC);
  // Build argv and envp before fork: the child only calls exec.
  std::vector<std::string> env_strings = {
      std::string(kDirVar) + "=" + dir, std::string(kFdVar) + "=" + std::to_string(fds[1]),
      std::string(kSeqVar) + "=" + std::to_string(first_seq),
      std::string(kAtPersistVar) + "=" + (durability == Durability::kAtPersist ? "1" : "0")};
  std::vector<char*> envp;
  for (auto& s : env_strings) envp.push_back(s.data());
  for (char** e = environ; *e != nullptr; ++e) envp.push_back(*e);
  envp.push_back(nullptr);
  std::string exe = "/proc/self/exe", name = kChildWriterTest, out = "-o", null = "/dev/null";
  char* argv[] = {exe.data(), name.data(), out.data(), null.data(), nullptr};
  pid_ = fork();
  if (pid_ == 0) {
    execve(exe.c_str(), argv, envp.data());
    _exit(127);
  }
  close(fds[1]);
  ack_fd_ = fds[0];
}

ChildWriter::~ChildWriter() {
  if (pid_ > 0) Kill();
  if (ack_fd_ >= 0) close(ack_fd_);
}

bool ChildWriter::ReadAcks(int timeout_ms) {
  pollfd pfd{ack_fd_, POLLIN, 0};
  if (poll(&pfd, 1, timeout_ms) <= 0) return false;
  char buf[4096];
  ssize_t n = read(ack_fd_, buf, sizeof(buf));
  if (n <= 0) return false;  // EOF: the child is gone
  pending_.append(buf, static_cast<size_t>(n));
  size_t newline;
  while ((newline = pending_.find('\n')) != std::string::npos) {
    last_ack_ = static_cast<uint32_t>(std::stoul(pending_.substr(0, newline)));
    pending_.erase(0, newline + 1);
  }
  return true;
}

bool ChildWriter::WaitForAck(uint32_t seq, int timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (last_ack_ < seq) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || !ReadAcks(static_cast<int>(left.count()))) return last_ack_ >= seq;
  }
  return true;
}

void ChildWriter::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
  while (ReadAcks(0)) {
  }
}

void RunChildWriter() {
  const char* dir = std::getenv(kDirVar);
  const char* fd_text = std::getenv(kFdVar);
  const char* seq_text = std::getenv(kSeqVar);
  if (dir == nullptr || fd_text == nullptr || seq_text == nullptr) std::_Exit(2);
  int fd = std::atoi(fd_text);
  const char* at_persist = std::getenv(kAtPersistVar);
  RocksDbOptions options;
  if (at_persist != nullptr && std::string(at_persist) == "1") {
    options.durability = Durability::kAtPersist;
  }
  auto store = RocksDbStore::Open(dir, options);
  if (!store.ok()) std::_Exit(3);
  auto stop = std::chrono::steady_clock::now() + std::chrono::seconds(kChildLifetimeSeconds);
  const uint32_t first = static_cast<uint32_t>(std::atol(seq_text));
  for (uint32_t seq = first; std::chrono::steady_clock::now() < stop; ++seq) {
    if (!(*store)->Apply(WorkloadBatch(seq)).ok()) std::_Exit(4);
    if (options.durability == Durability::kAtPersist) {
      if ((seq - first + 1) % kBatchesPerPersist != 0) continue;
      if (!(*store)->Persist().ok()) std::_Exit(6);
    }
    std::string ack = std::to_string(seq) + "\n";  // durable: acknowledged
    if (write(fd, ack.data(), ack.size()) != static_cast<ssize_t>(ack.size())) std::_Exit(5);
  }
  std::_Exit(0);
}

}  // namespace lexgraph::storage::testing
