// Renderings of a Lineage (queries/lineage.h):
//   LineageJson  one object, cli.md "lineage": {"root", "direction",
//                "nodes":[{id, code, type, …, depth}], "edges":[{from, to, kind,
//                evidence:[{source, section, footnote, text, cue, start, end}]}],
//                "cycles":[[id, …]]}. No trailing newline.
//   LineageText  a tree for a person: codes, kinds, one line of evidence per
//                edge; a document met again says so, an edge closing a cycle is
//                marked and not followed.
//   WriteLineageDot  Graphviz DOT (Boost's write_graphviz_dp): documents
//                labelled by code and type, edges by kind; the root drawn bold.
// Pure functions of their input; thread-safe.
#pragma once

#include <ostream>
#include <string>

#include "base/status.h"
#include "queries/lineage.h"

namespace lexgraph {

std::string LineageJson(const Lineage& lineage, LineageDirection direction);
std::string LineageText(const Lineage& lineage, LineageDirection direction);

// IOError if `out` fails.
Status WriteLineageDot(const Lineage& lineage, std::ostream& out);

}  // namespace lexgraph
