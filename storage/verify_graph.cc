#include "storage/verify_graph.h"

#include <algorithm>
#include <map>
#include <set>

namespace lexgraph::storage {

namespace {

using EdgeId = std::tuple<std::string, EdgeKind, std::string, std::string, uint32_t>;

EdgeId IdOf(const Edge& edge) { return {edge.from, edge.kind, edge.to, edge.owner, edge.seq}; }

std::string Describe(const Edge& edge) {
  return EdgeKindName(edge.kind) + " edge " + edge.from + " -> " + edge.to + " (owner " +
         edge.owner + ", seq " + std::to_string(edge.seq) + ")";
}

std::string Describe(const IndexEntry& entry) {
  return "index entry " + entry.index + "[" + entry.key + "] -> " + entry.node_id;
}

// Collects problems and caps their number.
class Checker {
 public:
  explicit Checker(const GraphReader& reader) : reader_(reader) {}

  void Run();
  std::vector<std::string> Take();

 private:
  void Problem(std::string text) {
    if (problems_.size() < kMaxProblems) problems_.push_back(std::move(text));
    ++count_;
  }
  void ReadFailed(const Status& s) { Problem("read failed: " + s.ToString()); }
  bool Load();
  void CheckEdges();
  void CheckIndex();
  void CheckSource(const SourceInfo& source);
  void CheckOwners();

  const GraphReader& reader_;
  std::set<std::string> nodes_;
  std::map<EdgeId, Edge> out_;
  std::map<EdgeId, Edge> in_;
  std::vector<IndexEntry> index_;
  std::map<std::string, SourceContents> sources_;
  std::vector<std::string> problems_;
  size_t count_ = 0;
};

bool Checker::Load() {
  Status s = reader_.ForEachNode([&](const Node& node) { return nodes_.insert(node.id), true; });
  if (s.ok()) s = reader_.ForEachEdge([&](const Edge& e) { return out_[IdOf(e)] = e, true; });
  if (s.ok()) s = reader_.ForEachInEdge([&](const Edge& e) { return in_[IdOf(e)] = e, true; });
  if (s.ok()) s = reader_.ForEachIndexEntry([&](const IndexEntry& e) {
    return index_.push_back(e), true;
  });
  std::vector<std::string> ids;
  if (s.ok()) s = reader_.ForEachSource([&](const SourceInfo& i) { return ids.push_back(i.id), true; });
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) {
    auto contents = reader_.GetSourceContents(ids[i]);
    s = contents.status();
    if (s.ok()) sources_[ids[i]] = std::move(*contents);
  }
  if (!s.ok()) ReadFailed(s);
  return s.ok();
}

void Checker::CheckEdges() {
  for (const auto& [id, edge] : out_) {
    if (!nodes_.count(edge.from)) Problem(Describe(edge) + ": no node " + edge.from);
    if (!nodes_.count(edge.to)) Problem(Describe(edge) + ": no node " + edge.to);
    auto mirror = in_.find(id);
    if (mirror == in_.end()) {
      Problem(Describe(edge) + ": no in-edge record");
    } else if (!mirror->second.props.empty()) {
      Problem(Describe(edge) + ": in-edge record holds evidence (kept on the out-edge only)");
    }
    if (!sources_.count(edge.owner)) Problem(Describe(edge) + ": owner is not a known source");
  }
  for (const auto& [id, edge] : in_) {
    if (!out_.count(id)) Problem(Describe(edge) + ": in-edge record without its out-edge");
  }
}

void Checker::CheckIndex() {
  for (const IndexEntry& entry : index_) {
    if (!nodes_.count(entry.node_id)) Problem(Describe(entry) + ": no such node");
    auto owners = reader_.IndexOwners(entry);
    if (!owners.ok()) return ReadFailed(owners.status());
    if (owners->empty()) Problem(Describe(entry) + ": no owning source");
    for (const std::string& owner : *owners) {
      if (!sources_.count(owner)) Problem(Describe(entry) + ": owner " + owner + " is unknown");
    }
  }
}

// Everything the source's records name exists and names it back.
void Checker::CheckSource(const SourceInfo& source) {
  const SourceContents& contents = sources_[source.id];
  const std::string who = "source " + source.id + ": ";
  for (const std::string& node_id : contents.nodes) {
    if (!nodes_.count(node_id)) Problem(who + "owns missing node " + node_id);
    auto owners = reader_.NodeOwners(node_id);
    if (!owners.ok()) return ReadFailed(owners.status());
    if (std::find(owners->begin(), owners->end(), source.id) == owners->end()) {
      Problem(who + "owns node " + node_id + " but the node does not list it as owner");
    }
  }
  std::set<std::string> owned(contents.nodes.begin(), contents.nodes.end());
  for (const Edge& edge : contents.edges) {
    if (!out_.count(IdOf(edge))) Problem(who + "owns missing " + Describe(edge));
    if (edge.owner != source.id) Problem(who + "lists " + Describe(edge) + " of another owner");
    if (!owned.count(edge.from) || !owned.count(edge.to)) {
      Problem(who + "owns " + Describe(edge) + " but not both its end nodes");
    }
  }
  std::set<IndexEntry> live(index_.begin(), index_.end());
  for (const IndexEntry& entry : contents.index_entries) {
    if (!live.count(entry)) Problem(who + "owns missing " + Describe(entry));
    if (!owned.count(entry.node_id)) Problem(who + "owns " + Describe(entry) + " but not its node");
  }
}

// Every live node is owned, and only by sources that list it.
void Checker::CheckOwners() {
  for (const std::string& node_id : nodes_) {
    auto owners = reader_.NodeOwners(node_id);
    if (!owners.ok()) return ReadFailed(owners.status());
    if (owners->empty()) Problem("node " + node_id + ": no owning source");
    for (const std::string& owner : *owners) {
      auto it = sources_.find(owner);
      if (it == sources_.end()) {
        Problem("node " + node_id + ": owner " + owner + " is not a known source");
        continue;
      }
      const auto& listed = it->second.nodes;
      if (std::find(listed.begin(), listed.end(), node_id) == listed.end()) {
        Problem("node " + node_id + ": owner " + owner + " does not list it");
      }
    }
  }
}

void Checker::Run() {
  if (!Load()) return;
  CheckEdges();
  CheckIndex();
  for (const auto& [id, contents] : sources_) CheckSource(SourceInfo{id, {}, {}, 0});
  CheckOwners();
}

std::vector<std::string> Checker::Take() {
  if (count_ > problems_.size()) {
    problems_.push_back("... and " + std::to_string(count_ - problems_.size()) + " more");
  }
  return std::move(problems_);
}

}  // namespace

std::vector<std::string> VerifyGraph(const GraphReader& reader) {
  Checker checker(reader);
  checker.Run();
  return checker.Take();
}

}  // namespace lexgraph::storage
