// VerifyGraph finds each broken invariant. The store is corrupted on
// purpose through the raw key-value tables of a MemoryStore.
#include <catch2/catch.hpp>

#include "storage/key_format.h"
#include "storage/memory_store.h"
#include "storage/verify_graph.h"
#include "tests/storage/store_test_util.h"

namespace lexgraph::storage {
namespace {

using testing::CitingBatch;

const Edge kMention{"src:a", EdgeKind::kMentions, "doc:A", "src:a", 0, "evidence doc:A"};

TEST_CASE("VerifyGraph passes a store built only through batches", "[storage][verify]") {
  MemoryStore store;
  REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A", "doc:B"})).ok());
  REQUIRE(store.Apply(CitingBatch("src:b", {"doc:B"})).ok());
  CHECK(VerifyGraph(store).empty());
}

TEST_CASE("VerifyGraph names each broken invariant", "[storage][verify]") {
  struct Case {
    const char* damage;
    KvWrite write;
    const char* expected;
  };
  const std::vector<Case> cases = {
      // Edges: both ends exist, out and in mirror each other.
      {"an edge end deleted", {Cf::kNodes, NodeKey("doc:A"), std::nullopt}, "no node doc:A"},
      {"an in-edge deleted", {Cf::kInEdges, InEdgeKey(kMention), std::nullopt}, "no in-edge record"},
      {"an in-edge holding evidence", {Cf::kInEdges, InEdgeKey(kMention), "forged"},
       "in-edge record holds evidence"},
      {"an out-edge deleted", {Cf::kOutEdges, OutEdgeKey(kMention), std::nullopt},
       "in-edge record without its out-edge"},
      // Index entries point at live nodes.
      {"an index entry to nowhere", {Cf::kIndexes, IndexKey({"by_code", "x", "doc:gone"}), ""},
       "no such node"},
      // Each source wholly present, and its records agree both ways.
      {"an ownership record lost", {Cf::kOwners, NodeOwnerKey("doc:A", "src:a"), std::nullopt},
       "does not list it as owner"},
      {"a source's info lost", {Cf::kSources, SourceKey(SourceTag::kInfo, "src:a"), std::nullopt},
       "is not a known source"},
      {"an unowned node", {Cf::kNodes, NodeKey("doc:stray"), NodeValue({"doc:stray", NodeKind::kDocument, ""})},
       "node doc:stray: no owning source"},
  };
  for (const Case& c : cases) {
    INFO(c.damage);
    MemoryStore store;
    REQUIRE(store.Apply(CitingBatch("src:a", {"doc:A"})).ok());
    REQUIRE(store.kv_for_testing()->Write({c.write}).ok());
    std::vector<std::string> problems = VerifyGraph(store);
    REQUIRE_FALSE(problems.empty());
    bool named = false;
    for (const std::string& problem : problems) {
      UNSCOPED_INFO(problem);
      named = named || problem.find(c.expected) != std::string::npos;
    }
    CHECK(named);
  }
}

}  // namespace
}  // namespace lexgraph::storage
