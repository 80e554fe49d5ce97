#include "app/client_stream.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

namespace lexgraph::app {
namespace {

constexpr size_t kReadChunk = 16 * 1024;

// The numeric address and port of `addr`; "" and 0 for a family other than
// IPv4 and IPv6.
void AddressOf(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  ip.clear();
  port = 0;
  if (addr.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(addr);
    if (inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text) != nullptr) ip = text;
    port = ntohs(v4.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(addr);
    if (inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text) != nullptr) ip = text;
    port = ntohs(v6.sin6_port);
  }
}

}  // namespace

ClientStream::ClientStream(int sock, const RequestBounds& bounds) : sock_(sock), bounds_(bounds) {}

bool ClientStream::Wait(short events, Clock::time_point until) const {
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
    if (left < 0) return false;
    pollfd p{sock_, events, 0};
    int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 60'000)));
    if (n > 0) return true;
    if (n < 0 && errno != EINTR) return false;
  }
}

bool ClientStream::WaitForRequest(std::chrono::milliseconds idle, const std::function<bool()>& stop) {
  if (pos_ < buf_.size()) return true;
  Clock::time_point until = Clock::now() + idle;
  while (!stop()) {
    Clock::time_point slice = std::min(until, Clock::now() + std::chrono::milliseconds(100));
    if (Wait(POLLIN, slice)) return true;
    if (Clock::now() >= until) return false;
  }
  return false;
}

std::optional<ClientStream::Head> ClientStream::FindHeadEnd() {
  if (line_end_ == 0) {
    size_t nl = buf_.find('\n', scanned_);
    if (nl == std::string::npos) {
      if (buf_.size() >= bounds_.request_line_bytes) return Head::kLineTooLong;
      scanned_ = buf_.size();
      return std::nullopt;
    }
    if (nl + 1 > bounds_.request_line_bytes) return Head::kLineTooLong;  // httplib counts the "\r\n"
    line_end_ = nl + 1;
    scanned_ = nl;  // the request line's own '\n' may open the blank line
  }
  // The head ends at a '\n' followed by "\n" or "\r\n".
  size_t nl = buf_.find('\n', scanned_);
  for (; nl != std::string::npos; nl = buf_.find('\n', nl + 1)) {
    size_t next = nl + 1;
    if (next < buf_.size() && buf_[next] == '\r') ++next;
    if (next >= buf_.size()) break;  // undecided until more bytes come
    if (buf_[next] == '\n') return Head::kComplete;
  }
  scanned_ = nl == std::string::npos ? buf_.size() : nl;
  if (buf_.size() - line_end_ > bounds_.header_bytes) return Head::kHeadersTooLarge;
  return std::nullopt;
}

ClientStream::Head ClientStream::ReadHead() {
  buf_.erase(0, pos_);
  pos_ = 0;
  scanned_ = 0;
  line_end_ = 0;
  cut_ = false;
  body_left_ = bounds_.body_bytes;
  deadline_ = Clock::now() + bounds_.request_time;
  char chunk[kReadChunk];
  for (;;) {
    if (std::optional<Head> head = FindHeadEnd()) return *head;
    if (!Wait(POLLIN, deadline_)) return Clock::now() >= deadline_ ? Head::kTooSlow : Head::kClosed;
    ssize_t n = ::recv(sock_, chunk, sizeof chunk, 0);
    if (n > 0) {
      buf_.append(chunk, static_cast<size_t>(n));
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
      return Head::kClosed;
    }
  }
}

void ClientStream::Drain(std::chrono::milliseconds time, size_t bytes) {
  ::shutdown(sock_, SHUT_WR);
  Clock::time_point until = Clock::now() + time;
  char chunk[kReadChunk];
  size_t dropped = 0;
  while (dropped < bytes && Wait(POLLIN, until)) {
    ssize_t n = ::recv(sock_, chunk, std::min(sizeof chunk, bytes - dropped), 0);
    if (n > 0) {
      dropped += static_cast<size_t>(n);
    } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
      return;
    }
  }
}

bool ClientStream::is_readable() const {
  return pos_ < buf_.size() || Wait(POLLIN, std::min(deadline_, Clock::now() + bounds_.io_timeout));
}

bool ClientStream::is_writable() const { return Wait(POLLOUT, Clock::now() + bounds_.io_timeout); }

ssize_t ClientStream::read(char* ptr, size_t size) {
  if (pos_ < buf_.size()) {
    size_t n = std::min(size, buf_.size() - pos_);
    std::memcpy(ptr, buf_.data() + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  if (body_left_ == 0) {
    cut_ = true;
    return 0;
  }
  if (!Wait(POLLIN, std::min(deadline_, Clock::now() + bounds_.io_timeout))) {
    if (Clock::now() >= deadline_) cut_ = true;
    return -1;
  }
  ssize_t n = ::recv(sock_, ptr, std::min(size, body_left_), 0);
  if (n > 0) body_left_ -= static_cast<size_t>(n);
  return n;
}

ssize_t ClientStream::write(const char* ptr, size_t size) {
  if (!is_writable()) return -1;
  return ::send(sock_, ptr, size, MSG_NOSIGNAL);
}

void ClientStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) addr.ss_family = AF_UNSPEC;
  AddressOf(addr, ip, port);
}

void ClientStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) addr.ss_family = AF_UNSPEC;
  AddressOf(addr, ip, port);
}

}  // namespace lexgraph::app
