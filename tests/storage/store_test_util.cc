#include "tests/storage/store_test_util.h"

#include <stdlib.h>

#include <filesystem>
#include <sstream>

#include "storage/memory_store.h"
#include "storage/rocksdb_store.h"

namespace lexgraph::storage::testing {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "lexgraph-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  if (!path_.empty()) fs::remove_all(path_, ignored);
}

MemoryFactory::MemoryFactory() : store(std::make_unique<MemoryStore>()) {}

RocksDbFactory::RocksDbFactory() {
  RocksDbOptions options;
  options.durability = Durability::kUnsynced;  // the crash test covers synced writes
  auto opened = RocksDbStore::Open(dir.path() + "/store", options);
  if (opened.ok()) store = std::move(*opened);
}

namespace {

std::string Printable(const std::string& bytes) {
  std::string out;
  for (char c : bytes) out += c == '\0' ? std::string("\\0") : std::string(1, c);
  return out;
}

std::string Line(const Edge& e) {
  return Printable(e.from) + " -" + EdgeKindName(e.kind) + "-> " + Printable(e.to) + " owner=" +
         e.owner + " seq=" + std::to_string(e.seq) + " props=" + Printable(e.props);
}

}  // namespace

std::string Dump(const GraphReader& reader) {
  std::ostringstream out;
  Status s = reader.ForEachNode([&](const Node& n) {
    out << "node " << Printable(n.id) << " " << NodeKindName(n.kind) << " " << Printable(n.props)
        << "\n";
    return true;
  });
  if (s.ok()) s = reader.ForEachEdge([&](const Edge& e) { return out << "out " << Line(e) << "\n", true; });
  if (s.ok()) s = reader.ForEachInEdge([&](const Edge& e) { return out << "in " << Line(e) << "\n", true; });
  if (s.ok()) s = reader.ForEachIndexEntry([&](const IndexEntry& e) {
    return out << "index " << e.index << "[" << Printable(e.key) << "] " << Printable(e.node_id) << "\n", true;
  });
  std::vector<SourceInfo> sources;
  if (s.ok()) s = reader.ForEachSource([&](const SourceInfo& i) { return sources.push_back(i), true; });
  for (const SourceInfo& info : sources) {
    out << "source " << info.id << " " << info.path << " " << info.content_hash << " "
        << info.ingested_at << "\n";
    auto contents = reader.GetSourceContents(info.id);
    if (!contents.ok()) return contents.status().ToString();
    for (const auto& n : contents->nodes) out << "  owns node " << Printable(n) << "\n";
    for (const auto& e : contents->edges) out << "  owns edge " << Line(e) << "\n";
    for (const auto& x : contents->index_entries) out << "  owns index " << Printable(x.key) << "\n";
  }
  if (!s.ok()) return s.ToString();
  return out.str();
}

WriteBatch CitingBatch(const std::string& source, const std::vector<std::string>& docs,
                       const std::string& hash) {
  WriteBatch batch;
  batch.ReplaceSource({source, source + ".md", hash, 1700000000});
  batch.PutNode({source, NodeKind::kSource, "{}"});
  uint32_t seq = 0;
  for (const std::string& doc : docs) {
    batch.PutNode({doc, NodeKind::kDocument, "{\"from\":\"" + source + "\"}"});
    batch.PutEdge({source, EdgeKind::kMentions, doc, {}, seq++, "evidence " + doc});
    batch.PutIndex({"by_code", doc, doc});
  }
  return batch;
}

std::string WorkloadSource(uint32_t seq) {
  return "src:" + std::to_string(seq % kWorkloadSources);
}

WriteBatch WorkloadBatch(uint32_t seq) {
  const std::string source = WorkloadSource(seq);
  WriteBatch batch;
  batch.ReplaceSource({source, source + ".md", std::to_string(seq), seq});
  batch.PutNode({source, NodeKind::kSource, "{}"});
  std::string previous;
  for (uint32_t i = 0; i < 5 + seq % 7; ++i) {
    std::string doc = "doc:" + std::to_string((seq * 7 + i * 3) % 23) + "-KL/TW";
    batch.PutNode({doc, NodeKind::kDocument, "{\"seq\":" + std::to_string(seq) + "}"});
    batch.PutEdge({source, EdgeKind::kMentions, doc, {}, i, std::string(200, 'e')});
    batch.PutIndex({"by_code", doc.substr(4), doc});
    if (!previous.empty()) batch.PutEdge({doc, EdgeKind::kContinues, previous, {}, i, "cue"});
    previous = doc;
  }
  return batch;
}

}  // namespace lexgraph::storage::testing
