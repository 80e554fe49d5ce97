#include "storage/kv_reader.h"

#include <utility>

namespace lexgraph::storage {

namespace {

Status Malformed(Cf cf) {
  return Status::Corruption(std::string("malformed record in column family ") + CfName(cf));
}

// Scans `prefix` and hands each record, decoded by `decode`, to `fn`.
template <class T, class Decode, class Fn>
Status ScanAs(const KvView& kv, Cf cf, std::string_view prefix, Decode decode, const Fn& fn) {
  Status bad;
  Status s = kv.Scan(cf, prefix, [&](std::string_view key, std::string_view value) {
    T item;
    if (!decode(key, value, &item)) {
      bad = Malformed(cf);
      return false;
    }
    return fn(item);
  });
  return s.ok() ? bad : s;
}

template <class T, class Decode>
Result<std::vector<T>> CollectAs(const KvView& kv, Cf cf, std::string_view prefix, Decode decode) {
  std::vector<T> items;
  Status s = ScanAs<T>(kv, cf, prefix, decode, [&](const T& item) {
    items.push_back(item);
    return true;
  });
  if (!s.ok()) return s;
  return items;
}

auto StringAfter(size_t prefix_size) {
  return [=](std::string_view key, std::string_view, std::string* out) {
    key.remove_prefix(prefix_size);
    return ReadString(&key, out) && key.empty();
  };
}

auto IndexAfter(size_t prefix_size) {
  return [=](std::string_view key, std::string_view, IndexEntry* entry) {
    return DecodeIndexKey(key.substr(prefix_size), entry);
  };
}

}  // namespace

template <class Base>
Result<Node> KvReader<Base>::GetNode(std::string_view id) const {
  std::string value;
  Status s = kv().Get(Cf::kNodes, NodeKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no node " + std::string(id));
  if (!s.ok()) return s;
  Node node;
  if (!DecodeNode(NodeKey(id), value, &node)) return Malformed(Cf::kNodes);
  return node;
}

template <class Base>
Result<std::vector<Edge>> KvReader<Base>::OutEdges(std::string_view id,
                                                   std::optional<EdgeKind> kind) const {
  return CollectAs<Edge>(kv(), Cf::kOutEdges, EdgePrefix(id, kind), DecodeOutEdge);
}

template <class Base>
Result<std::vector<Edge>> KvReader<Base>::InEdges(std::string_view id,
                                                  std::optional<EdgeKind> kind) const {
  auto edges = CollectAs<Edge>(kv(), Cf::kInEdges, EdgePrefix(id, kind), DecodeInEdge);
  if (!edges.ok()) return edges;
  for (Edge& edge : *edges) {  // the evidence is kept once, on the out-edge
    Status s = kv().Get(Cf::kOutEdges, OutEdgeKey(edge), &edge.props);
    if (s.IsNotFound()) {
      return Status::Corruption("in-edge " + edge.from + " -> " + edge.to + " has no out-edge record");
    }
    if (!s.ok()) return s;
  }
  return edges;
}

template <class Base>
Result<std::vector<IndexEntry>> KvReader<Base>::ScanIndex(std::string_view index,
                                                          std::string_view key_prefix) const {
  return CollectAs<IndexEntry>(kv(), Cf::kIndexes, IndexPrefix(index, key_prefix), IndexAfter(0));
}

template <class Base>
Status KvReader<Base>::ForEachNode(const GraphReader::NodeFn& fn) const {
  return ScanAs<Node>(kv(), Cf::kNodes, "", DecodeNode, fn);
}

template <class Base>
Status KvReader<Base>::ForEachEdge(const GraphReader::EdgeFn& fn) const {
  return ScanAs<Edge>(kv(), Cf::kOutEdges, "", DecodeOutEdge, fn);
}

template <class Base>
Status KvReader<Base>::ForEachInEdge(const GraphReader::EdgeFn& fn) const {
  return ScanAs<Edge>(kv(), Cf::kInEdges, "", DecodeInEdge, fn);
}

template <class Base>
Status KvReader<Base>::ForEachIndexEntry(const GraphReader::IndexFn& fn) const {
  return ScanAs<IndexEntry>(kv(), Cf::kIndexes, "", IndexAfter(0), fn);
}

template <class Base>
Status KvReader<Base>::ForEachSource(const GraphReader::SourceFn& fn) const {
  std::string prefix(1, static_cast<char>(SourceTag::kInfo));
  return ScanAs<SourceInfo>(kv(), Cf::kSources, prefix, DecodeSourceInfo, fn);
}

template <class Base>
Result<SourceInfo> KvReader<Base>::GetSource(std::string_view source_id) const {
  std::string key = SourceKey(SourceTag::kInfo, source_id);
  std::string value;
  Status s = kv().Get(Cf::kSources, key, &value);
  if (s.IsNotFound()) return Status::NotFound("no source " + std::string(source_id));
  if (!s.ok()) return s;
  SourceInfo info;
  if (!DecodeSourceInfo(key, value, &info)) return Malformed(Cf::kSources);
  return info;
}

template <class Base>
Result<SourceContents> KvReader<Base>::GetSourceContents(std::string_view source_id) const {
  std::string value;
  Status s = kv().Get(Cf::kSources, SourceKey(SourceTag::kContents, source_id), &value);
  SourceContents contents;
  if (s.IsNotFound()) return contents;  // a source that owns nothing, or no source
  if (!s.ok()) return s;
  if (!DecodeSourceContents(value, source_id, &contents)) return Malformed(Cf::kSources);
  return contents;
}

template <class Base>
Result<std::vector<std::string>> KvReader<Base>::NodeOwners(std::string_view node_id) const {
  std::string prefix = NodeOwnersPrefix(node_id);
  return CollectAs<std::string>(kv(), Cf::kOwners, prefix, StringAfter(prefix.size()));
}

template <class Base>
Result<std::vector<std::string>> KvReader<Base>::IndexOwners(const IndexEntry& entry) const {
  std::string prefix = IndexOwnersPrefix(entry);
  return CollectAs<std::string>(kv(), Cf::kOwners, prefix, StringAfter(prefix.size()));
}

template class KvReader<GraphReader>;
template class KvReader<GraphStore>;

}  // namespace lexgraph::storage
