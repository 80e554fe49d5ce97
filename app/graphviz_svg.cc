#include "app/graphviz_svg.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

extern char** environ;

namespace lexgraph::app {
namespace {

struct Pipe {
  int fd[2] = {-1, -1};
  ~Pipe() {
    for (int f : fd) {
      if (f >= 0) close(f);
    }
  }
  void Close(int i) {
    if (fd[i] >= 0) close(fd[i]);
    fd[i] = -1;
  }
};

}  // namespace

Result<std::string> DotToSvg(std::string_view dot, std::chrono::milliseconds timeout, size_t max_bytes) {
  Pipe in, out;
  if (pipe2(in.fd, O_CLOEXEC) != 0 || pipe2(out.fd, O_CLOEXEC) != 0) return Status::IOError("dot: no pipe");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.fd[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  char arg0[] = "dot", arg1[] = "-Tsvg";
  char* argv[] = {arg0, arg1, nullptr};
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, "dot", &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return Status::NotFound("dot (Graphviz) is not installed");
  in.Close(0);
  out.Close(1);
  fcntl(in.fd[1], F_SETFL, O_NONBLOCK);

  // Write the DOT and read the SVG at once: a large graph fills both pipes.
  auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string svg;
  size_t written = 0;
  if (dot.empty()) in.Close(1);
  std::string failure;
  while (out.fd[0] >= 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      failure = "dot: took longer than " + std::to_string(timeout.count()) + " ms";
      break;
    }
    pollfd fds[2] = {{out.fd[0], POLLIN, 0}, {in.fd[1], POLLOUT, 0}};
    int n = poll(fds, in.fd[1] >= 0 ? 2 : 1, static_cast<int>(left.count()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      failure = "dot: poll failed";
      break;
    }
    if (in.fd[1] >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t w = write(in.fd[1], dot.data() + written, dot.size() - written);
      if (w > 0) written += static_cast<size_t>(w);
      if (w < 0 && errno != EAGAIN) written = dot.size();  // dot closed its input: read what it says
      if (written == dot.size()) in.Close(1);
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      char buf[16384];
      ssize_t r = read(out.fd[0], buf, sizeof buf);
      if (r > 0) svg.append(buf, static_cast<size_t>(r));
      if (r == 0) out.Close(0);
      if (r < 0 && errno != EINTR && errno != EAGAIN) out.Close(0);
      if (svg.size() > max_bytes) {
        failure = "dot: the picture is larger than " + std::to_string(max_bytes) + " bytes";
        break;
      }
    }
  }
  if (!failure.empty()) kill(pid, SIGKILL);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  if (!failure.empty()) return Status::IOError(failure);
  if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) return Status::IOError("dot -Tsvg failed on the lineage");
  return svg;
}

}  // namespace lexgraph::app
