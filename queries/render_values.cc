#include "queries/render_values.h"

namespace lexgraph {

using nlohmann::json;

json DocumentFactsJson(const std::string& id, const DocumentFacts& f) {
  return {{"id", id},
          {"code", OrNull(f.code)},
          {"type", OrNull(f.type)},
          {"type_code", OrNull(f.type_code)},
          {"number", OrNull(f.number)},
          {"year", OrNull(f.year)},
          {"date", f.date ? json(f.date->Iso()) : json(nullptr)},
          {"issuer", OrNull(f.issuer)},
          {"issuer_code", OrNull(f.issuer_code)},
          {"term", OrNull(f.term)},
          {"subject", OrNull(f.subject)},
          {"title", OrNull(f.title)}};
}

std::string DocumentFactsLine(const std::string& key, const DocumentFacts& f,
                              const std::vector<std::string>& more) {
  std::string line = key;
  bool first = true;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    line += first ? "  " : " · ";
    line += part;
    first = false;
  };
  add(f.type);
  if (f.date) add(f.date->Iso());
  add(f.issuer);
  if (!f.term.empty()) add("khóa " + f.term);
  for (const std::string& part : more) add(part);
  return line;
}

json EvidenceJson(const Evidence& e) {
  return {{"source", e.source}, {"section", OrNull(e.section)}, {"footnote", OrNull(e.footnote)},
          {"start", e.span.start}, {"end", e.span.end}, {"text", e.text}};
}

}  // namespace lexgraph
