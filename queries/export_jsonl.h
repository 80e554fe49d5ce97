// The JSON Lines export and the short labels the graph exports give nodes
// and edges. Internal to queries/export.cc.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "storage/graph_store.h"

namespace lexgraph {

// {"type":"node","id":…,"kind":…,"label":…,"props":{…}} per node, then
// {"type":"edge","from":…,"to":…,"kind":…,"owner":…,"evidence":[…]} per edge.
Status ExportJsonLines(const storage::GraphReader& reader, std::ostream& out);

// A node's short label: a document's key, a section's path, an issuer's name.
std::string NodeLabel(const storage::Node& node);
// An edge's text: a mention's head as written, "" for other edges.
std::string EdgeText(const storage::Edge& edge);

}  // namespace lexgraph
