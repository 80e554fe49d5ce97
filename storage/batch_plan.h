// PlanBatch: turns a WriteBatch into the key-value writes that apply it,
// following the ownership rules of write_batch.h against the store's
// current state. The plan lists deletes before puts, so a record removed
// with a source's old contributions and written again survives.
// Pure over `current`: reads only, thread-safe if `current` is.
#pragma once

#include <vector>

#include "base/status.h"
#include "storage/graph_store.h"
#include "storage/kv.h"
#include "storage/write_batch.h"

namespace lexgraph::storage {

// The writes for `batch`, or InvalidArgument naming the first broken rule,
// or the error met while reading `current`.
Result<std::vector<KvWrite>> PlanBatch(const WriteBatch& batch, const GraphReader& current);

}  // namespace lexgraph::storage
