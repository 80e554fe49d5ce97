#include "queries/export.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>

#include "../engine/engine_test_util.h"
#include "storage/memory_store.h"

namespace lexgraph {
namespace {

std::string Export(const storage::GraphReader& store, ExportFormat format) {
  std::ostringstream out;
  REQUIRE(ExportGraph(store, format, out).ok());
  return out.str();
}

TEST_CASE("ExportGraph writes GraphML, DOT and JSON Lines of the whole graph", "[queries][export]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X).\n",
                               "/r/a.md")
              .ok());
  std::string graphml = Export(store, ExportFormat::kGraphMl);
  CHECK(graphml.find("<graphml") != std::string::npos);
  CHECK(graphml.find("doc:62-KL/TW@X") != std::string::npos);
  CHECK(graphml.find("issued_by") != std::string::npos);

  std::string dot = Export(store, ExportFormat::kDot);
  CHECK(dot.starts_with("digraph G {"));
  CHECK(dot.find("\"doc:62-KL/TW@X\"") != std::string::npos);

  std::istringstream lines(Export(store, ExportFormat::kJsonl));
  size_t nodes = 0, edges = 0;
  bool seen_evidence = false;
  for (std::string line; std::getline(lines, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j["type"] == "node") {
      CHECK(edges == 0);  // nodes first
      ++nodes;
    } else {
      REQUIRE(j["type"] == "edge");
      ++edges;
      if (j["kind"] == "mentions") seen_evidence = j["evidence"][0]["text"].get<std::string>().find("62-KL/TW") != std::string::npos;
    }
  }
  CHECK(nodes == 4);  // source, document, issuer, date
  CHECK(edges == 3);  // mentions, issued_by, issued_on
  CHECK(seen_evidence);
}

TEST_CASE("ParseExportFormat knows three names", "[queries][export]") {
  CHECK(ParseExportFormat("graphml").ok());
  CHECK(ParseExportFormat("dot").ok());
  CHECK(ParseExportFormat("jsonl").ok());
  CHECK_FALSE(ParseExportFormat("gexf").ok());
}

}  // namespace
}  // namespace lexgraph
