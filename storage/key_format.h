// The on-disk key and value layout of the key-value graph stores, shared by
// the RocksDB and in-memory backends. docs/storage-format.md describes it.
// Every string is written as an escaped, terminated component so that keys
// sort like their parts and a key prefix selects exactly one id's records.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "storage/graph_types.h"

namespace lexgraph::storage {

// Bump when the layout changes. FROZEN meaning: a store whose version is
// greater than this is refused (NotSupported).
inline constexpr uint32_t kSchemaVersion = 3;  // 3: one contents record per source
inline constexpr std::string_view kSchemaVersionKey = "schema_version";  // in kMeta

// The column families (RocksDB) or tables (memory). Names are on disk.
enum class Cf : uint8_t { kMeta, kNodes, kOutEdges, kInEdges, kIndexes, kSources, kOwners };
inline constexpr int kCfCount = 7;
const char* CfName(Cf cf);

// FROZEN ON-DISK VALUES: the first byte of every key in kSources. Tags 2-4
// were schema 2's one record per owned item; they are never written again
// and never reused.
enum class SourceTag : uint8_t { kInfo = 1, kContents = 5 };
// FROZEN ON-DISK VALUES: the first byte of each item of a kContents value.
enum class ContentsTag : uint8_t { kNode = 1, kIndex = 2, kEdge = 3 };
// FROZEN ON-DISK VALUES: the first byte of every key in kOwners.
enum class OwnerTag : uint8_t { kNode = 2, kIndex = 3 };

// Components. A string is its bytes with 0x00 written as 0x00 0xFF, then
// the terminator 0x00 0x01. A prefix is the escaped bytes alone.
void AppendString(std::string* dst, std::string_view s);
void AppendStringPrefix(std::string* dst, std::string_view s);
void AppendByte(std::string* dst, uint8_t b);
void AppendBigEndian32(std::string* dst, uint32_t v);
void AppendBigEndian64(std::string* dst, uint64_t v);
// Each reads one component from the front of *in and advances it; false if
// *in is malformed.
bool ReadString(std::string_view* in, std::string* out);
bool ReadByte(std::string_view* in, uint8_t* out);
bool ReadBigEndian32(std::string_view* in, uint32_t* out);
bool ReadBigEndian64(std::string_view* in, uint64_t* out);

// kNodes: String(id) -> kind byte + props.
std::string NodeKey(std::string_view id);
std::string NodeValue(const Node& node);
bool DecodeNode(std::string_view key, std::string_view value, Node* node);

// kOutEdges: String(from) kind String(to) String(owner) BE32(seq) -> props.
// kInEdges:  String(to) kind String(from) String(owner) BE32(seq) -> "" (the
//            props stay on the out-edge).
std::string OutEdgeKey(const Edge& edge);
std::string InEdgeKey(const Edge& edge);
std::string EdgePrefix(std::string_view node_id, std::optional<EdgeKind> kind);
bool DecodeOutEdge(std::string_view key, std::string_view value, Edge* edge);
bool DecodeInEdge(std::string_view key, std::string_view value, Edge* edge);

// kIndexes: String(index) String(key) String(node id) -> "".
std::string IndexKey(const IndexEntry& entry);
std::string IndexPrefix(std::string_view index, std::string_view key_prefix);
bool DecodeIndexKey(std::string_view key, IndexEntry* entry);

// kSources: tag String(source); see SourceTag.
//   kInfo     -> String(path) String(hash) BE64(ingested_at)
//   kContents -> everything the source owns, one item after another:
//                kNode  String(node id)
//                kIndex String(index) String(key) String(node id)
//                kEdge  String(from) kind String(to) BE32(seq)
//                (an edge's owner is the source, so it is not repeated).
std::string SourceKey(SourceTag tag, std::string_view source_id);
std::string SourceInfoValue(const SourceInfo& info);
bool DecodeSourceInfo(std::string_view key, std::string_view value, SourceInfo* info);
// The kContents value is written item by item, in the order the items are
// appended; SourceContentsValue appends nodes, then index entries, then
// edges. Decoding sets each edge's owner to `source_id`; false if `value` is
// malformed.
void AppendContentsNode(std::string* value, std::string_view node_id);
void AppendContentsIndex(std::string* value, const IndexEntry& entry);
void AppendContentsEdge(std::string* value, const Edge& edge);
std::string SourceContentsValue(const SourceContents& contents);
bool DecodeSourceContents(std::string_view value, std::string_view source_id,
                          SourceContents* contents);

// kOwners: who owns a node or an index entry (the reverse of the items of
// each owner's kContents record).
//   kNode  String(node id) String(source) -> ""
//   kIndex String(index) String(key) String(node id) String(source) -> ""
std::string NodeOwnersPrefix(std::string_view node_id);
std::string IndexOwnersPrefix(const IndexEntry& entry);
std::string NodeOwnerKey(std::string_view node_id, std::string_view source_id);
std::string IndexOwnerKey(const IndexEntry& entry, std::string_view source_id);

}  // namespace lexgraph::storage
