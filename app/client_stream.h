// One client connection of `lexgraph serve`, as the httplib::Stream its
// parser reads, with the bounds httplib 0.11 does not keep itself: it reads a
// request line or a header line whole, however long, before it checks its
// length, and its timeout is per read, so a client trickling bytes holds a
// worker for ever. Here the whole request head (request line and headers) is
// read into a buffer first, within fixed byte and time bounds, and only then
// handed to httplib; the body that follows is capped too.
//
// Use, per request on a kept-alive connection: WaitForRequest, then ReadHead;
// on Head::kComplete let httplib read the request from this stream (read()
// gives the buffered head, then the body). Not thread-safe: one connection,
// one worker thread.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace lexgraph::app {

struct RequestBounds {
  size_t request_line_bytes = 8192;  // httplib's own limit on the target (414 past it)
  size_t header_bytes = 64 * 1024;   // every header line together, after the request line (431)
  size_t body_bytes = 64 * 1024;     // read past the head; more is left unread (413 from httplib)
  // From a request's first byte to the end of its body (408 past it).
  std::chrono::milliseconds request_time{10'000};
  // Each wait for the socket to take or give bytes.
  std::chrono::milliseconds io_timeout{5'000};
};

class ClientStream final : public httplib::Stream {
 public:
  // Why ReadHead stopped.
  enum class Head {
    kComplete,        // a whole head is buffered
    kClosed,          // the client closed or reset the connection
    kLineTooLong,     // no line end within request_line_bytes
    kHeadersTooLarge, // no blank line within header_bytes after the request line
    kTooSlow,         // request_time passed before the head was whole
  };

  // Takes the connected socket `sock`; does not close it (the caller does).
  ClientStream(int sock, const RequestBounds& bounds);

  // Waits up to `idle` for the next request's first byte, checking `stop`
  // every 100 ms (true: give up). True when a byte (or the client's close)
  // is there to read.
  bool WaitForRequest(std::chrono::milliseconds idle, const std::function<bool()>& stop);

  // Buffers the next request's head and starts its clock (request_time) and
  // its body allowance. Reads at most request_line_bytes + header_bytes + one
  // read's worth, whatever the client sends.
  Head ReadHead();

  // True once this request's body reads stopped at body_bytes or at its
  // deadline: the rest of what the client sent was left unread, so the
  // connection cannot carry another request.
  bool cut() const { return cut_; }

  // Reads and drops what the client still sends, for at most `time` and
  // `bytes`, after a refusal was written and the sending side shut: closing
  // a socket with unread bytes resets the connection, and the client would
  // lose the answer. Bounded, so it costs no memory and little time.
  void Drain(std::chrono::milliseconds time, size_t bytes);

  // httplib::Stream. read() gives the buffered head first, then at most
  // body_bytes from the socket, each wait bounded by io_timeout and the
  // request's deadline (-1 past them, 0 past the body allowance).
  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return sock_; }

 private:
  using Clock = std::chrono::steady_clock;

  // Waits until the socket is readable (POLLIN) or writable, at most until
  // `until`. False on timeout or error.
  bool Wait(short events, Clock::time_point until) const;
  // Looks for the end of the head at the start of buf_ (one past its blank
  // line): kComplete, or kLineTooLong / kHeadersTooLarge when it cannot end
  // within the bounds, or nothing when more bytes are needed.
  std::optional<Head> FindHeadEnd();

  int sock_;
  RequestBounds bounds_;
  std::string buf_;       // bytes read from the socket and not yet given out
  size_t pos_ = 0;        // the first of them not yet given out
  size_t scanned_ = 0;    // while reading a head: buf_[0, scanned_) holds no head end
  size_t line_end_ = 0;   // while reading a head: one past the request line's '\n', or 0
  size_t body_left_ = 0;  // bytes the current request may still read from the socket
  Clock::time_point deadline_{};
  bool cut_ = false;
};

}  // namespace lexgraph::app
