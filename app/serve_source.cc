// /api/source?source=PATH&start=N&end=M: the paragraph of an ingested
// source around the span [N, M) (a mention's head, from its card), split in
// three so the page can mark the span. The store keeps no text, only the
// source's path and content hash: the file is read again from that path
// (relative paths from the server's working directory) and must still
// hash the same, so the offsets still point where they pointed at ingest.
// Only a path the store lists as a source is ever read.
#include <nlohmann/json.hpp>

#include "app/file_reader.h"
#include "formats/convert.h"
#include "app/serve_api.h"
#include "app/serve_http.h"
#include "engine/content_hash.h"
#include "engine/graph_ids.h"

namespace lexgraph::app {
namespace {

constexpr size_t kMaxContext = 3000;  // bytes on each side of the span, at most

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The paragraph's first byte: after the blank line before `at`, at most
// kMaxContext before it (then at a line start if there is one, never inside
// a UTF-8 sequence).
size_t ParagraphStart(const std::string& text, size_t at) {
  size_t floor = at > kMaxContext ? at - kMaxContext : 0;
  size_t blank = at >= 2 ? text.rfind("\n\n", at - 2) : std::string::npos;
  if (blank != std::string::npos && blank + 2 >= floor) return blank + 2;
  if (floor == 0) return 0;
  size_t line = text.find('\n', floor);
  if (line != std::string::npos && line < at) return line + 1;
  while (floor < at && IsContinuation(text[floor])) ++floor;
  return floor;
}

size_t ParagraphEnd(const std::string& text, size_t at) {
  size_t ceiling = std::min(text.size(), at + kMaxContext);
  size_t blank = text.find("\n\n", at);
  if (blank != std::string::npos && blank <= ceiling) return blank;
  if (ceiling == text.size()) return ceiling;
  size_t line = text.rfind('\n', ceiling);
  if (line != std::string::npos && line > at) return line;
  while (ceiling > at && IsContinuation(text[ceiling])) --ceiling;
  return ceiling;
}

void Source(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  std::string path;
  long start = 0, end = 0;
  if (auto e = ReadParam(req, "source", true, &path)) return SendError(res, *e);
  if (auto e = ReadNumber(req, "start", 0, long{1} << 40, 0, &start)) return SendError(res, *e);
  if (auto e = ReadNumber(req, "end", 0, long{1} << 40, 0, &end)) return SendError(res, *e);
  if (end < start) return SendError(res, {400, "'end' is before 'start'"});
  auto view = ViewOrFail(store, res);
  if (!view) return;
  Result<storage::SourceInfo> info = view->reader().GetSource(SourceId(path));
  if (!info.ok()) {
    if (info.status().IsNotFound()) return SendError(res, {404, "'" + path + "' is no source of the store"});
    return SendError(res, FromStatus(info.status()));
  }
  Result<std::string> bytes = ReadInput(info->path);
  if (!bytes.ok()) return SendError(res, {404, bytes.status().message()});
  if (ContentHash(*bytes) != info->content_hash) {
    return SendError(res, {409, "'" + path + "' changed since it was ingested; ingest it again"});
  }
  // Spans are offsets into the text read from the file (a DOCX, PDF or HTML
  // file converted, docs/formats.md), as ingest read it.
  Result<formats::PlainText> doc = formats::ToPlainText(std::move(*bytes), info->path);
  if (!doc.ok()) return SendError(res, {404, doc.status().message()});
  const std::string* text = &doc->text;
  size_t s = static_cast<size_t>(start), e = static_cast<size_t>(end);
  if (e > text->size() || (s < text->size() && IsContinuation((*text)[s])) ||
      (e < text->size() && IsContinuation((*text)[e]))) {
    return SendError(res, {400, "the span " + std::to_string(s) + ".." + std::to_string(e) +
                                    " is not on character boundaries of '" + path + "' (" +
                                    std::to_string(text->size()) + " bytes)"});
  }
  size_t from = ParagraphStart(*text, s), to = ParagraphEnd(*text, e);
  nlohmann::json out = {{"source", info->path},
                        {"start", s},
                        {"end", e},
                        {"paragraph_start", from},
                        {"paragraph_end", to},
                        {"before", text->substr(from, s - from)},
                        {"mark", text->substr(s, e - s)},
                        {"after", text->substr(e, to - e)}};
  SendJson(res, out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

void AddSourceRoutes(httplib::Server& server, ServedStore& store) {
  server.Get("/api/source", [&store](const httplib::Request& q, httplib::Response& r) { Source(store, q, r); });
}

}  // namespace lexgraph::app
