#include "storage/write_batch.h"

#include <utility>

namespace lexgraph::storage {

void WriteBatch::ReplaceSource(SourceInfo info) {
  Group group;
  group.info = std::move(info);
  groups_.push_back(std::move(group));
}

void WriteBatch::RemoveSource(std::string source_id) {
  Group group;
  group.remove_only = true;
  group.info.id = std::move(source_id);
  groups_.push_back(std::move(group));
}

WriteBatch::Group* WriteBatch::CurrentGroup(const char* op) {
  if (!groups_.empty() && !groups_.back().remove_only) return &groups_.back();
  if (error_.ok()) {
    error_ = Status::InvalidArgument(std::string(op) +
                                     " outside a source: call ReplaceSource first");
  }
  return nullptr;
}

void WriteBatch::PutNode(Node node) {
  if (Group* group = CurrentGroup("PutNode")) group->nodes.push_back(std::move(node));
}

void WriteBatch::PutEdge(Edge edge) {
  if (Group* group = CurrentGroup("PutEdge")) {
    edge.owner = group->info.id;
    group->edges.push_back(std::move(edge));
  }
}

void WriteBatch::PutIndex(IndexEntry entry) {
  if (Group* group = CurrentGroup("PutIndex")) group->index_entries.push_back(std::move(entry));
}

}  // namespace lexgraph::storage
