// The GraphStore contract, run against every implementation. Each case ends
// by checking the store's invariants with VerifyGraph.
#include <catch2/catch.hpp>

#include "storage/verify_graph.h"
#include "tests/storage/store_test_util.h"

namespace lexgraph::storage {
namespace {

using testing::CitingBatch;
using testing::Dump;
using testing::MemoryFactory;
using testing::RocksDbFactory;

#define STORE_TEST(name) TEMPLATE_TEST_CASE(name, "[storage]", MemoryFactory, RocksDbFactory)

void RequireConsistent(const GraphReader& reader) {
  std::vector<std::string> problems = VerifyGraph(reader);
  INFO(Dump(reader));
  for (const auto& problem : problems) UNSCOPED_INFO(problem);
  REQUIRE(problems.empty());
}

std::vector<std::string> Targets(const std::vector<Edge>& edges) {
  std::vector<std::string> out;
  for (const Edge& edge : edges) out.push_back(edge.to);
  return out;
}

STORE_TEST("A node put in a batch reads back with its kind and props") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  // Ids are readable and may hold any UTF-8, '/', '@', spaces and NUL.
  const std::vector<Node> nodes = {
      {"doc:62-KL/TW@X", NodeKind::kDocument, "{\"type\":\"KL\"}"},
      {"issuer:Bộ Chính trị", NodeKind::kIssuer, ""},
      {"date:2009-12-08", NodeKind::kDate, std::string("bin\0ary", 7)},
      {std::string("odd\0id/with\xff", 12), NodeKind::kSection, "x"},
  };
  WriteBatch batch;
  batch.ReplaceSource({"src:a", "a.md", "h", 1});
  for (const Node& node : nodes) batch.PutNode(node);
  REQUIRE(store.Apply(batch).ok());
  for (const Node& node : nodes) {
    auto read = store.GetNode(node.id);
    REQUIRE(read.ok());
    CHECK(*read == node);
  }
  CHECK(store.GetNode("doc:never-put").status().IsNotFound());
  CHECK(store.GetNode("doc:62-KL/TW").status().IsNotFound());  // a prefix is not the node
  RequireConsistent(store);
}

STORE_TEST("Edges are found from either end, all or by kind") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  WriteBatch batch = CitingBatch("src:a", {"doc:1", "doc:2"});
  batch.PutEdge({"doc:2", EdgeKind::kContinues, "doc:1", {}, 0, "tiếp tục thực hiện"});
  REQUIRE(store.Apply(batch).ok());

  auto out = store.OutEdges("src:a");
  REQUIRE(out.ok());
  CHECK(Targets(*out) == std::vector<std::string>{"doc:1", "doc:2"});
  CHECK((*out)[0].owner == "src:a");
  CHECK((*out)[0].props == "evidence doc:1");

  auto in = store.InEdges("doc:1");
  REQUIRE(in.ok());
  REQUIRE(in->size() == 2);  // mentions from the source, continues from doc:2
  auto continues_in = store.InEdges("doc:1", EdgeKind::kContinues);
  REQUIRE(continues_in.ok());
  REQUIRE(continues_in->size() == 1);
  CHECK((*continues_in)[0].from == "doc:2");
  CHECK((*continues_in)[0].props == "tiếp tục thực hiện");
  CHECK(store.OutEdges("doc:1", EdgeKind::kContinues)->empty());
  CHECK(store.OutEdges("doc:none")->empty());
  RequireConsistent(store);
}

STORE_TEST("Several edges of one kind between one pair stay apart by seq and by owner") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  WriteBatch batch = CitingBatch("src:a", {"doc:1", "doc:2"});
  batch.PutEdge({"doc:2", EdgeKind::kImplements, "doc:1", {}, 0, "first clause"});
  batch.PutEdge({"doc:2", EdgeKind::kImplements, "doc:1", {}, 1, "second clause"});
  WriteBatch other = CitingBatch("src:b", {"doc:1", "doc:2"});
  other.PutEdge({"doc:2", EdgeKind::kImplements, "doc:1", {}, 0, "said elsewhere"});
  REQUIRE(store.Apply(batch).ok());
  REQUIRE(store.Apply(other).ok());

  auto edges = store.OutEdges("doc:2", EdgeKind::kImplements);
  REQUIRE(edges.ok());
  REQUIRE(edges->size() == 3);
  CHECK((*edges)[0].props == "first clause");
  CHECK((*edges)[1].props == "second clause");
  CHECK((*edges)[2].owner == "src:b");
  RequireConsistent(store);
}

