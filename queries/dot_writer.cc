#include "queries/dot_writer.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

namespace lexgraph {
namespace {

struct EdgeProps {
  std::string label, tooltip;
};
using Csr = boost::compressed_sparse_row_graph<boost::directedS, DotNode, EdgeProps, boost::no_property,
                                               uint32_t, uint32_t>;

}  // namespace

Status WriteDot(std::vector<DotNode> nodes, const std::vector<DotLink>& links, std::ostream& out) {
  std::vector<std::pair<uint32_t, uint32_t>> ends;
  std::vector<EdgeProps> props;
  for (const DotLink& l : links) {
    if (l.from >= nodes.size() || l.to >= nodes.size()) continue;
    ends.emplace_back(l.from, l.to);
    props.push_back({l.label, l.tooltip});
  }
  Csr g(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(), nodes.size());
  for (uint32_t v = 0; v < nodes.size(); ++v) g[v] = std::move(nodes[v]);
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("node_id", boost::get(&DotNode::id, g));
  dp.property("label", boost::get(&DotNode::label, g));
  dp.property("shape", boost::get(&DotNode::shape, g));
  dp.property("style", boost::get(&DotNode::style, g));
  dp.property("label", boost::get(&EdgeProps::label, g));
  dp.property("tooltip", boost::get(&EdgeProps::tooltip, g));
  try {
    boost::write_graphviz_dp(out, g, dp, "node_id");
  } catch (const std::exception& e) {
    return Status::IOError(std::string("dot: ") + e.what());
  }
  out.flush();
  return out ? Status::Ok() : Status::IOError("dot: write failed");
}

}  // namespace lexgraph
