#include "engine/citation_graph.h"

#include <catch2/catch.hpp>

#include "storage/memory_store.h"
#include "storage/write_batch.h"

namespace lexgraph {
namespace {

using storage::EdgeKind;

// 1051-CV/TU implements 65-KL/TW, which continues 24-NQ/TW; a mention edge
// from a source is not a relation.
TEST_CASE("CitationGraph follows relations up and down", "[engine][citation_graph]") {
  storage::MemoryStore store;
  storage::WriteBatch b;
  b.ReplaceSource({"src:a", "a", "h", 1});
  for (const char* id : {"doc:1051", "doc:65", "doc:24", "doc:lone"}) {
    b.PutNode({id, storage::NodeKind::kDocument, "{}"});
  }
  b.PutNode({"src:a", storage::NodeKind::kSource, "{}"});
  b.PutEdge({"doc:1051", EdgeKind::kImplements, "doc:65", {}, 0, ""});
  b.PutEdge({"doc:65", EdgeKind::kContinues, "doc:24", {}, 0, ""});
  b.PutEdge({"src:a", EdgeKind::kMentions, "doc:lone", {}, 0, ""});
  REQUIRE(store.Apply(b).ok());

  Result<CitationGraph> g = CitationGraph::Build(store);
  REQUIRE(g.ok());
  CHECK(g->document_count() == 4);
  CHECK(g->relation_count() == 2);
  CHECK(g->Contains("doc:lone"));
  CHECK_FALSE(g->Contains("src:a"));
  REQUIRE(g->DependsOn("doc:65").size() == 1);
  CHECK(g->DependsOn("doc:65")[0].to == "doc:24");
  CHECK(g->DependsOn("doc:65")[0].kind == EdgeKind::kContinues);
  CHECK(g->DependedOnBy("doc:65")[0].from == "doc:1051");
  CHECK(g->Lineage("doc:1051", /*up=*/true) == std::vector<std::string>{"doc:65", "doc:24"});
  CHECK(g->Lineage("doc:1051", true, 1) == std::vector<std::string>{"doc:65"});
  CHECK(g->Lineage("doc:24", /*up=*/false) == std::vector<std::string>{"doc:65", "doc:1051"});
  CHECK(g->Lineage("doc:unknown", true).empty());
}

}  // namespace
}  // namespace lexgraph
