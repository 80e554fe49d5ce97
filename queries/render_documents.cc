// Renderings of DocumentRow (declared in queries/documents.h).
#include <nlohmann/json.hpp>

#include "engine/graph_ids.h"
#include "queries/documents.h"
#include "queries/render_values.h"

namespace lexgraph {
namespace {

using nlohmann::json;

json RelationsJson(const DocumentRow& row) {
  json out = json::array();
  for (const Relation& r : row.relations) {
    out.push_back({{"kind", r.kind}, {"to", DocumentId(r.to_key)}, {"cue", r.cue},
                   {"evidence", EvidenceJson(r.evidence)}});
  }
  return out;
}

json ReviewsJson(const DocumentRow& row) {
  json out = json::array();
  for (const Review& r : row.reviews) {
    out.push_back({{"planned", r.planned}, {"milestone_years", OrNull(r.milestone_years)},
                   {"period", OrNull(r.period)}, {"cue", r.cue}, {"evidence", EvidenceJson(r.evidence)}});
  }
  return out;
}

json FindingsJson(const DocumentRow& row) {
  json out = json::array();
  for (const Finding& f : row.findings) {
    const Evidence& e = f.evidence;
    out.push_back({{"source", e.source}, {"start", e.span.start}, {"end", e.span.end},
                   {"code", OrNull(f.code)}, {"kind", f.kind}, {"severity", f.severity},
                   {"message", f.message}, {"suggestion", OrNull(f.suggestion)}});
  }
  return out;
}

json DatesJson(const DocumentFacts& f) {
  json out = json::array();
  for (const Date& d : f.dates) out.push_back(d.Iso());
  return out;
}

}  // namespace

json DocumentJson(const DocumentRow& row) {
  const DocumentFacts& f = row.facts;
  json mentions = json::array();
  for (const MentionRef& m : row.mentions) {
    mentions.push_back({{"source", m.source}, {"start", m.start}, {"section", OrNull(m.section)},
                        {"footnote", OrNull(m.footnote)}});
  }
  json j = DocumentFactsJson(row.id, f);
  j.update({{"mentions", mentions},
            {"aliases", f.aliases},
            {"types", f.type_words},
            {"dates", DatesJson(f)},
            {"issuers", f.issuers},
            {"terms", f.terms},
            {"cadence", f.cadence_years},
            {"relations", RelationsJson(row)},
            {"reviews", ReviewsJson(row)},
            {"findings", FindingsJson(row)},
            {"is_source", row.is_source}});
  return j;
}

std::string DocumentJsonLine(const DocumentRow& row) {
  return DocumentJson(row).dump(-1, ' ', false, json::error_handler_t::replace);
}

// "62-KL/TW@X  Kết luận · 2009-12-08 · Bộ Chính trị · khóa X · 2 mentions — subject"
std::string DocumentTextLine(const DocumentRow& row) {
  const DocumentFacts& f = row.facts;
  std::string line = DocumentFactsLine(
      f.key.empty() ? row.id : f.key, f,
      {std::to_string(row.mentions.size()) + (row.mentions.size() == 1 ? " mention" : " mentions"),
       row.is_source.empty() ? "" : "is a source"});
  if (!f.subject.empty()) line += " — " + f.subject;
  return line;
}

}  // namespace lexgraph
