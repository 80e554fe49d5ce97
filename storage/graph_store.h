// GraphStore: the graph of documents, issuers, dates and report sections,
// stored safely. Storage gives no meaning to nodes and edges; the engine does.
// Every node, edge and index entry is owned by the source file whose batch
// wrote it, so a changed file replaces exactly its own contributions.
//
// Threads: reads may run from any thread at any time; Apply() calls are
// serialized inside the store. A store is used by one process for writing
// (see rocksdb_store.h for the cross-process rules).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "storage/graph_types.h"

namespace lexgraph::storage {

class WriteBatch;

// A consistent read view of the graph. Implementations: the live store
// (each call sees the latest applied batch) and snapshots (see GraphStore).
class GraphReader {
 public:
  using NodeFn = std::function<bool(const Node&)>;  // return false to stop
  using EdgeFn = std::function<bool(const Edge&)>;
  using IndexFn = std::function<bool(const IndexEntry&)>;
  using SourceFn = std::function<bool(const SourceInfo&)>;

  virtual ~GraphReader() = default;

  // The node with this id, or NotFound.
  virtual Result<Node> GetNode(std::string_view id) const = 0;

  // Edges leaving (Out) or entering (In) the node `id`, of `kind` if given,
  // ordered by (kind, other end, owner, seq). Empty if there are none.
  virtual Result<std::vector<Edge>> OutEdges(std::string_view id,
                                             std::optional<EdgeKind> kind = {}) const = 0;
  virtual Result<std::vector<Edge>> InEdges(std::string_view id,
                                            std::optional<EdgeKind> kind = {}) const = 0;

  // Entries of index `index` whose key starts with `key_prefix` (all entries
  // of the index when empty), ordered by (key, node id).
  virtual Result<std::vector<IndexEntry>> ScanIndex(std::string_view index,
                                                    std::string_view key_prefix) const = 0;

  // Whole-store iteration in key order, for export, stats and checks.
  // ForEachEdge walks the out-edge records, ForEachInEdge the in-edge mirror
  // as stored: its props are empty (evidence lives on the out-edge; InEdges
  // reads it from there).
  virtual Status ForEachNode(const NodeFn& fn) const = 0;
  virtual Status ForEachEdge(const EdgeFn& fn) const = 0;
  virtual Status ForEachInEdge(const EdgeFn& fn) const = 0;
  virtual Status ForEachIndexEntry(const IndexFn& fn) const = 0;
  virtual Status ForEachSource(const SourceFn& fn) const = 0;

  // Per-source metadata (content hash, path, time), or NotFound.
  virtual Result<SourceInfo> GetSource(std::string_view source_id) const = 0;

  // What `source_id` owns, from its contents record. Empty if unknown. Each
  // list in the order its last batch put the items; a node once, an edge or
  // index entry as often as the batch put it.
  virtual Result<SourceContents> GetSourceContents(std::string_view source_id) const = 0;

  // The sources that own a node or an index entry (the reverse records).
  virtual Result<std::vector<std::string>> NodeOwners(std::string_view node_id) const = 0;
  virtual Result<std::vector<std::string>> IndexOwners(const IndexEntry& entry) const = 0;
};

// Counts for `lexgraph stats`. Computed by a full scan: O(store size).
struct StoreStats {
  std::map<NodeKind, uint64_t> nodes_by_kind;
  std::map<EdgeKind, uint64_t> edges_by_kind;
  uint64_t index_entries = 0;
  uint64_t sources = 0;
  uint64_t bytes_on_disk = 0;  // memory stores: bytes of keys and values
};

// The store: reads of the latest state, atomic batch writes, snapshots.
class GraphStore : public GraphReader {
 public:
  // Applies every operation of `batch` or none of them. On OK the batch is
  // visible, and durable now or at the next Persist, as the store was
  // opened (RocksDbOptions::durability). InvalidArgument if the batch breaks
  // a rule of write_batch.h (nothing is written); IOError etc. if the disk
  // fails.
  virtual Status Apply(const WriteBatch& batch) = 0;

  // Makes every batch applied so far durable, if Apply did not already
  // (then it returns OK at once). On error the batches applied since the
  // last successful Persist may be lost, each whole, and later Apply calls
  // may fail.
  virtual Status Persist() { return Status::Ok(); }

  // A read view frozen at the latest applied batch; later writes are not
  // seen. REQUIRES: the snapshot is destroyed before the store.
  virtual Result<std::unique_ptr<GraphReader>> Snapshot() const = 0;

  virtual Result<StoreStats> Stats() const = 0;
};

}  // namespace lexgraph::storage
