// ExportGraph: the whole graph (every node and edge) in a format other tools
// read: GraphML (Gephi, yEd; Boost's write_graphml), DOT (Graphviz; Boost's
// write_graphviz_dp) or JSON Lines (../shared/docs/cli.md, "export": one
// object per node, then one per edge, ids as in `lexgraph docs`).
// Reads `reader` only; pass a snapshot for a consistent export.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"
#include "queries/lineage.h"
#include "storage/graph_store.h"

namespace lexgraph {

enum class ExportFormat { kGraphMl, kDot, kJsonl };

// "graphml", "dot", "jsonl" -> the format; InvalidArgument otherwise.
Result<ExportFormat> ParseExportFormat(std::string_view name);

// Writes the graph to `out`. Errors: a failed read, IOError if `out` fails.
Status ExportGraph(const storage::GraphReader& reader, ExportFormat format, std::ostream& out);

// Writes one document's lineage (queries/lineage.h: its documents and the
// relations between them) in the same formats; JSON Lines nodes carry the
// document's facts and depth, edges the relations' evidence as in
// `lineage --json`. IOError if `out` fails.
Status ExportLineage(const Lineage& lineage, ExportFormat format, std::ostream& out);

}  // namespace lexgraph
