#include "engine/citation_graph.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace lexgraph {

using storage::EdgeKind;

namespace {

struct EdgeProps {
  EdgeKind kind = EdgeKind::kContinues;
};
using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, EdgeProps,
                                               boost::no_property, uint32_t, uint32_t>;

}  // namespace

struct CitationGraph::Impl {
  std::vector<std::string> ids;  // vertex -> document node id, sorted
  std::unordered_map<std::string, uint32_t> vertex;
  Csr graph;

  std::optional<uint32_t> Find(std::string_view id) const {
    auto it = vertex.find(std::string(id));
    return it == vertex.end() ? std::nullopt : std::optional<uint32_t>(it->second);
  }
};

bool CitationGraph::IsRelation(EdgeKind kind) {
  return kind >= EdgeKind::kContinues && kind <= EdgeKind::kBasedOn;
}

Result<CitationGraph> CitationGraph::Build(const storage::GraphReader& reader) {
  auto impl = std::make_shared<Impl>();
  Status s = reader.ForEachNode([&](const storage::Node& n) {
    if (n.kind == storage::NodeKind::kDocument) impl->ids.push_back(n.id);
    return true;
  });
  if (!s.ok()) return s;
  for (uint32_t v = 0; v < impl->ids.size(); ++v) impl->vertex.emplace(impl->ids[v], v);
  std::vector<std::pair<uint32_t, uint32_t>> ends;
  std::vector<EdgeProps> props;
  s = reader.ForEachEdge([&](const storage::Edge& e) {
    if (!IsRelation(e.kind)) return true;
    std::optional<uint32_t> from = impl->Find(e.from), to = impl->Find(e.to);
    if (from && to) {
      ends.emplace_back(*from, *to);
      props.push_back({e.kind});
    }
    return true;
  });
  if (!s.ok()) return s;
  impl->graph = Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(),
                    impl->ids.size());
  return CitationGraph(std::move(impl));
}

size_t CitationGraph::document_count() const { return impl_->ids.size(); }
size_t CitationGraph::relation_count() const { return boost::num_edges(impl_->graph); }
bool CitationGraph::Contains(std::string_view doc_id) const { return impl_->Find(doc_id).has_value(); }

std::vector<RelationEdge> CitationGraph::DependsOn(std::string_view doc_id) const {
  std::vector<RelationEdge> out;
  std::optional<uint32_t> v = impl_->Find(doc_id);
  if (!v) return out;
  for (auto e : boost::make_iterator_range(boost::out_edges(*v, impl_->graph))) {
    out.push_back({impl_->ids[*v], impl_->ids[boost::target(e, impl_->graph)], impl_->graph[e].kind});
  }
  return out;
}

std::vector<RelationEdge> CitationGraph::DependedOnBy(std::string_view doc_id) const {
  std::vector<RelationEdge> out;
  std::optional<uint32_t> v = impl_->Find(doc_id);
  if (!v) return out;
  for (auto e : boost::make_iterator_range(boost::in_edges(*v, impl_->graph))) {
    out.push_back({impl_->ids[boost::source(e, impl_->graph)], impl_->ids[*v], impl_->graph[e].kind});
  }
  return out;
}

std::vector<std::string> CitationGraph::Lineage(std::string_view doc_id, bool up, int depth) const {
  std::vector<std::string> out;
  std::optional<uint32_t> root = impl_->Find(doc_id);
  if (!root) return out;
  std::vector<int> level(impl_->ids.size(), -1);
  std::deque<uint32_t> queue{*root};
  level[*root] = 0;
  while (!queue.empty()) {
    uint32_t v = queue.front();
    queue.pop_front();
    if (depth > 0 && level[v] >= depth) continue;
    auto visit = [&](uint32_t w) {
      if (level[w] >= 0) return;
      level[w] = level[v] + 1;
      out.push_back(impl_->ids[w]);
      queue.push_back(w);
    };
    if (up) {
      for (auto e : boost::make_iterator_range(boost::out_edges(v, impl_->graph)))
        visit(static_cast<uint32_t>(boost::target(e, impl_->graph)));
    } else {
      for (auto e : boost::make_iterator_range(boost::in_edges(v, impl_->graph)))
        visit(static_cast<uint32_t>(boost::source(e, impl_->graph)));
    }
  }
  return out;
}

}  // namespace lexgraph
