#include "app/bounded_server.h"

#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace lexgraph::app {
namespace {

// After a refusal, what the client still sends is read and dropped for this
// long and this much at most, so that closing does not reset the connection
// before the client reads the answer.
constexpr std::chrono::milliseconds kDrainTime{2'000};
constexpr size_t kDrainBytes = 4 << 20;

// The answer to a head ClientStream would not take; "" for kClosed.
std::string Refusal(ClientStream::Head head, const RequestBounds& bounds) {
  int status = 0;
  const char* reason = "";
  std::string message;
  switch (head) {
    case ClientStream::Head::kLineTooLong:
      status = 414, reason = "URI Too Long";
      message = "request line over " + std::to_string(bounds.request_line_bytes) + " bytes";
      break;
    case ClientStream::Head::kHeadersTooLarge:
      status = 431, reason = "Request Header Fields Too Large";
      message = "request headers over " + std::to_string(bounds.header_bytes) + " bytes together";
      break;
    case ClientStream::Head::kTooSlow:
      status = 408, reason = "Request Timeout";
      message = "the request did not arrive within " + std::to_string(bounds.request_time.count() / 1000) + " s";
      break;
    case ClientStream::Head::kComplete:
    case ClientStream::Head::kClosed:
      return "";
  }
  std::string body = "{\"error\":" + nlohmann::json(message).dump() + "}";
  return "HTTP/1.1 " + std::to_string(status) + " " + reason +
         "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n\r\n" + body;
}

}  // namespace

bool BoundedServer::process_and_close_socket(socket_t sock) {
  bool ok = Serve(sock);
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

bool BoundedServer::Serve(socket_t sock) {
  ClientStream stream(sock, bounds_);
  auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
  bool ok = false;
  for (size_t left = keep_alive_max_count_; left > 0; --left) {
    if (!stream.WaitForRequest(std::chrono::seconds(keep_alive_timeout_sec_), stopping)) break;
    ClientStream::Head head = stream.ReadHead();
    if (head == ClientStream::Head::kClosed) break;
    if (head != ClientStream::Head::kComplete) {
      std::string answer = Refusal(head, bounds_);
      for (size_t sent = 0; sent < answer.size();) {
        ssize_t n = stream.write(answer.data() + sent, answer.size() - sent);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
      }
      stream.Drain(kDrainTime, kDrainBytes);
      return false;
    }
    bool closed = false;
    ok = process_request(stream, left == 1, closed, nullptr);
    if (stream.cut()) {
      stream.Drain(kDrainTime, kDrainBytes);  // the rest of an over-long body
      break;
    }
    if (!ok || closed) break;
  }
  return ok;
}

}  // namespace lexgraph::app
