#include "queries/export.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include <unordered_map>
#include <vector>

#include "queries/export_jsonl.h"
#include "queries/lineage_json.h"

namespace lexgraph {
namespace {

struct VertexProps {
  std::string id, kind, label;
};
struct EdgeProps {
  std::string kind, text;
};
using Csr = boost::compressed_sparse_row_graph<boost::directedS, VertexProps, EdgeProps,
                                               boost::no_property, uint32_t, uint32_t>;

// The store's graph as a Boost graph: one vertex per node, one edge per edge.
Result<Csr> LoadGraph(const storage::GraphReader& reader) {
  std::vector<VertexProps> vertices;
  std::unordered_map<std::string, uint32_t> index;
  Status s = reader.ForEachNode([&](const storage::Node& n) {
    index.emplace(n.id, static_cast<uint32_t>(vertices.size()));
    vertices.push_back({n.id, storage::NodeKindName(n.kind), NodeLabel(n)});
    return true;
  });
  if (!s.ok()) return s;
  std::vector<std::pair<uint32_t, uint32_t>> ends;
  std::vector<EdgeProps> props;
  s = reader.ForEachEdge([&](const storage::Edge& e) {
    auto from = index.find(e.from), to = index.find(e.to);
    if (from == index.end() || to == index.end()) return true;  // VerifyGraph reports these
    ends.emplace_back(from->second, to->second);
    props.push_back({storage::EdgeKindName(e.kind), EdgeText(e)});
    return true;
  });
  if (!s.ok()) return s;
  Csr g(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(),
        vertices.size());
  for (uint32_t v = 0; v < vertices.size(); ++v) g[v] = std::move(vertices[v]);
  return g;
}

// A lineage's documents and relations as a Boost graph.
Csr LineageGraph(const Lineage& lineage) {
  std::unordered_map<std::string, uint32_t> index;
  std::vector<VertexProps> vertices;
  for (const LineageNode& n : lineage.nodes) {
    index.emplace(n.id, static_cast<uint32_t>(vertices.size()));
    vertices.push_back({n.id, "document", n.facts.key});
  }
  std::vector<std::pair<uint32_t, uint32_t>> ends;
  std::vector<EdgeProps> props;
  for (const LineageEdge& e : lineage.edges) {
    auto from = index.find(e.from), to = index.find(e.to);
    if (from == index.end() || to == index.end()) continue;
    ends.emplace_back(from->second, to->second);
    props.push_back({storage::EdgeKindName(e.kind), e.evidence.empty() ? "" : e.evidence.front().cue});
  }
  Csr g(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(), vertices.size());
  for (uint32_t v = 0; v < vertices.size(); ++v) g[v] = std::move(vertices[v]);
  return g;
}

boost::dynamic_properties Properties(Csr& g) {
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("node_id", boost::get(&VertexProps::id, g));
  dp.property("kind", boost::get(&VertexProps::kind, g));
  dp.property("label", boost::get(&VertexProps::label, g));
  dp.property("edge_kind", boost::get(&EdgeProps::kind, g));
  dp.property("text", boost::get(&EdgeProps::text, g));
  return dp;
}

Status WriteBoost(Csr& g, ExportFormat format, std::ostream& out) {
  boost::dynamic_properties dp = Properties(g);
  try {
    if (format == ExportFormat::kGraphMl) {
      boost::write_graphml(out, g, dp, true);
    } else {
      boost::write_graphviz_dp(out, g, dp, "node_id");
    }
  } catch (const std::exception& e) {
    return Status::IOError(std::string("export: ") + e.what());
  }
  out.flush();
  return out ? Status::Ok() : Status::IOError("export: write failed");
}

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "graphml") return ExportFormat::kGraphMl;
  if (name == "dot") return ExportFormat::kDot;
  if (name == "jsonl") return ExportFormat::kJsonl;
  return Status::InvalidArgument("--format: expected graphml, dot or jsonl, not '" +
                                 std::string(name) + "'");
}

Status ExportGraph(const storage::GraphReader& reader, ExportFormat format, std::ostream& out) {
  if (format == ExportFormat::kJsonl) return ExportJsonLines(reader, out);
  Result<Csr> g = LoadGraph(reader);
  if (!g.ok()) return g.status();
  return WriteBoost(*g, format, out);
}

Status ExportLineage(const Lineage& lineage, ExportFormat format, std::ostream& out) {
  if (format == ExportFormat::kJsonl) {
    for (const LineageNode& n : lineage.nodes) {
      nlohmann::json props = DocumentFactsJson(n.id, n.facts);
      props["depth"] = n.depth;
      nlohmann::json j = {{"type", "node"}, {"id", n.id}, {"kind", "document"},
                          {"label", n.facts.key}, {"props", props}};
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    for (const LineageEdge& e : lineage.edges) {
      nlohmann::json j = LineageEdgeJson(e);
      j["type"] = "edge";
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
    out.flush();
    return out ? Status::Ok() : Status::IOError("export: write failed");
  }
  Csr g = LineageGraph(lineage);
  return WriteBoost(g, format, out);
}

}  // namespace lexgraph
