// Re-resolution across runs: a termless Party citation ("Chỉ thị 39-CT/TW")
// stored before any full citation of its code became a document of its own
// key ("39-CT/TW"). When a later source brings a qualified document of that
// code ("39-CT/TW@XII"), the sources that cited it termless must be analyzed
// again, so that ResolveAcrossStore (engine/resolve.h) merges them with it,
// or, when the code now names several documents, says so in a finding.
// Order of ingest then never decides identity. Reads only; thread-safe as
// the reader is.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "storage/graph_store.h"

namespace lexgraph {

// The termless key a qualified Party key stands beside ("39-CT/TW" for
// "39-CT/TW@XII"), or "" when `key` is not a qualified Party key.
std::string TermlessKeyOf(const std::string& key);

// The paths of stored sources that cited a key of `termless_keys` without
// a term: the owners of its termless document, and the sources that
// resolved it to a document across the store (index by_termless). Sorted,
// each once. Errors: a failed read. Reads one node's owners and one index
// prefix per key, never the whole store.
Result<std::vector<std::string>> SourcesCitingTermless(const storage::GraphReader& reader,
                                                       const std::set<std::string>& termless_keys);

}  // namespace lexgraph