STORE_TEST("An index prefix scan returns exactly the keys under the prefix, in key order") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  WriteBatch batch;
  batch.ReplaceSource({"src:a", "a.md", "h", 1});
  const std::vector<std::string> keys = {"62-KL/TW", "62-KL/TU", "6-CT/TW", "620", "62",
                                         std::string("62\0z", 4), "7"};
  for (const std::string& key : keys) {
    batch.PutNode({"doc:" + key, NodeKind::kDocument, ""});
    batch.PutIndex({"by_code", key, "doc:" + key});
  }
  batch.PutIndex({"by_code_other", "62-KL/TW", "doc:62-KL/TW"});
  REQUIRE(store.Apply(batch).ok());

  struct Case {
    std::string prefix;
    std::vector<std::string> keys;
  };
  const std::vector<Case> cases = {
      // A prefix matches itself, longer keys and keys with NUL after it.
      {"62", {"62", std::string("62\0z", 4), "62-KL/TU", "62-KL/TW", "620"}},
      {"62-KL/", {"62-KL/TU", "62-KL/TW"}},
      {std::string("62\0", 3), {std::string("62\0z", 4)}},
      {"8", {}},
      // An empty prefix is the whole index, and only that index.
      {"", {"6-CT/TW", "62", std::string("62\0z", 4), "62-KL/TU", "62-KL/TW", "620", "7"}},
  };
  for (const Case& c : cases) {
    auto entries = store.ScanIndex("by_code", c.prefix);
    REQUIRE(entries.ok());
    std::vector<std::string> found;
    for (const IndexEntry& entry : *entries) found.push_back(entry.key);
    CHECK(found == c.keys);
  }
  RequireConsistent(store);
}

STORE_TEST("Re-ingesting a changed source replaces exactly its old contributions") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A", "doc:B"}, "v1")).ok());
  REQUIRE(store.Apply(CitingBatch("src:b", {"doc:B", "doc:C"})).ok());
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A", "doc:D"}, "v2")).ok());

  CHECK(Targets(*store.OutEdges("src:a")) == std::vector<std::string>{"doc:A", "doc:D"});
  CHECK(Targets(*store.OutEdges("src:b")) == std::vector<std::string>{"doc:B", "doc:C"});
  CHECK(store.GetNode("doc:B").ok());  // still cited by src:b
  CHECK(store.InEdges("doc:B")->size() == 1);
  CHECK(store.GetSource("src:a")->content_hash == "v2");
  CHECK(*store.NodeOwners("doc:B") == std::vector<std::string>{"src:b"});
  RequireConsistent(store);
}

STORE_TEST("A node shared by two sources lives until the last of them is removed") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A", "doc:B"})).ok());
  REQUIRE(store.Apply(CitingBatch("src:b", {"doc:B"})).ok());

  WriteBatch remove_a;
  remove_a.RemoveSource("src:a");
  REQUIRE(store.Apply(remove_a).ok());
  CHECK(store.GetNode("doc:A").status().IsNotFound());
  CHECK(store.GetNode("doc:B").ok());
  CHECK(store.ScanIndex("by_code", "doc:A")->empty());
  CHECK(store.GetSource("src:a").status().IsNotFound());
  RequireConsistent(store);

  WriteBatch remove_b;
  remove_b.RemoveSource("src:b");
  REQUIRE(store.Apply(remove_b).ok());
  CHECK(Dump(store).empty());
}

STORE_TEST("An edge to a node another source put keeps that node alive") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A"})).ok());
  WriteBatch b;
  b.ReplaceSource({"src:b", "b.md", "h", 2});
  b.PutNode({"src:b", NodeKind::kSource, ""});
  b.PutEdge({"src:b", EdgeKind::kMentions, "doc:A", {}, 0, ""});  // doc:A not put by src:b
  REQUIRE(store.Apply(b).ok());
  WriteBatch remove_a;
  remove_a.RemoveSource("src:a");
  REQUIRE(store.Apply(remove_a).ok());
  CHECK(store.GetNode("doc:A").ok());
  RequireConsistent(store);
}

STORE_TEST("Sources removed and replaced in one batch settle shared nodes together") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:shared"})).ok());
  REQUIRE(store.Apply(CitingBatch("src:b", {"doc:shared"})).ok());
  WriteBatch batch;  // neither source cites doc:shared afterwards
  batch.RemoveSource("src:a");
  const WriteBatch replacement = CitingBatch("src:b", {"doc:other"});
  for (const auto& group : replacement.groups()) {
    batch.ReplaceSource(group.info);
    for (const auto& node : group.nodes) batch.PutNode(node);
    for (const auto& edge : group.edges) batch.PutEdge(edge);
  }
  REQUIRE(store.Apply(batch).ok());
  CHECK(store.GetNode("doc:shared").status().IsNotFound());
  CHECK(store.GetNode("doc:other").ok());
  RequireConsistent(store);
}

