// The edge kinds that are relations between documents (continues, implements,
// guides, amends, replaces, repeals, based_on, suspends, corrects: as
// engine/relation_records.h IsRelationEdge decides), as a list a query can
// seek one by one: an in-edge seek per kind skips a cited document's many
// `mentions` edges. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "storage/graph_types.h"

namespace lexgraph {

const std::vector<storage::EdgeKind>& RelationKinds();

// `text` cut to at most `max_bytes` at a UTF-8 boundary, "…" added when cut;
// line breaks made spaces. For snippets in text output.
std::string Snippet(std::string_view text, size_t max_bytes);

}  // namespace lexgraph
