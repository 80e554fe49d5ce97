#include "storage/batch_plan.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace lexgraph::storage {

namespace {

// The state of one plan while it is built.
class Planner {
 public:
  explicit Planner(const GraphReader& current) : current_(current) {}

  Status RemoveOld(const std::string& source_id);
  void AddNew(const WriteBatch::Group& group);
  Status DropUnowned();
  Status CheckClaimsExist();
  std::vector<KvWrite> TakeWrites();

 private:
  void Delete(Cf cf, std::string key) { deletes_.push_back({cf, std::move(key), std::nullopt}); }
  void Put(Cf cf, std::string key, std::string value = {}) {
    puts_.push_back({cf, std::move(key), std::move(value)});
  }
  // Makes `source_id` an owner of the node, once: its owners record, and
  // the node in the source's contents record (*contents).
  void ClaimNode(const std::string& node_id, const std::string& source_id,
                 std::string* contents);

  const GraphReader& current_;
  std::vector<KvWrite> deletes_;
  std::vector<KvWrite> puts_;
  std::set<std::string> removed_sources_;
  std::set<std::string> touched_nodes_;  // lost an owner in this batch
  std::set<IndexEntry> touched_index_;
  // node -> the sources of this batch that claim it (a few: one batch holds
  // a few sources). Hashed: node ids share long prefixes (the source path).
  std::unordered_map<std::string, std::vector<std::string>> node_claims_;
  std::set<IndexEntry> claimed_index_;
  std::unordered_set<std::string> put_nodes_;
};

Status Planner::RemoveOld(const std::string& source_id) {
  removed_sources_.insert(source_id);
  auto old = current_.GetSourceContents(source_id);
  if (!old.ok()) return old.status();
  for (const std::string& node_id : old->nodes) {
    Delete(Cf::kOwners, NodeOwnerKey(node_id, source_id));
    touched_nodes_.insert(node_id);
  }
  for (const IndexEntry& entry : old->index_entries) {
    Delete(Cf::kOwners, IndexOwnerKey(entry, source_id));
    touched_index_.insert(entry);
  }
  for (const Edge& edge : old->edges) {
    Delete(Cf::kOutEdges, OutEdgeKey(edge));
    Delete(Cf::kInEdges, InEdgeKey(edge));
  }
  Delete(Cf::kSources, SourceKey(SourceTag::kContents, source_id));
  Delete(Cf::kSources, SourceKey(SourceTag::kInfo, source_id));
  return Status::Ok();
}

void Planner::ClaimNode(const std::string& node_id, const std::string& source_id,
                        std::string* contents) {
  std::vector<std::string>& claims = node_claims_[node_id];
  if (std::find(claims.begin(), claims.end(), source_id) == claims.end()) {
    claims.push_back(source_id);
    AppendContentsNode(contents, node_id);
    Put(Cf::kOwners, NodeOwnerKey(node_id, source_id));
  }
}

void Planner::AddNew(const WriteBatch::Group& group) {
  const std::string& source_id = group.info.id;
  std::string contents;
  Put(Cf::kSources, SourceKey(SourceTag::kInfo, source_id), SourceInfoValue(group.info));
  for (const Node& node : group.nodes) {
    Put(Cf::kNodes, NodeKey(node.id), NodeValue(node));
    put_nodes_.insert(node.id);
    ClaimNode(node.id, source_id, &contents);
  }
  for (const Edge& edge : group.edges) {
    Put(Cf::kOutEdges, OutEdgeKey(edge), edge.props);
    Put(Cf::kInEdges, InEdgeKey(edge));  // the evidence stays on the out-edge
    AppendContentsEdge(&contents, edge);
    ClaimNode(edge.from, source_id, &contents);
    ClaimNode(edge.to, source_id, &contents);
  }
  for (const IndexEntry& entry : group.index_entries) {
    Put(Cf::kIndexes, IndexKey(entry));
    Put(Cf::kOwners, IndexOwnerKey(entry, source_id));
    AppendContentsIndex(&contents, entry);
    claimed_index_.insert(entry);
    ClaimNode(entry.node_id, source_id, &contents);
  }
  Put(Cf::kSources, SourceKey(SourceTag::kContents, source_id), std::move(contents));
}

// True if some owner in `owners` is not a source removed by this batch.
bool HasSurvivingOwner(const std::vector<std::string>& owners, const std::set<std::string>& removed) {
  for (const std::string& owner : owners) {
    if (!removed.count(owner)) return true;
  }
  return false;
}

Status Planner::DropUnowned() {
  for (const std::string& node_id : touched_nodes_) {
    if (node_claims_.count(node_id)) continue;
    auto owners = current_.NodeOwners(node_id);
    if (!owners.ok()) return owners.status();
    if (!HasSurvivingOwner(*owners, removed_sources_)) Delete(Cf::kNodes, NodeKey(node_id));
  }
  for (const IndexEntry& entry : touched_index_) {
    if (claimed_index_.count(entry)) continue;
    auto owners = current_.IndexOwners(entry);
    if (!owners.ok()) return owners.status();
    if (!HasSurvivingOwner(*owners, removed_sources_)) Delete(Cf::kIndexes, IndexKey(entry));
  }
  return Status::Ok();
}

// A node claimed by an edge or index entry but not put must already exist;
// it survives because the claim makes the batch's source one of its owners.
// The message names the least missing node id and its least source, so it
// does not depend on the hash order.
Status Planner::CheckClaimsExist() {
  const std::string* missing = nullptr;
  for (const auto& [node_id, sources] : node_claims_) {
    if (put_nodes_.count(node_id)) continue;
    auto node = current_.GetNode(node_id);
    if (node.ok()) continue;
    if (!node.status().IsNotFound()) return node.status();
    if (missing == nullptr || node_id < *missing) missing = &node_id;
  }
  if (missing == nullptr) return Status::Ok();
  const std::vector<std::string>& sources = node_claims_.at(*missing);
  return Status::InvalidArgument("source " + *std::min_element(sources.begin(), sources.end()) +
                                 " refers to node " + *missing +
                                 ", which is neither in the batch nor in the store");
}

std::vector<KvWrite> Planner::TakeWrites() {
  std::vector<KvWrite> writes = std::move(deletes_);
  writes.insert(writes.end(), std::make_move_iterator(puts_.begin()),
                std::make_move_iterator(puts_.end()));
  return writes;
}

Status CheckGroup(const WriteBatch::Group& group) {
  const std::string& source = group.info.id;
  for (const Node& node : group.nodes) {
    if (node.id.empty()) return Status::InvalidArgument("source " + source + " puts a node with no id");
  }
  for (const Edge& edge : group.edges) {
    if (edge.from.empty() || edge.to.empty()) {
      return Status::InvalidArgument("source " + source + " puts an edge with an empty end");
    }
  }
  for (const IndexEntry& entry : group.index_entries) {
    if (entry.index.empty() || entry.node_id.empty()) {
      return Status::InvalidArgument("source " + source +
                                     " puts an index entry with no index name or node");
    }
  }
  return Status::Ok();
}

Status CheckBatch(const WriteBatch& batch) {
  if (!batch.status().ok()) return batch.status();
  std::set<std::string> seen;
  for (const WriteBatch::Group& group : batch.groups()) {
    if (group.info.id.empty()) return Status::InvalidArgument("a source with an empty id");
    if (!seen.insert(group.info.id).second) {
      return Status::InvalidArgument("source " + group.info.id + " appears twice in one batch");
    }
    if (Status s = CheckGroup(group); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<KvWrite>> PlanBatch(const WriteBatch& batch, const GraphReader& current) {
  if (Status s = CheckBatch(batch); !s.ok()) return s;
  Planner planner(current);
  for (const WriteBatch::Group& group : batch.groups()) {
    if (Status s = planner.RemoveOld(group.info.id); !s.ok()) return s;
  }
  for (const WriteBatch::Group& group : batch.groups()) {
    if (!group.remove_only) planner.AddNew(group);
  }
  if (Status s = planner.DropUnowned(); !s.ok()) return s;
  if (Status s = planner.CheckClaimsExist(); !s.ok()) return s;
  return planner.TakeWrites();
}

}  // namespace lexgraph::storage