STORE_TEST("Applying the same batch again changes nothing") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A", "doc:B"})).ok());
  std::string before = Dump(store);
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A", "doc:B"})).ok());
  CHECK(Dump(store) == before);
}

STORE_TEST("A batch that breaks a rule is refused and writes nothing") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A"})).ok());
  const std::string before = Dump(store);

  struct Case {
    const char* rule;
    std::function<void(WriteBatch*)> build;
  };
  const std::vector<Case> cases = {
      {"a put before any source", [](WriteBatch* b) { b->PutNode({"doc:X", NodeKind::kDocument, ""}); }},
      {"a put after RemoveSource",
       [](WriteBatch* b) {
         b->RemoveSource("src:a");
         b->PutNode({"doc:X", NodeKind::kDocument, ""});
       }},
      {"one source twice",
       [](WriteBatch* b) {
         b->ReplaceSource({"src:b", "", "", 0});
         b->ReplaceSource({"src:b", "", "", 0});
       }},
      {"an edge to a node nowhere",
       [](WriteBatch* b) {
         b->ReplaceSource({"src:b", "", "", 0});
         b->PutNode({"doc:X", NodeKind::kDocument, ""});
         b->PutEdge({"doc:X", EdgeKind::kAmends, "doc:nowhere", {}, 0, ""});
       }},
      {"an index entry for a node nowhere",
       [](WriteBatch* b) {
         b->ReplaceSource({"src:b", "", "", 0});
         b->PutIndex({"by_code", "k", "doc:nowhere"});
       }},
      {"an empty node id",
       [](WriteBatch* b) {
         b->ReplaceSource({"src:b", "", "", 0});
         b->PutNode({"", NodeKind::kDocument, ""});
       }},
      {"an empty source id", [](WriteBatch* b) { b->ReplaceSource({"", "", "", 0}); }},
  };
  for (const Case& c : cases) {
    INFO(c.rule);
    WriteBatch batch;
    c.build(&batch);
    Status s = store.Apply(batch);
    CHECK(s.code() == Status::Code::kInvalidArgument);
    CHECK(Dump(store) == before);
  }
  RequireConsistent(store);
}

STORE_TEST("A snapshot does not see later writes") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A"}, "v1")).ok());
  auto snapshot = store.Snapshot();
  REQUIRE(snapshot.ok());
  const std::string before = Dump(**snapshot);
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:B"}, "v2")).ok());
  REQUIRE(store.Apply(CitingBatch("src:c", {"doc:C"})).ok());

  CHECK(Dump(**snapshot) == before);
  CHECK((*snapshot)->GetNode("doc:A").ok());
  CHECK((*snapshot)->GetNode("doc:B").status().IsNotFound());
  CHECK((*snapshot)->GetSource("src:a")->content_hash == "v1");
  CHECK(store.GetSource("src:a")->content_hash == "v2");
  RequireConsistent(**snapshot);
}

STORE_TEST("Stats count nodes and edges by kind, index entries and sources") {
  TestType fixture;
  GraphStore& store = *fixture.store;
  WriteBatch batch = CitingBatch("src:a", {"doc:A", "doc:B"});
  batch.PutNode({"issuer:BCT", NodeKind::kIssuer, ""});
  batch.PutEdge({"doc:A", EdgeKind::kIssuedBy, "issuer:BCT", {}, 0, ""});
  REQUIRE(store.Apply(batch).ok());
  REQUIRE(store.Apply(CitingBatch("src:b", {"doc:A"})).ok());

  auto stats = store.Stats();
  REQUIRE(stats.ok());
  CHECK(stats->nodes_by_kind == std::map<NodeKind, uint64_t>{
                                    {NodeKind::kSource, 2}, {NodeKind::kDocument, 2},
                                    {NodeKind::kIssuer, 1}});
  CHECK(stats->edges_by_kind == std::map<EdgeKind, uint64_t>{{EdgeKind::kMentions, 3},
                                                             {EdgeKind::kIssuedBy, 1}});
  CHECK(stats->index_entries == 2);  // doc:A indexed by both sources is one entry
  CHECK(stats->sources == 2);
  CHECK(stats->bytes_on_disk > 0);
}

}  // namespace
}  // namespace lexgraph::storage
