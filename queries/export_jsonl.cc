#include "queries/export_jsonl.h"

#include <nlohmann/json.hpp>

#include "engine/graph_ids.h"
#include "engine/records.h"

namespace lexgraph {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json ParseOrString(const std::string& props) {
  if (props.empty()) return json::object();
  json j = json::parse(props, nullptr, false);
  return j.is_discarded() ? json(props) : j;
}

json EvidenceJson(const storage::Edge& e) {
  if (e.kind != storage::EdgeKind::kMentions) return json::array();
  Result<MentionRecord> m = DecodeMention(e.props);
  if (!m.ok()) return json::array();
  std::string source = e.owner.starts_with("src:") ? e.owner.substr(4) : e.owner;
  json footnote = m->footnote ? json(*m->footnote) : json(nullptr);
  return json::array({{{"source", source}, {"section", m->section}, {"footnote", footnote},
                       {"start", m->span.start}, {"end", m->span.end}, {"text", m->sentence}}});
}

}  // namespace

std::string NodeLabel(const storage::Node& n) {
  if (n.kind == storage::NodeKind::kDocument) return std::string(DocumentKeyOf(n.id));
  size_t colon = n.id.find(':');
  std::string rest = colon == std::string::npos ? n.id : n.id.substr(colon + 1);
  if (n.kind == storage::NodeKind::kSection) {
    size_t hash = rest.find('#');  // "sec:/a/report.md#P2/II/3#2" -> "P2/II/3#2"
    return hash == std::string::npos ? rest : rest.substr(hash + 1);
  }
  if (n.kind == storage::NodeKind::kSource) return rest.substr(rest.rfind('/') + 1);
  return rest;
}

std::string EdgeText(const storage::Edge& e) {
  if (e.kind != storage::EdgeKind::kMentions) return "";
  Result<MentionRecord> m = DecodeMention(e.props);
  return m.ok() ? m->text : "";
}

Status ExportJsonLines(const storage::GraphReader& reader, std::ostream& out) {
  Status s = reader.ForEachNode([&](const storage::Node& n) {
    json j = {{"type", "node"}, {"id", n.id}, {"kind", storage::NodeKindName(n.kind)},
              {"label", NodeLabel(n)}, {"props", ParseOrString(n.props)}};
    out << Dump(j) << '\n';
    return bool(out);
  });
  if (!s.ok()) return s;
  s = reader.ForEachEdge([&](const storage::Edge& e) {
    json j = {{"type", "edge"}, {"from", e.from}, {"to", e.to},
              {"kind", storage::EdgeKindName(e.kind)}, {"owner", e.owner}, {"evidence", EvidenceJson(e)}};
    out << Dump(j) << '\n';
    return bool(out);
  });
  if (!s.ok()) return s;
  out.flush();
  return out ? Status::Ok() : Status::IOError("export: write failed");
}

}  // namespace lexgraph
