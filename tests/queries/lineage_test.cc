// The lineage walk on a MemoryStore: a hand-built graph with a cycle for
// direction, depth and cycle reports; the sample report for the answers the
// issue names (1051-CV/TU reaches 65-KL/TW and 24-NQ/TW of khóa IX; task
// P2/II/3#2 cites 11-CT/TU).
#include "queries/lineage.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "../engine/engine_test_util.h"
#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/relation_records.h"
#include "queries/render_lineage.h"
#include "queries/task_deps.h"
#include "storage/memory_store.h"
#include "storage/write_batch.h"

namespace lexgraph {
namespace {

using storage::EdgeKind;

struct Link {
  const char* from;
  EdgeKind kind;
  const char* to;
  const char* source;
};

// Documents A..F and the links between them, each link owned by its source.
void Build(storage::MemoryStore& store, const std::vector<Link>& links) {
  std::set<std::string> sources;
  for (const Link& l : links) sources.insert(l.source);
  for (const std::string& source : sources) {
    storage::WriteBatch batch;
    batch.ReplaceSource({SourceId(source), source, "hash-" + source, 1});
    for (const char* key : {"A", "B", "C", "D", "E", "F"}) {
      DocumentFacts f;
      f.key = key;
      batch.PutNode({DocumentId(key), storage::NodeKind::kDocument, EncodeDocument(f)});
    }
    uint32_t seq = 0;
    for (const Link& l : links) {
      if (source != l.source) continue;
      Relation r;
      r.cue = "tiếp tục thực hiện";
      r.evidence = {source, "P1/I/1", std::nullopt, std::string(l.from) + " then " + l.to, {seq, seq + 1}};
      batch.PutEdge({DocumentId(l.from), l.kind, DocumentId(l.to), {}, seq++, EncodeRelation(r)});
    }
    REQUIRE(store.Apply(batch).ok());
  }
}

std::vector<std::string> NodeIds(const Lineage& l) {
  std::vector<std::string> out;
  for (const LineageNode& n : l.nodes) out.push_back(std::string(DocumentKeyOf(n.id)) + "@" + std::to_string(n.depth));
  return out;
}

Lineage Walk(const storage::GraphReader& store, const char* root, LineageDirection d, int depth = 0) {
  Result<Lineage> l = WalkLineage(store, DocumentId(root), {d, depth});
  REQUIRE(l.ok());
  return *l;
}

// A -> B -> C -> A is a cycle; C -> D; E -> A; F stands alone.
const std::vector<Link> kCycle = {
    {"A", EdgeKind::kContinues, "B", "s1.md"}, {"B", EdgeKind::kImplements, "C", "s1.md"},
    {"C", EdgeKind::kAmends, "A", "s1.md"},    {"C", EdgeKind::kBasedOn, "D", "s1.md"},
    {"E", EdgeKind::kGuides, "A", "s1.md"},    {"A", EdgeKind::kContinues, "B", "s2.md"},
};

TEST_CASE("Lineage walks up and down breadth first, each document once", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  CHECK(NodeIds(Walk(store, "A", LineageDirection::kUp)) ==
        std::vector<std::string>{"A@0", "B@1", "C@2", "D@3"});
  CHECK(NodeIds(Walk(store, "A", LineageDirection::kDown)) ==
        std::vector<std::string>{"A@0", "E@1", "C@1", "B@2"});  // a level in kind order: guides, amends
  CHECK(NodeIds(Walk(store, "D", LineageDirection::kDown)) ==
        std::vector<std::string>{"D@0", "C@1", "B@2", "A@3", "E@4"});
  CHECK(NodeIds(Walk(store, "F", LineageDirection::kBoth)) == std::vector<std::string>{"F@0"});
  Lineage both = Walk(store, "D", LineageDirection::kBoth);
  CHECK(both.nodes.size() == 5);  // nothing above D; everything but F below it
}

TEST_CASE("Lineage stops at the depth asked", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  CHECK(NodeIds(Walk(store, "A", LineageDirection::kUp, 1)) == std::vector<std::string>{"A@0", "B@1"});
  CHECK(NodeIds(Walk(store, "A", LineageDirection::kUp, 2)) ==
        std::vector<std::string>{"A@0", "B@1", "C@2"});
  Lineage both = Walk(store, "A", LineageDirection::kBoth, 1);
  CHECK(NodeIds(both) == std::vector<std::string>{"A@0", "B@1", "E@1", "C@1"});
  CHECK(both.cycles.empty());  // B -> C is beyond the depth, so the cycle is not seen
}

TEST_CASE("Lineage stops at the documents asked and says so", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  auto capped = [&](const char* root, LineageDirection d, size_t most) {
    Result<Lineage> l = WalkLineage(store, DocumentId(root), {.direction = d, .max_nodes = most});
    REQUIRE(l.ok());
    return *l;
  };
  Lineage two = capped("D", LineageDirection::kDown, 2);
  CHECK(NodeIds(two) == std::vector<std::string>{"D@0", "C@1"});
  CHECK(two.truncated);
  for (const LineageEdge& e : two.edges) {  // no edge to a document left out
    CHECK((DocumentKeyOf(e.from) != "B" && DocumentKeyOf(e.to) != "B"));
  }
  // Exactly as many as there are: nothing left out, nothing said.
  Lineage all = capped("D", LineageDirection::kDown, 5);
  CHECK(all.nodes.size() == 5);
  CHECK_FALSE(all.truncated);
  CHECK_FALSE(capped("A", LineageDirection::kUp, 0).truncated);
  // Both ways: a walk stopped going up does not go down.
  Lineage both = capped("A", LineageDirection::kBoth, 3);
  CHECK(NodeIds(both) == std::vector<std::string>{"A@0", "B@1", "C@2"});
  CHECK(both.truncated);
  CHECK(LineageJson(both, LineageDirection::kBoth).find("\"truncated\":true") != std::string::npos);
  CHECK(LineageText(both, LineageDirection::kBoth).find("stopped at 3 documents") != std::string::npos);
}

TEST_CASE("Lineage reports a cycle once and does not loop", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  Lineage up = Walk(store, "A", LineageDirection::kUp);
  REQUIRE(up.cycles.size() == 1);
  CHECK(up.cycles[0] == std::vector<std::string>{"doc:A", "doc:B", "doc:C"});
  CHECK(up.edges.size() == 4);  // A->B, B->C, C->A, C->D
  std::string text = LineageText(up, LineageDirection::kUp);
  CHECK(text.find("cycle") != std::string::npos);

  Lineage none = Walk(store, "E", LineageDirection::kDown);
  CHECK(none.cycles.empty());
}

TEST_CASE("One relation stated by two sources is one edge with both evidences", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  Lineage up = Walk(store, "A", LineageDirection::kUp, 1);
  REQUIRE(up.edges.size() == 1);
  const LineageEdge& e = up.edges[0];
  CHECK(e.kind == EdgeKind::kContinues);
  REQUIRE(e.evidence.size() == 2);
  std::set<std::string> sources{e.evidence[0].evidence.source, e.evidence[1].evidence.source};
  CHECK(sources == std::set<std::string>{"s1.md", "s2.md"});
  CHECK(e.evidence[0].evidence.text == "A then B");
}

TEST_CASE("WalkLineage refuses what is no document", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  CHECK(WalkLineage(store, "doc:Z", {}).status().IsNotFound());
  CHECK(WalkLineage(store, SourceId("s1.md"), {}).status().IsNotFound());
}

TEST_CASE("The sample's lineage of 1051-CV/TU and the citations of task P2/II/3#2", "[queries][lineage]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, testing::SampleReport(), "/r/kien-giang.md").ok());
  Lineage up = Walk(store, "1051-CV/TU@XII", LineageDirection::kUp);
  CHECK(NodeIds(up) == std::vector<std::string>{"1051-CV/TU@XII@0", "65-KL/TW@XII@1", "24-NQ/TW@IX@2"});
  REQUIRE(up.edges.size() == 2);
  CHECK(up.edges[0].kind == EdgeKind::kImplements);
  CHECK(up.edges[1].kind == EdgeKind::kContinues);
  for (const LineageEdge& e : up.edges) {
    REQUIRE_FALSE(e.evidence.empty());
    CHECK(e.evidence[0].evidence.text.find("65-KL/TW") != std::string::npos);
  }
  Lineage down = Walk(store, "24-NQ/TW@IX", LineageDirection::kDown);
  CHECK(NodeIds(down) == std::vector<std::string>{"24-NQ/TW@IX@0", "65-KL/TW@XII@1", "1051-CV/TU@XII@2"});

  Result<std::vector<TaskMatch>> tasks = FindTasks(store, "P2/II/3#2");
  REQUIRE(tasks.ok());
  REQUIRE(tasks->size() == 1);
  Result<TaskDependencies> deps = DependenciesOf(store, tasks->front(), {});
  REQUIRE(deps.ok());
  REQUIRE(deps->documents.size() == 1);
  CHECK(deps->documents[0].id == "doc:11-CT/TU@XII");

  Result<std::vector<TaskMatch>> by_words = FindTasks(store, "mat tran to quoc 11-CT/TU");
  REQUIRE(by_words.ok());
  REQUIRE(by_words->size() == 1);
  CHECK(by_words->front().section.path == "P2/II/3#2");
  Result<std::vector<TaskMatch>> qualified = FindTasks(store, "kien-giang.md:P2/II/3#2");
  REQUIRE(qualified.ok());
  CHECK(qualified->size() == 1);
  CHECK(FindTasks(store, "other.md:P2/II/3#2")->empty());
}

TEST_CASE("The lineage's DOT names every document and relation", "[queries][lineage]") {
  storage::MemoryStore store;
  Build(store, kCycle);
  std::ostringstream dot;
  REQUIRE(WriteLineageDot(Walk(store, "A", LineageDirection::kUp), dot).ok());
  std::string s = dot.str();
  CHECK(s.rfind("digraph", 0) == 0);
  for (const char* want : {"\"doc:A\"", "\"doc:D\"", "label=amends", "\"doc:C\"->\"doc:A\""}) {
    INFO(want);
    CHECK(s.find(want) != std::string::npos);
  }
}

}  // namespace
}  // namespace lexgraph
