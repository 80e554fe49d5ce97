// The values the renderings of queries/ share, so a document, a piece of
// evidence or an unknown value reads the same in docs, show, lineage, deps
// and export. JSON objects here are nlohmann::json (keys in sorted order).
// Internal to queries/ and the server (app/serve_*.cc), which answers
// with the same shapes. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "engine/analysis.h"
#include "queries/documents.h"

namespace lexgraph {

// null for an unknown value (cli.md: "Unknown values are null, never invented").
inline nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}
inline nlohmann::json OrNull(const std::optional<int>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// "report.md" for "/archive/2020/report.md".
inline std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A document's facts as the object `docs` starts with (id, code, type, …, term).
nlohmann::json DocumentFactsJson(const std::string& id, const DocumentFacts& facts);

// "62-KL/TW@X  Kết luận · 2009-12-08 · Bộ Chính trị · khóa X", then each
// part of `more` after a " · "; empty parts are left out.
std::string DocumentFactsLine(const std::string& key, const DocumentFacts& facts,
                              const std::vector<std::string>& more = {});

// The object of DocumentJsonLine (documents.h), for renderings that add to it.
nlohmann::json DocumentJson(const DocumentRow& row);

// {"source","section","footnote","start","end","text"}
nlohmann::json EvidenceJson(const Evidence& evidence);

}  // namespace lexgraph
