// CountIssuers: every issuing body with documents in the store and how many,
// as `lexgraph issuers` lists them. One pass over the by_issuer and
// by_issuer_code indexes (O(index entries), no document is read); a
// document indexed by code counts only when no source names its body.
// Reads `reader` only; pass a snapshot for consistent counts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "storage/graph_store.h"

namespace lexgraph {

struct IssuerCount {
  std::string name;    // canonical body name, or the code when no table names it
  std::string parent;  // the body it sits under (queries/issuing_bodies.h); "" a root
  int depth = 0;       // 0 for a root
  uint64_t own = 0;    // documents naming it, or coded for it with no body named
  uint64_t total = 0;  // own and those of every body under it, each document once
};

// Bodies with total > 0, as a tree: the table's roots in table order, each
// followed by its bodies, then stored bodies no table knows, by name.
Result<std::vector<IssuerCount>> CountIssuers(const storage::GraphReader& reader);

}  // namespace lexgraph
