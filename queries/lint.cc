#include "queries/lint.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "engine/analyze.h"
#include "engine/findings.h"
#include "engine/graph_ids.h"
#include "engine/graph_writer.h"
#include "engine/records.h"
#include "engine/resolve.h"
#include "queries/render_values.h"

namespace lexgraph {
namespace {

using nlohmann::json;

// A dated mention of a document the archive records with other dates only.
Status CheckAgainstArchive(SourceAnalysis& a, const storage::GraphReader& archive) {
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const AnalyzedMention& am = a.mentions[i];
    if (am.doc_key.empty() || !am.mention.date) continue;
    Result<storage::Node> node = archive.GetNode(DocumentId(am.doc_key));
    if (!node.ok()) {
      if (node.status().IsNotFound()) continue;
      return node.status();
    }
    Result<DocumentFacts> stored = DecodeDocument(node->props);
    if (!stored.ok() || stored->dates.empty()) continue;
    const std::vector<Date>& dates = stored->dates;
    if (std::find(dates.begin(), dates.end(), *am.mention.date) != dates.end()) continue;
    a.findings.push_back(FindingAt(a, i, "two-dates", "warning",
                                   am.doc_key + " is dated " + am.mention.date->Iso() +
                                       " here and " + dates.front().Iso() + " in the archive",
                                   dates.front().Iso()));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Finding>> LintSource(std::string_view bytes, const std::string& path,
                                        const storage::GraphReader* archive) {
  Result<SourceAnalysis> a = AnalyzeSource(bytes, path);
  if (!a.ok()) return a.status();
  if (archive != nullptr) {
    GraphWriter known(*archive);  // its KnownDocuments side only: nothing is written
    ResolveAcrossStore(*a, known);
    if (Status s = CheckAgainstArchive(*a, *archive); !s.ok()) return s;
    std::stable_sort(a->findings.begin(), a->findings.end(),
                     [](const Finding& x, const Finding& y) { return x.mention < y.mention; });
  }
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
