#include "queries/lint.h"

#include <nlohmann/json.hpp>

#include "engine/analyze.h"

namespace lexgraph {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

Result<std::vector<Finding>> LintSource(std::string_view bytes, const std::string& path) {
  Result<SourceAnalysis> a = AnalyzeSource(bytes, path);
  if (!a.ok()) return a.status();
  return std::move(a->findings);
}

std::string FindingJsonLine(const Finding& f) {
  const Evidence& e = f.evidence;
  json j = {{"source", e.source},         {"start", e.span.start},
            {"end", e.span.end},          {"code", OrNull(f.code)},
            {"kind", f.kind},             {"severity", f.severity},
            {"message", f.message},       {"suggestion", OrNull(f.suggestion)},
            {"section", OrNull(e.section)}, {"footnote", e.footnote ? json(*e.footnote) : json(nullptr)},
            {"document", OrNull(f.doc_key)}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string FindingTextLine(const Finding& f) {
  std::string line = f.evidence.source + ":" + std::to_string(f.evidence.span.start) + ": " +
                     f.severity + " " + f.kind + " " + f.code + ": " + f.message;
  if (!f.suggestion.empty()) line += " (suggest: " + f.suggestion + ")";
  return line;
}

}  // namespace lexgraph
