#include "app/serve_http.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace lexgraph::app {

ApiError FromStatus(const Status& status) {
  switch (status.code()) {
    case Status::Code::kInvalidArgument:
      return {400, status.message()};
    case Status::Code::kNotFound:
      return {404, status.message()};
    case Status::Code::kBusy:
    case Status::Code::kNotSupported:
      return {503, status.message()};
    default:
      return {500, status.message()};
  }
}

void SendJson(httplib::Response& res, std::string body) {
  res.status = 200;
  res.set_content(std::move(body), "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, const ApiError& error, const std::string& more) {
  // The message may quote what was typed: dump() must not throw on bad bytes.
  std::string message = nlohmann::json(error.message).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  res.status = error.status;
  res.set_content("{\"error\":" + message + (more.empty() ? "" : "," + more) + "}",
                  "application/json; charset=utf-8");
}

std::optional<ApiError> ReadParam(const httplib::Request& req, const char* name, bool required,
                                  std::string* out) {
  out->clear();
  if (req.has_param(name)) *out = req.get_param_value(name);
  if (out->empty()) {
    if (!required) return std::nullopt;
    return ApiError{400, std::string("parameter '") + name + "' is required"};
  }
  if (out->size() > kMaxParamBytes) {
    return ApiError{413, std::string("parameter '") + name + "' is " + std::to_string(out->size()) +
                             " bytes long; at most " + std::to_string(kMaxParamBytes)};
  }
  if (size_t bad = FirstInvalidUtf8(*out); bad != std::string::npos) {
    return ApiError{400, std::string("parameter '") + name + "': invalid UTF-8 at byte " + std::to_string(bad)};
  }
  return std::nullopt;
}

std::optional<ApiError> ReadNumber(const httplib::Request& req, const char* name, long min, long max,
                                   long fallback, long* out) {
  std::string text;
  if (auto e = ReadParam(req, name, false, &text)) return e;
  if (text.empty()) {
    *out = fallback;
    return std::nullopt;
  }
  long value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return ApiError{400, std::string("parameter '") + name + "': expected a whole number from " +
                             std::to_string(min) + " to " + std::to_string(max) + ", not '" + text + "'"};
  }
  *out = value;
  return std::nullopt;
}

std::optional<ApiError> ReadPage(const httplib::Request& req, Page* out) {
  long limit = 0, offset = 0;
  if (auto e = ReadNumber(req, "limit", 1, kMaxLimit, kDefaultLimit, &limit)) return e;
  if (auto e = ReadNumber(req, "offset", 0, 1L << 40, 0, &offset)) return e;
  out->limit = static_cast<size_t>(limit);
  out->offset = static_cast<size_t>(offset);
  return std::nullopt;
}

std::string PagedJson(const std::string& head, const std::vector<std::string>& items, const Page& page) {
  std::string out = "{" + head + (head.empty() ? "" : ",") + "\"items\":[";
  size_t end = std::min(items.size(), page.offset + page.limit);
  for (size_t i = page.offset; i < end; ++i) {
    if (i > page.offset) out += ",";
    out += items[i];
  }
  out += "],\"total\":" + std::to_string(items.size()) + ",\"offset\":" + std::to_string(page.offset) +
         ",\"limit\":" + std::to_string(page.limit) + "}";
  return out;
}

}  // namespace lexgraph::app
