// lexgraph serve [--db DIR] [--host ADDR] [--port N] [--threads N]: the web
// page (web/) and the JSON API (app/serve_api.h, docs/serve.md) over a
// store opened read-only, so an ingest may run beside it. Listens on
// 127.0.0.1:8765 by default; --port 0 takes any free port. Prints
// "lexgraph: serving http://HOST:PORT/" once listening, then answers until
// SIGINT or SIGTERM (exit 0). Exit 2 for bad usage or a port that cannot be
// bound. A store that does not exist yet is not an error: the API answers
// 503 until the first ingest.
#include <signal.h>

#include <charconv>
#include <cstdio>
#include <thread>

#include "app/bounded_server.h"
#include "app/commands.h"
#include "app/serve_api.h"
#include "app/serve_http.h"
#include "app/store_options.h"
#include "web/assets.h"

namespace lexgraph::app {
namespace {

struct Options {
  std::string host = "127.0.0.1";
  int port = 8765;
  int threads = 16;
};

Result<int> ParseInt(const std::string& flag, const std::string& v, int min, int max) {
  int n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < min || n > max) {
    return Status::InvalidArgument(flag + ": expected a number from " + std::to_string(min) + " to " +
                                   std::to_string(max) + ", not '" + v + "'");
  }
  return n;
}

Result<Options> Parse(const Args& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a != "--host" && a != "--port" && a != "--threads") return Status::InvalidArgument("serve: unknown argument " + a);
    if (i + 1 == args.size()) return Status::InvalidArgument(a + " needs a value");
    const std::string& v = args[++i];
    if (a == "--host") {
      o.host = v;
      continue;
    }
    Result<int> n = a == "--port" ? ParseInt(a, v, 0, 65535) : ParseInt(a, v, 1, 256);
    if (!n.ok()) return n.status();
    (a == "--port" ? o.port : o.threads) = *n;
  }
  return o;
}

// The embedded page; any other path is a JSON 404 (no file is ever read).
void ServeAsset(const httplib::Request& req, httplib::Response& res) {
  const web::WebAsset* asset = web::FindWebAsset(req.path);
  if (asset == nullptr) return SendError(res, {404, "no such page"});
  res.set_header("Cache-Control", "no-cache");
  res.set_content(asset->bytes.data(), asset->bytes.size(), std::string(asset->content_type).c_str());
}

std::string Reason(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "no such page";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "request line too long";
    default: return "HTTP error " + std::to_string(status);
  }
}

// Errors the handlers did not word (no route, a request httplib refused
// while reading it) become {"error": …} too.
httplib::Server::HandlerResponse WordError(const httplib::Request&, httplib::Response& res) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
  SendError(res, {res.status, Reason(res.status)});
  return httplib::Server::HandlerResponse::Handled;
}

void Configure(httplib::Server& server, const Options& o) {
  int threads = o.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  server.set_payload_max_length(kMaxBodyBytes);
  server.set_keep_alive_timeout(5);
  server.set_keep_alive_max_count(1000);
  server.set_default_headers({{"X-Content-Type-Options", "nosniff"}});
  server.set_error_handler(httplib::Server::HandlerWithResponse(WordError));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    SendError(res, {500, what});
  });
}

// SIGINT and SIGTERM stop the server from a thread of their own (blocked
// in every other thread), so stop() is never called inside a handler.
std::thread StopOnSignal(httplib::Server& server) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return std::thread([&server, set] {
    int sig = 0;
    sigwait(&set, &sig);
    server.stop();
  });
}

}  // namespace

int RunServe(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  signal(SIGPIPE, SIG_IGN);  // a client or `dot` gone away is an error value, not a signal

  ServedStore store(*dir, std::chrono::milliseconds(1000));
  RequestBounds bounds;
  bounds.header_bytes = kMaxHeaderBytes;
  bounds.body_bytes = kMaxBodyBytes;
  bounds.request_time = kRequestTime;
  bounds.io_timeout = kIoTimeout;
  BoundedServer server(bounds);
  Configure(server, *opts);
  AddDocumentRoutes(server, store);
  AddListRoutes(server, store);
  AddSourceRoutes(server, store);
  server.Get(".*", ServeAsset);

  int port = opts->port == 0 ? server.bind_to_any_port(opts->host) : opts->port;
  if (port < 0 || (opts->port != 0 && !server.bind_to_port(opts->host, port))) {
    return UsageError("serve: cannot listen on " + opts->host + ":" + std::to_string(opts->port));
  }
  std::thread stopper = StopOnSignal(server);
  std::printf("lexgraph: serving %s at http://%s:%d/\n", dir->c_str(), opts->host.c_str(), port);
  std::fflush(stdout);
  bool ok = server.listen_after_bind();
  if (stopper.joinable()) {
    pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
  return ok ? 0 : UsageError("serve: the server stopped on an error");
}

}  // namespace lexgraph::app
