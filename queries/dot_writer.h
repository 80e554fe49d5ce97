// A small graph written as Graphviz DOT through Boost's write_graphviz_dp
// (compressed sparse row graph), for the renderings that draw a subgraph:
// lineage and deps. Internal to queries/. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"

namespace lexgraph {

struct DotNode {
  std::string id, label;
  std::string shape = "ellipse";
  std::string style = "solid";
};
struct DotLink {
  uint32_t from = 0, to = 0;  // indexes into the node list
  std::string label, tooltip;
};

// IOError if `out` fails or Boost refuses the graph.
Status WriteDot(std::vector<DotNode> nodes, const std::vector<DotLink>& links, std::ostream& out);

}  // namespace lexgraph
