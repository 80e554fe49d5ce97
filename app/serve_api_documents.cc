// /api/search, /api/show, /api/lineage, /api/deps: one document, found as a
// person types it, with its card, its lineage (JSON or an SVG drawn by
// Graphviz) and the documents a task depends on.
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

#include "app/graphviz_svg.h"
#include "app/serve_api.h"
#include "app/serve_http.h"
#include "queries/document_card.h"
#include "queries/fold_name.h"
#include "queries/reference.h"
#include "queries/render_deps.h"
#include "queries/render_lineage.h"
#include "queries/render_values.h"

namespace lexgraph::app {
namespace {

constexpr size_t kMaxLineageNodes = 2000;  // a JSON lineage; the picture draws fewer
constexpr size_t kMaxPictureNodes = 300;
constexpr size_t kMaxSvgBytes = 8 << 20;
constexpr auto kDotTimeout = std::chrono::seconds(5);

std::string HitJson(const DocumentHit& hit) { return DocumentFactsJson(hit.id, hit.facts).dump(); }

std::string HitList(const std::vector<DocumentHit>& hits) {
  std::string out = "[";
  for (size_t i = 0; i < hits.size(); ++i) out += (i ? "," : "") + HitJson(hits[i]);
  return out + "]";
}

// True iff every word of `words` is in the folded text of the document.
bool HasWords(const DocumentFacts& f, const std::vector<std::string>& words) {
  std::string text = FoldName(f.code + " " + f.type + " " + f.type_code + " " + f.subject + " " + f.title +
                              " " + f.issuer + " " + f.key);
  for (const std::string& w : words) {
    if (text.find(w) == std::string::npos) return false;
  }
  return true;
}

std::vector<std::string> FoldedWords(const std::string& q) {
  std::vector<std::string> words;
  std::istringstream in(FoldName(q));
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// A reference that resolves gives its documents, then come the documents
// whose code, type, subject or title hold every word typed (a scan of the
// documents in id order, within kScanBudget: "complete" says whether it
// read them all), and the reference's suggestions when nothing matched.
void Search(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  std::string q;
  Page page;
  if (auto e = ReadParam(req, "q", true, &q)) return SendError(res, *e);
  if (auto e = ReadPage(req, &page)) return SendError(res, *e);
  auto view = ViewOrFail(store, res);
  if (!view) return;
  std::vector<DocumentHit> suggestions;
  std::vector<std::string> items;
  std::set<std::string> seen;
  if (Result<Reference> ref = ParseReference(q); ref.ok()) {
    Result<Resolution> found = ResolveReference(view->reader(), *ref);
    if (!found.ok()) return SendError(res, FromStatus(found.status()));
    for (const DocumentHit& h : found->matches) {
      if (seen.insert(h.id).second) items.push_back(HitJson(h));
    }
    suggestions = found->suggestions;
  }
  std::vector<std::string> words = FoldedWords(q);
  bool complete = true;
  if (!words.empty()) {
    auto deadline = std::chrono::steady_clock::now() + kScanBudget;
    size_t visited = 0;
    Status s = ForEachDocument(view->reader(), [&](const std::string& id, DocumentFacts&& facts) {
      if (!seen.contains(id) && HasWords(facts, words)) {
        seen.insert(id);
        items.push_back(DocumentFactsJson(id, facts).dump());
      }
      if (++visited % 256 == 0 && std::chrono::steady_clock::now() > deadline) complete = false;
      return complete;
    });
    if (!s.ok()) return SendError(res, FromStatus(s));
  }
  if (!items.empty()) suggestions.clear();
  std::string head = "\"query\":" + nlohmann::json(q).dump() + ",\"complete\":" + (complete ? "true" : "false") +
                     ",\"suggestions\":" + HitList(suggestions);
  SendJson(res, PagedJson(head, items, page));
}

// The one document `ref` names, or the error answered: 400 unreadable,
// 404 unknown (with suggestions), 409 ambiguous (with the candidates).
std::optional<DocumentHit> FindOrFail(const ReadView& view, const std::string& ref, httplib::Response& res) {
  ReferenceOutcome found = FindDocument(view.reader(), ref);
  if (found.document) return found.document;
  const Resolution& r = found.resolution;
  if (found.exit_code == 2) {
    SendError(res, {400, found.message});
  } else if (found.exit_code == 3) {
    SendError(res, {500, found.message});
  } else if (r.matches.size() > 1) {
    SendError(res, {409, "'" + ref + "' names several documents"}, "\"candidates\":" + HitList(r.matches));
  } else {
    SendError(res, {404, "'" + ref + "': no such document in the store"},
              "\"suggestions\":" + HitList(r.suggestions));
  }
  return std::nullopt;
}

void Show(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  std::string ref;
  if (auto e = ReadParam(req, "ref", true, &ref)) return SendError(res, *e);
  auto view = ViewOrFail(store, res);
  if (!view) return;
  std::optional<DocumentHit> doc = FindOrFail(*view, ref, res);
  if (!doc) return;
  Result<DocumentCard> card = LoadCard(view->reader(), doc->id);
  if (!card.ok()) return SendError(res, FromStatus(card.status()));
  SendJson(res, CardJson(*card));
}

std::optional<ApiError> ReadDirection(const httplib::Request& req, LineageDirection* out) {
  std::string d;
  if (auto e = ReadParam(req, "direction", false, &d)) return e;
  if (d.empty() || d == "up") {
    *out = LineageDirection::kUp;
  } else if (d == "down") {
    *out = LineageDirection::kDown;
  } else if (d == "both") {
    *out = LineageDirection::kBoth;
  } else {
    return ApiError{400, "parameter 'direction': up, down or both, not '" + d + "'"};
  }
  return std::nullopt;
}

// The DOT of the lineage with every node a link to its card on the page
// (Graphviz expands \N to the node's name: its document id).
std::string LinkedDot(const Lineage& lineage, Status* status) {
  std::ostringstream dot;
  *status = WriteLineageDot(lineage, dot);
  std::string text = dot.str();
  size_t brace = text.find('{');
  if (brace != std::string::npos) {
    text.insert(brace + 1, "\nnode [URL=\"/#doc=\\N\", target=\"_top\", fontname=\"sans-serif\"];\n"
                           "edge [fontname=\"sans-serif\", fontsize=10];\n");
  }
  return text;
}

void LineageRoute(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  std::string ref, format;
  LineageOptions walk;
  long depth = 0;
  if (auto e = ReadParam(req, "ref", true, &ref)) return SendError(res, *e);
  if (auto e = ReadParam(req, "format", false, &format)) return SendError(res, *e);
  if (auto e = ReadDirection(req, &walk.direction)) return SendError(res, *e);
  if (auto e = ReadNumber(req, "depth", 0, 100, 0, &depth)) return SendError(res, *e);
  if (!format.empty() && format != "json" && format != "svg") {
    return SendError(res, {400, "parameter 'format': json or svg, not '" + format + "'"});
  }
  walk.depth = static_cast<int>(depth);
  size_t most = format == "svg" ? kMaxPictureNodes : kMaxLineageNodes;
  walk.max_nodes = most + 1;  // one past the most shown: the walk stops as soon as it is too big
  auto view = ViewOrFail(store, res);
  if (!view) return;
  std::optional<DocumentHit> doc = FindOrFail(*view, ref, res);
  if (!doc) return;
  Result<Lineage> lineage = WalkLineage(view->reader(), doc->id, walk);
  if (!lineage.ok()) return SendError(res, FromStatus(lineage.status()));
  if (lineage->truncated || lineage->nodes.size() > most) {
    return SendError(res, {413, "the lineage holds more than " + std::to_string(most) +
                                    " documents, the most shown here: ask with a smaller depth"});
  }
  if (format != "svg") return SendJson(res, LineageJson(*lineage, walk.direction));
  Status written;
  std::string dot = LinkedDot(*lineage, &written);
  if (!written.ok()) return SendError(res, {500, written.message()});
  Result<std::string> svg = DotToSvg(dot, kDotTimeout, kMaxSvgBytes);
  if (!svg.ok()) return SendError(res, {svg.status().IsNotFound() ? 503 : 500, svg.status().message()});
  res.set_content(std::move(*svg), "image/svg+xml; charset=utf-8");
}

void Deps(ServedStore& store, const httplib::Request& req, httplib::Response& res) {
  std::string task;
  long depth = 0;
  Page page;
  if (auto e = ReadParam(req, "task", true, &task)) return SendError(res, *e);
  if (auto e = ReadNumber(req, "depth", 0, 100, 0, &depth)) return SendError(res, *e);
  if (auto e = ReadPage(req, &page)) return SendError(res, *e);
  auto view = ViewOrFail(store, res);
  if (!view) return;
  Result<std::vector<TaskMatch>> tasks = FindTasks(view->reader(), task);
  if (!tasks.ok()) return SendError(res, FromStatus(tasks.status()));
  if (tasks->empty()) return SendError(res, {404, "no task or section '" + task + "' in the store"});
  LineageOptions lineage;
  lineage.depth = static_cast<int>(depth);
  std::vector<std::string> items(tasks->size());
  size_t end = std::min(tasks->size(), page.offset + page.limit);
  for (size_t i = page.offset; i < end; ++i) {  // only the page's tasks are walked
    Result<TaskDependencies> d = DependenciesOf(view->reader(), (*tasks)[i], lineage);
    if (!d.ok()) return SendError(res, FromStatus(d.status()));
    items[i] = DepsJson(*d);
  }
  SendJson(res, PagedJson("\"task\":" + nlohmann::json(task).dump(), items, page));
}

}  // namespace

std::shared_ptr<const ReadView> ViewOrFail(ServedStore& store, httplib::Response& res) {
  Result<std::shared_ptr<const ReadView>> view = store.Current();
  if (view.ok()) return *view;
  ApiError e = FromStatus(view.status());
  if (e.status == 404 || e.status == 500) e.status = 503;  // the store, not the request
  SendError(res, e);
  return nullptr;
}

void AddDocumentRoutes(httplib::Server& server, ServedStore& store) {
  server.Get("/api/search", [&store](const httplib::Request& q, httplib::Response& r) { Search(store, q, r); });
  server.Get("/api/show", [&store](const httplib::Request& q, httplib::Response& r) { Show(store, q, r); });
  server.Get("/api/lineage",
             [&store](const httplib::Request& q, httplib::Response& r) { LineageRoute(store, q, r); });
  server.Get("/api/deps", [&store](const httplib::Request& q, httplib::Response& r) { Deps(store, q, r); });
}

}  // namespace lexgraph::app
