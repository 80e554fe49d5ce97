// The HTTP side of `lexgraph serve` (docs/serve.md): answers as JSON,
// errors as {"error": MESSAGE} with their status, and the checked reading of
// query parameters: every text parameter at most kMaxParamBytes and valid
// UTF-8, pages of at most kMaxLimit items. Pure helpers; thread-safe.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"

namespace lexgraph::app {

inline constexpr size_t kMaxParamBytes = 1024;        // a reference, a name, words
inline constexpr size_t kMaxHeaderBytes = 64 * 1024;  // all request headers together (431)
inline constexpr size_t kMaxBodyBytes = 64 * 1024;    // no endpoint reads a body (413)
// A request, head and body, from its first byte (408), and each wait for a
// client to send or take bytes (app/client_stream.h).
inline constexpr std::chrono::seconds kRequestTime{10};
inline constexpr std::chrono::seconds kIoTimeout{5};
inline constexpr size_t kDefaultLimit = 100;
inline constexpr size_t kMaxLimit = 1000;
// How long a query that reads every document's facts (search by words, the
// review list) may run before it answers with what it has, "complete": false.
inline constexpr std::chrono::seconds kScanBudget{2};

// Why a request cannot be answered: the HTTP status and the message.
struct ApiError {
  int status = 500;
  std::string message;
};

// The status of a query's error: InvalidArgument 400, NotFound 404,
// Busy/NotSupported (store being created, newer schema) 503, others 500.
ApiError FromStatus(const Status& status);

// Sets `body` as the answer with the JSON content type (status 200).
void SendJson(httplib::Response& res, std::string body);

// {"error": MESSAGE} (plus the members of `more`, a JSON object's inside
// without braces, e.g. "\"suggestions\":[…]") with `error.status`.
void SendError(httplib::Response& res, const ApiError& error, const std::string& more = "");

// Parameter `name`: "" when absent and not `required`. Errors: 400 when a
// required one is missing or empty, or the bytes are not UTF-8 (naming the
// byte offset); 413 when longer than kMaxParamBytes.
std::optional<ApiError> ReadParam(const httplib::Request& req, const char* name, bool required,
                                  std::string* out);

// A whole number in [min, max] from parameter `name`, `fallback` when
// absent; 400 otherwise.
std::optional<ApiError> ReadNumber(const httplib::Request& req, const char* name, long min, long max,
                                   long fallback, long* out);

// limit (1..kMaxLimit, default kDefaultLimit) and offset (>= 0).
struct Page {
  size_t offset = 0, limit = kDefaultLimit;
};
std::optional<ApiError> ReadPage(const httplib::Request& req, Page* out);

// {"items":[ITEMS[offset, offset+limit)],"total":N,"offset":O,"limit":L}
// (`items` are JSON texts), with `head` (a JSON object's inside without
// braces, may be "") before "items".
std::string PagedJson(const std::string& head, const std::vector<std::string>& items, const Page& page);

}  // namespace lexgraph::app
