#include "queries/lineage.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <deque>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/relation_records.h"
#include "queries/relation_kinds.h"

namespace lexgraph {
namespace {

using EdgeKey = std::tuple<std::string, storage::EdgeKind, std::string>;

class Walk {
 public:
  Walk(const storage::GraphReader& reader, Lineage& out) : reader_(reader), out_(out) {}

  // Adds `id` at `depth` unless it is already there; true if it was new.
  Result<bool> Visit(const std::string& id, int depth) {
    if (index_.count(id)) return false;
    LineageNode node{id, {}, depth};
    Result<storage::Node> stored = reader_.GetNode(id);
    if (stored.ok()) {
      Result<DocumentFacts> facts = DecodeDocument(stored->props);
      if (!facts.ok()) return Status::Corruption(id + ": " + facts.status().message());
      node.facts = std::move(*facts);
    } else if (!stored.status().IsNotFound()) {
      return stored.status();
    }
    if (node.facts.key.empty()) node.facts.key = std::string(DocumentKeyOf(id));
    index_.emplace(id, out_.nodes.size());
    out_.nodes.push_back(std::move(node));
    return true;
  }

  // Breadth first from the root, one direction.
  Status Run(bool up, int max_depth, size_t max_nodes) {
    // `seen` is this walk's own: with --both a document the up walk reached
    // is still followed down.
    std::deque<std::pair<std::string, int>> queue{{out_.root, 0}};
    std::set<std::string> seen{out_.root};
    while (!queue.empty()) {
      auto [id, depth] = queue.front();
      queue.pop_front();
      if (max_depth > 0 && depth >= max_depth) continue;
      Result<std::vector<storage::Edge>> edges = Neighbours(id, up);
      if (!edges.ok()) return edges.status();
      for (const storage::Edge& e : *edges) {
        const std::string& next = up ? e.to : e.from;
        if (max_nodes > 0 && out_.nodes.size() >= max_nodes && !index_.count(next)) {
          out_.truncated = true;
          return Status::Ok();
        }
        if (Status s = AddEdge(e); !s.ok()) return s;
        if (Result<bool> v = Visit(next, depth + 1); !v.ok()) return v.status();
        if (seen.insert(next).second) queue.emplace_back(next, depth + 1);
      }
    }
    return Status::Ok();
  }

 private:
  Result<std::vector<storage::Edge>> Neighbours(const std::string& id, bool up) {
    std::vector<storage::Edge> out;
    if (up) {  // a document's out-edges are few: issuers, dates, relations
      Result<std::vector<storage::Edge>> all = reader_.OutEdges(id);
      if (!all.ok()) return all.status();
      for (storage::Edge& e : *all) {
        if (IsRelationEdge(e.kind)) out.push_back(std::move(e));
      }
      return out;
    }
    for (storage::EdgeKind kind : RelationKinds()) {
      Result<std::vector<storage::Edge>> in = reader_.InEdges(id, kind);
      if (!in.ok()) return in.status();
      for (storage::Edge& e : *in) out.push_back(std::move(e));
    }
    return out;
  }

  Status AddEdge(const storage::Edge& e) {
    Result<Relation> r = DecodeRelation(e.props);
    if (!r.ok()) return Status::Corruption(e.from + " -> " + e.to + ": " + r.status().message());
    r->from_key = std::string(DocumentKeyOf(e.from));
    r->to_key = std::string(DocumentKeyOf(e.to));
    r->kind = storage::EdgeKindName(e.kind);
    EdgeKey key{e.from, e.kind, e.to};
    auto [it, fresh] = edge_index_.emplace(key, out_.edges.size());
    if (fresh) out_.edges.push_back({e.from, e.to, e.kind, {}});
    std::vector<Relation>& evidence = out_.edges[it->second].evidence;
    // The down walk of --both may meet an edge the up walk already took.
    auto same = [&](const Relation& o) {
      return o.evidence.source == r->evidence.source && o.evidence.span == r->evidence.span && o.cue == r->cue;
    };
    if (std::none_of(evidence.begin(), evidence.end(), same)) evidence.push_back(std::move(*r));
    return Status::Ok();
  }

 public:
  // The strongly connected groups of more than one document, and documents
  // with an edge to themselves.
  void FindCycles() {
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph g(out_.nodes.size());
    std::vector<bool> self_loop(out_.nodes.size(), false);
    for (const LineageEdge& e : out_.edges) {
      size_t from = index_.at(e.from), to = index_.at(e.to);
      if (from == to) self_loop[from] = true;
      boost::add_edge(from, to, g);
    }
    std::vector<int> component(out_.nodes.size());
    int count = boost::strong_components(
        g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    std::vector<std::vector<std::string>> groups(static_cast<size_t>(count));
    for (size_t v = 0; v < component.size(); ++v) groups[static_cast<size_t>(component[v])].push_back(out_.nodes[v].id);
    std::vector<std::pair<size_t, std::vector<std::string>>> cycles;  // by first node's order
    for (size_t v = 0; v < component.size(); ++v) {
      std::vector<std::string>& group = groups[static_cast<size_t>(component[v])];
      if (group.empty() || group.front() != out_.nodes[v].id) continue;  // report each group once
      if (group.size() > 1 || self_loop[v]) out_.cycles.push_back(std::move(group));
    }
  }

 private:
  const storage::GraphReader& reader_;
  Lineage& out_;
  std::unordered_map<std::string, size_t> index_;  // node id -> position in out_.nodes
  std::map<EdgeKey, size_t> edge_index_;
};

}  // namespace

const char* LineageDirectionName(LineageDirection direction) {
  switch (direction) {
    case LineageDirection::kUp: return "up";
    case LineageDirection::kDown: return "down";
    case LineageDirection::kBoth: return "both";
  }
  return "up";
}

Result<Lineage> WalkLineage(const storage::GraphReader& reader, std::string_view root_id,
                            const LineageOptions& options) {
  Result<storage::Node> root = reader.GetNode(root_id);
  if (!root.ok()) return root.status();
  if (root->kind != storage::NodeKind::kDocument) {
    return Status::NotFound(std::string(root_id) + ": not a document");
  }
  Lineage out;
  out.root = std::string(root_id);
  Walk walk(reader, out);
  if (Result<bool> v = walk.Visit(out.root, 0); !v.ok()) return v.status();
  if (options.direction != LineageDirection::kDown) {
    if (Status s = walk.Run(/*up=*/true, options.depth, options.max_nodes); !s.ok()) return s;
  }
  if (options.direction != LineageDirection::kUp && !out.truncated) {
    if (Status s = walk.Run(/*up=*/false, options.depth, options.max_nodes); !s.ok()) return s;
  }
  walk.FindCycles();
  return out;
}

}  // namespace lexgraph
