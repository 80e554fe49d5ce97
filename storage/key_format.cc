#include "storage/key_format.h"

namespace lexgraph::storage {

namespace {
constexpr char kEscape = '\x00';
constexpr char kEscapedZero = '\xff';
constexpr char kTerminator = '\x01';
}  // namespace

const char* CfName(Cf cf) {
  static constexpr const char* kNames[kCfCount] = {"meta",    "nodes",   "out_edges", "in_edges",
                                                   "indexes", "sources", "owners"};
  return kNames[static_cast<int>(cf)];
}

void AppendStringPrefix(std::string* dst, std::string_view s) {
  // Runs without a zero byte (nearly every id) are appended whole.
  for (size_t zero = s.find(kEscape); zero != std::string_view::npos; zero = s.find(kEscape)) {
    dst->append(s.data(), zero + 1);
    dst->push_back(kEscapedZero);
    s.remove_prefix(zero + 1);
  }
  dst->append(s);
}

void AppendString(std::string* dst, std::string_view s) {
  AppendStringPrefix(dst, s);
  dst->push_back(kEscape);
  dst->push_back(kTerminator);
}

void AppendByte(std::string* dst, uint8_t b) { dst->push_back(static_cast<char>(b)); }

void AppendBigEndian32(std::string* dst, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) AppendByte(dst, static_cast<uint8_t>(v >> shift));
}

void AppendBigEndian64(std::string* dst, uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) AppendByte(dst, static_cast<uint8_t>(v >> shift));
}

bool ReadString(std::string_view* in, std::string* out) {
  out->clear();
  for (size_t i = 0; i < in->size(); ++i) {
    char c = (*in)[i];
    if (c != kEscape) {
      out->push_back(c);
      continue;
    }
    if (i + 1 >= in->size()) return false;
    char next = (*in)[++i];
    if (next == kTerminator) {
      in->remove_prefix(i + 1);
      return true;
    }
    if (next != kEscapedZero) return false;
    out->push_back(kEscape);
  }
  return false;  // no terminator
}

bool ReadByte(std::string_view* in, uint8_t* out) {
  if (in->empty()) return false;
  *out = static_cast<uint8_t>((*in)[0]);
  in->remove_prefix(1);
  return true;
}

bool ReadBigEndian32(std::string_view* in, uint32_t* out) {
  uint64_t v = 0;
  if (in->size() < 4) return false;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>((*in)[i]);
  in->remove_prefix(4);
  *out = static_cast<uint32_t>(v);
  return true;
}

bool ReadBigEndian64(std::string_view* in, uint64_t* out) {
  uint64_t v = 0;
  if (in->size() < 8) return false;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>((*in)[i]);
  in->remove_prefix(8);
  *out = v;
  return true;
}

std::string NodeKey(std::string_view id) {
  std::string key;
  AppendString(&key, id);
  return key;
}

std::string NodeValue(const Node& node) {
  std::string value;
  AppendByte(&value, static_cast<uint8_t>(node.kind));
  value.append(node.props);
  return value;
}

bool DecodeNode(std::string_view key, std::string_view value, Node* node) {
  uint8_t kind = 0;
  if (!ReadString(&key, &node->id) || !key.empty() || !ReadByte(&value, &kind)) return false;
  node->kind = static_cast<NodeKind>(kind);
  node->props.assign(value);
  return true;
}

namespace {

// Appends the edge key (near end first) to *key.
void AppendEdgeKey(std::string* key, std::string_view near, std::string_view far, const Edge& edge) {
  key->reserve(key->size() + near.size() + far.size() + edge.owner.size() + 11);
  AppendString(key, near);
  AppendByte(key, static_cast<uint8_t>(edge.kind));
  AppendString(key, far);
  AppendString(key, edge.owner);
  AppendBigEndian32(key, edge.seq);
}

std::string EdgeKey(std::string_view near, std::string_view far, const Edge& edge) {
  std::string key;
  AppendEdgeKey(&key, near, far, edge);
  return key;
}

bool DecodeEdge(std::string_view key, std::string_view value, std::string* near, Edge* edge,
                std::string* far) {
  uint8_t kind = 0;
  if (!ReadString(&key, near) || !ReadByte(&key, &kind) || !ReadString(&key, far) ||
      !ReadString(&key, &edge->owner) || !ReadBigEndian32(&key, &edge->seq) || !key.empty()) {
    return false;
  }
  edge->kind = static_cast<EdgeKind>(kind);
  edge->props.assign(value);
  return true;
}

}  // namespace

std::string OutEdgeKey(const Edge& edge) { return EdgeKey(edge.from, edge.to, edge); }
std::string InEdgeKey(const Edge& edge) { return EdgeKey(edge.to, edge.from, edge); }

std::string EdgePrefix(std::string_view node_id, std::optional<EdgeKind> kind) {
  std::string prefix;
  AppendString(&prefix, node_id);
  if (kind) AppendByte(&prefix, static_cast<uint8_t>(*kind));
  return prefix;
}

bool DecodeOutEdge(std::string_view key, std::string_view value, Edge* edge) {
  return DecodeEdge(key, value, &edge->from, edge, &edge->to);
}

bool DecodeInEdge(std::string_view key, std::string_view value, Edge* edge) {
  return DecodeEdge(key, value, &edge->to, edge, &edge->from);
}

