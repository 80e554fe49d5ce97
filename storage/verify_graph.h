// VerifyGraph: checks the invariants of any GraphStore, for `lexgraph
// check` and for tests after faults and crashes:
//  - every edge has both end nodes, and out-edges and in-edges mirror;
//  - every index entry points at a live node;
//  - each source is wholly present: its ownership records name things that
//    exist, and everything that exists is owned by a known source.
// Reads `reader` only; pass a snapshot to check a live store consistently.
#pragma once

#include <string>
#include <vector>

#include "storage/graph_store.h"

namespace lexgraph::storage {

// One line per problem found (at most kMaxProblems, then a count of the
// rest); empty iff every invariant holds. A failed read is a problem too.
std::vector<std::string> VerifyGraph(const GraphReader& reader);

inline constexpr size_t kMaxProblems = 100;

}  // namespace lexgraph::storage
