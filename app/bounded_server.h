// The HTTP server of `lexgraph serve`: httplib's routing and parsing, with
// each connection read through a ClientStream (app/client_stream.h), so a
// request head, a body and a request's time are bounded before httplib
// reads a byte. A head past its bounds gets its 4xx here, as JSON like every
// other error ({"error": MESSAGE}), and the connection is closed:
//   414 a request line over request_line_bytes,
//   431 headers over header_bytes together,
//   408 a head not whole within request_time.
// Keep-alive as httplib's settings say (set_keep_alive_max_count,
// set_keep_alive_timeout). Thread-safe as httplib::Server is.
#pragma once

#include <httplib.h>

#include "app/client_stream.h"

namespace lexgraph::app {

class BoundedServer final : public httplib::Server {
 public:
  explicit BoundedServer(const RequestBounds& bounds) : bounds_(bounds) {}

 private:
  // httplib calls this on a worker for each accepted connection (a private
  // virtual of httplib::Server: overriding it is how a connection's reading
  // is replaced; requests are still parsed and routed by process_request).
  bool process_and_close_socket(socket_t sock) override;
  // The connection's requests, until it closes, idles, or is refused.
  bool Serve(socket_t sock);

  RequestBounds bounds_;
};

}  // namespace lexgraph::app