namespace {

void AppendIndexKey(std::string* key, const IndexEntry& entry) {
  key->reserve(key->size() + entry.index.size() + entry.key.size() + entry.node_id.size() + 6);
  AppendString(key, entry.index);
  AppendString(key, entry.key);
  AppendString(key, entry.node_id);
}

}  // namespace

std::string IndexKey(const IndexEntry& entry) {
  std::string key;
  AppendIndexKey(&key, entry);
  return key;
}

std::string IndexPrefix(std::string_view index, std::string_view key_prefix) {
  std::string prefix;
  AppendString(&prefix, index);
  AppendStringPrefix(&prefix, key_prefix);
  return prefix;
}

bool DecodeIndexKey(std::string_view key, IndexEntry* entry) {
  return ReadString(&key, &entry->index) && ReadString(&key, &entry->key) &&
         ReadString(&key, &entry->node_id) && key.empty();
}

std::string SourceKey(SourceTag tag, std::string_view source_id) {
  std::string key;
  AppendByte(&key, static_cast<uint8_t>(tag));
  AppendString(&key, source_id);
  return key;
}

std::string SourceInfoValue(const SourceInfo& info) {
  std::string value;
  AppendString(&value, info.path);
  AppendString(&value, info.content_hash);
  AppendBigEndian64(&value, static_cast<uint64_t>(info.ingested_at));
  return value;
}

bool DecodeSourceInfo(std::string_view key, std::string_view value, SourceInfo* info) {
  uint8_t tag = 0;
  uint64_t time = 0;
  if (!ReadByte(&key, &tag) || tag != static_cast<uint8_t>(SourceTag::kInfo) ||
      !ReadString(&key, &info->id) || !key.empty()) {
    return false;
  }
  if (!ReadString(&value, &info->path) || !ReadString(&value, &info->content_hash) ||
      !ReadBigEndian64(&value, &time) || !value.empty()) {
    return false;
  }
  info->ingested_at = static_cast<int64_t>(time);
  return true;
}

void AppendContentsNode(std::string* value, std::string_view node_id) {
  AppendByte(value, static_cast<uint8_t>(ContentsTag::kNode));
  AppendString(value, node_id);
}

void AppendContentsIndex(std::string* value, const IndexEntry& entry) {
  AppendByte(value, static_cast<uint8_t>(ContentsTag::kIndex));
  AppendIndexKey(value, entry);
}

void AppendContentsEdge(std::string* value, const Edge& edge) {
  AppendByte(value, static_cast<uint8_t>(ContentsTag::kEdge));
  AppendString(value, edge.from);
  AppendByte(value, static_cast<uint8_t>(edge.kind));
  AppendString(value, edge.to);
  AppendBigEndian32(value, edge.seq);
}

std::string SourceContentsValue(const SourceContents& contents) {
  std::string value;
  for (const std::string& node_id : contents.nodes) AppendContentsNode(&value, node_id);
  for (const IndexEntry& entry : contents.index_entries) AppendContentsIndex(&value, entry);
  for (const Edge& edge : contents.edges) AppendContentsEdge(&value, edge);
  return value;
}

namespace {

bool ReadContentsEdge(std::string_view* in, std::string_view source_id, Edge* edge) {
  uint8_t kind = 0;
  if (!ReadString(in, &edge->from) || !ReadByte(in, &kind) || !ReadString(in, &edge->to) ||
      !ReadBigEndian32(in, &edge->seq)) {
    return false;
  }
  edge->kind = static_cast<EdgeKind>(kind);
  edge->owner.assign(source_id);
  return true;
}

bool ReadContentsItem(std::string_view* in, std::string_view source_id, SourceContents* contents) {
  uint8_t tag = 0;
  if (!ReadByte(in, &tag)) return false;
  switch (static_cast<ContentsTag>(tag)) {
    case ContentsTag::kNode:
      return ReadString(in, &contents->nodes.emplace_back());
    case ContentsTag::kIndex: {
      IndexEntry& entry = contents->index_entries.emplace_back();
      return ReadString(in, &entry.index) && ReadString(in, &entry.key) &&
             ReadString(in, &entry.node_id);
    }
    case ContentsTag::kEdge:
      return ReadContentsEdge(in, source_id, &contents->edges.emplace_back());
  }
  return false;
}

}  // namespace

bool DecodeSourceContents(std::string_view value, std::string_view source_id,
                          SourceContents* contents) {
  *contents = {};
  while (!value.empty()) {
    if (!ReadContentsItem(&value, source_id, contents)) return false;
  }
  return true;
}

std::string NodeOwnersPrefix(std::string_view node_id) {
  std::string prefix;
  AppendByte(&prefix, static_cast<uint8_t>(OwnerTag::kNode));
  AppendString(&prefix, node_id);
  return prefix;
}

std::string IndexOwnersPrefix(const IndexEntry& entry) {
  std::string prefix;
  AppendByte(&prefix, static_cast<uint8_t>(OwnerTag::kIndex));
  AppendIndexKey(&prefix, entry);
  return prefix;
}

std::string NodeOwnerKey(std::string_view node_id, std::string_view source_id) {
  std::string key = NodeOwnersPrefix(node_id);
  AppendString(&key, source_id);
  return key;
}

std::string IndexOwnerKey(const IndexEntry& entry, std::string_view source_id) {
  std::string key = IndexOwnersPrefix(entry);
  AppendString(&key, source_id);
  return key;
}

}  // namespace lexgraph::storage
