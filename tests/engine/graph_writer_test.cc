#include "engine/graph_writer.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine_test_util.h"
#include "storage/memory_store.h"
#include "storage/verify_graph.h"

namespace lexgraph {
namespace {

using storage::EdgeKind;
using storage::NodeKind;
using testing::WriteSource;

DocumentFacts StoredFacts(const storage::GraphStore& store, const std::string& key) {
  Result<storage::Node> n = store.GetNode(DocumentId(key));
  REQUIRE(n.ok());
  Result<DocumentFacts> f = DecodeDocument(n->props);
  REQUIRE(f.ok());
  return *f;
}

TEST_CASE("GraphWriter writes the sample report as one verified source", "[engine][graph_writer]") {
  storage::MemoryStore store;
  REQUIRE(WriteSource(store, testing::SampleReport(), "/r/kg.md").ok());
  CHECK(storage::VerifyGraph(store).empty());
  Result<storage::StoreStats> stats = store.Stats();
  REQUIRE(stats.ok());
  CHECK(stats->sources == 1);
  CHECK(stats->nodes_by_kind[NodeKind::kSource] == 1);
  CHECK(stats->nodes_by_kind[NodeKind::kDocument] >= 39);
  CHECK(stats->edges_by_kind[EdgeKind::kMentions] >= 73);
  CHECK(stats->edges_by_kind[EdgeKind::kIssuedBy] > 0);
  CHECK(stats->edges_by_kind[EdgeKind::kIssuedOn] > 0);
  CHECK(stats->edges_by_kind[EdgeKind::kPartOf] == stats->nodes_by_kind[NodeKind::kSection]);

  // A mention's evidence: the span, the sentence, the section.
  Result<std::vector<storage::Edge>> in = store.InEdges(DocumentId("62-KL/TW@X"), EdgeKind::kMentions);
  REQUIRE(in.ok());
  REQUIRE(in->size() == 2);
  Result<MentionRecord> m = DecodeMention(in->front().props);
  REQUIRE(m.ok());
  CHECK(m->text == "Kết luận số 62-KL/TW");
  CHECK(m->section == "P1/I/1");
  CHECK(m->sentence.find("62-KL/TW") != std::string::npos);
  CHECK(in->front().from == SectionId("/r/kg.md", "P1/I/1"));

  // Indexes by issuer, date, type and number, code.
  struct Lookup {
    std::string_view index;
    std::string key;
  };
  for (const Lookup& l : {Lookup{kIndexByCode, "62-KL/TW"}, Lookup{kIndexByDate, "2009-12-08"},
                          Lookup{kIndexByIssuer, "Bộ Chính trị/2009-12-08"},
                          Lookup{kIndexByTypeNumber, "KL/62/X"}}) {
    INFO(l.index << " " << l.key);
    Result<std::vector<storage::IndexEntry>> hits = store.ScanIndex(l.index, l.key);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().node_id == DocumentId("62-KL/TW@X"));
  }
}

TEST_CASE("A document whose source names no body is indexed by its issuer code",
          "[engine][graph_writer]") {
  storage::MemoryStore store;
  REQUIRE(WriteSource(store,
                      "Công văn số 1051-CV/TU, ngày 17-3-2020 về việc học tập; "
                      "Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy.\n\n"
                      "Kết luận số 65-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24 khóa IX.\n",
                      "/r/a.md")
              .ok());
  Result<std::vector<storage::IndexEntry>> by_code = store.ScanIndex(kIndexByIssuerCode, "TU/");
  REQUIRE(by_code.ok());
  REQUIRE(by_code->size() == 1);  // 11-CT/TU names its body: by_issuer only
  CHECK(by_code->front().key == "TU/2020-03-17");
  CHECK(DocumentKeyOf(by_code->front().node_id).starts_with("1051-CV/TU"));
  Result<std::vector<storage::IndexEntry>> named = store.ScanIndex(kIndexByIssuer, "Ban Thường vụ Tỉnh ủy/");
  REQUIRE(named.ok());
  REQUIRE(named->size() == 1);
  CHECK(DocumentKeyOf(named->front().node_id).starts_with("11-CT/TU"));
  // A code resolution supplied ("Nghị quyết 24 khóa IX" is 24-NQ/TW) is indexed too.
  Result<std::vector<storage::IndexEntry>> central = store.ScanIndex(kIndexByIssuerCode, "TW/");
  REQUIRE(central.ok());
  REQUIRE(central->size() == 1);
  CHECK(DocumentKeyOf(central->front().node_id) == "24-NQ/TW@IX");
}

TEST_CASE("GraphWriter merges a document's facts across sources", "[engine][graph_writer]") {
  storage::MemoryStore store;
  REQUIRE(WriteSource(store, "Chỉ thị số 39-CT/TW của Ban Bí thư.\n", "/r/a.md").ok());
  REQUIRE(WriteSource(store,
                      "Chỉ thị số 39-CT/TW, ngày 01-11-2019 của Ban Bí thư về công tác người khuyết tật.\n",
                      "/r/b.md")
              .ok());
  // The second source's date gives it a term, so two keys: resolution will merge them.
  DocumentFacts dated = StoredFacts(store, "39-CT/TW@XII");
  CHECK(dated.subject == "công tác người khuyết tật");
  REQUIRE(WriteSource(store, "Thực hiện Chỉ thị số 39-CT/TW, ngày 01-11-2019 về tăng cường.\n", "/r/c.md").ok());
  DocumentFacts merged = StoredFacts(store, "39-CT/TW@XII");
  CHECK(merged.issuer == "Ban Bí thư");              // from b, kept
  CHECK(merged.subject == "công tác người khuyết tật");  // the first stated subject stays
  CHECK(storage::VerifyGraph(store).empty());
}

TEST_CASE("A date in the year a State code carries is the document's, whichever source came first",
          "[engine][graph_writer]") {
  // congbao-nq-6616-2026-nq-cp.txt cites "Nghị định số 125/2024/NĐ-CP ngày 05/10/2025" once.
  storage::MemoryStore store;
  REQUIRE(WriteSource(store, "Nghị định số 125/2024/NĐ-CP ngày 05/10/2025 của Chính phủ.\n", "/r/a.md").ok());
  CHECK(StoredFacts(store, "125/2024/NĐ-CP").date->Iso() == "2025-10-05");  // the only one stated
  REQUIRE(WriteSource(store, "Nghị định số 125/2024/NĐ-CP ngày 05/10/2024 của Chính phủ.\n", "/r/b.md").ok());
  DocumentFacts merged = StoredFacts(store, "125/2024/NĐ-CP");
  CHECK(merged.date->Iso() == "2024-10-05");
  CHECK(merged.year == 2024);
  CHECK(merged.dates.size() == 2);
  // A Party code carries no year: the first date stated stays.
  REQUIRE(WriteSource(store, "Chỉ thị số 39-CT/TW, ngày 01-11-2019 của Ban Bí thư.\n", "/r/c.md").ok());
  REQUIRE(WriteSource(store, "Chỉ thị số 39-CT/TW, ngày 02-11-2019 của Ban Bí thư.\n", "/r/d.md").ok());
  CHECK(StoredFacts(store, "39-CT/TW@XII").date->Iso() == "2019-11-01");
  CHECK(storage::VerifyGraph(store).empty());
}

TEST_CASE("Documents decoded once across batches merge as documents decoded each time",
          "[engine][graph_writer]") {
  // Each source in its own batch: the same document read back again and
  // again, changed by some sources, dropped when the one source citing it
  // is replaced, and written anew.
  const std::pair<const char*, const char*> sources[] = {
      {"/r/a.md", "Chỉ thị số 39-CT/TW của Ban Bí thư.\n"},
      {"/r/b.md", "Chỉ thị số 39-CT/TW, ngày 01-11-2019 của Ban Bí thư về công tác người khuyết tật.\n"},
      {"/r/c.md", "Thực hiện Chỉ thị số 39-CT/TW, ngày 01-11-2019 về tăng cường.\n"},
      {"/r/d.md", "Nghị định số 04/2015/NĐ-CP ngày 09-01-2015 của Chính phủ.\n"},
      {"/r/c.md", "Thực hiện Chỉ thị số 39-CT/TW, ngày 01-11-2019.\n"},
      {"/r/d.md", "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị.\n"},
      {"/r/e.md", "Nghị định số 04/2015/NĐ-CP về thực hiện dân chủ ở cơ sở.\n"},
      {"/r/e.md", "Theo Nghị định số 04/2015/NĐ-CP ngày 09-01-2015 của Chính phủ; Kết luận số 62-KL/TW.\n"},
      {"/r/a.md", "Chỉ thị số 39-CT/TW, ngày 01-11-2019 của Ban Bí thư (khóa XII).\n"},
  };
  storage::MemoryStore each_time, once;
  DecodedDocuments decoded;
  for (const auto& [path, text] : sources) {
    REQUIRE(WriteSource(each_time, text, path).ok());
    REQUIRE(WriteSource(once, text, path, &decoded).ok());
  }
  auto nodes = [](const storage::GraphStore& store) {
    std::vector<storage::Node> out;
    REQUIRE(store.ForEachNode([&](const storage::Node& n) {
      out.push_back(n);
      return true;
    }).ok());
    return out;
  };
  std::vector<storage::Node> expected = nodes(each_time);
  CHECK(std::count_if(expected.begin(), expected.end(),
                      [](const storage::Node& n) { return n.kind == NodeKind::kDocument; }) >= 3);
  CHECK(nodes(once) == expected);
}

TEST_CASE("The decoded documents kept across batches stay bounded", "[engine][graph_writer]") {
  DecodedDocuments decoded;
  for (size_t i = 0; i <= DecodedDocuments::kMaxEntries; ++i) {
    DocumentFacts facts;
    facts.key = std::to_string(i) + "-CT/TW";
    decoded.Remember(DocumentId(facts.key), "{\"n\":" + std::to_string(i) + "}", facts);
    REQUIRE(decoded.size() <= DecodedDocuments::kMaxEntries);
  }
  std::string last = std::to_string(DecodedDocuments::kMaxEntries);
  const DocumentFacts* found = decoded.Find(DocumentId(last + "-CT/TW"), "{\"n\":" + last + "}");
  REQUIRE(found != nullptr);
  CHECK(found->key == last + "-CT/TW");
  CHECK(decoded.Find(DocumentId(last + "-CT/TW"), "{\"n\":0}") == nullptr);  // other bytes
}

TEST_CASE("A changed source replaces exactly its own mentions", "[engine][graph_writer]") {
  storage::MemoryStore store;
  REQUIRE(WriteSource(store, "Kết luận số 62-KL/TW của Bộ Chính trị (khóa X).\n", "/r/a.md").ok());
  REQUIRE(WriteSource(store, "Kết luận số 62-KL/TW (khóa X); Chỉ thị số 05-CT/TW (khóa XII).\n", "/r/b.md").ok());
  REQUIRE(WriteSource(store, "Chỉ thị số 05-CT/TW (khóa XII).\n", "/r/a.md").ok());
  auto in = store.InEdges(DocumentId("62-KL/TW@X"), EdgeKind::kMentions);
  REQUIRE(in.ok());
  REQUIRE(in->size() == 1);
  CHECK(in->front().owner == SourceId("/r/b.md"));
  auto five = store.InEdges(DocumentId("5-CT/TW@XII"), EdgeKind::kMentions);
  REQUIRE(five.ok());
  CHECK(five->size() == 2);
  CHECK(storage::VerifyGraph(store).empty());
}

TEST_CASE("A source citing its own code is no mention of itself; its header number stays",
          "[engine][graph_writer]") {
  // As the tvpl pages and appendices do: "Nghị định 115/2024/NĐ-CP. Mục 1",
  // "(Kèm theo Nghị định số 115/2024/NĐ-CP …)".
  storage::MemoryStore store;
  REQUIRE(WriteSource(store,
                      "CHÍNH PHỦ\n\nSố: 115/2024/NĐ-CP\n\nHà Nội, ngày 16 tháng 9 năm 2024\n\nNGHỊ ĐỊNH\n\n"
                      "Căn cứ Nghị định số 10/2023/NĐ-CP;\n\nNghị định 115/2024/NĐ-CP. Mục 1. CÔNG BỐ\n\n"
                      "PHỤ LỤC I\n(Kèm theo Nghị định số 115/2024/NĐ-CP ngày 16 tháng 9 năm 2024 của Chính phủ)\n",
                      "/r/nd.md")
              .ok());
  auto own = store.InEdges(DocumentId("115/2024/NĐ-CP"), EdgeKind::kMentions);
  REQUIRE(own.ok());
  REQUIRE(own->size() == 1);  // the header's "Số:", from the source itself
  CHECK(own->front().from == SourceId("/r/nd.md"));
  auto cited = store.InEdges(DocumentId("10/2023/NĐ-CP"), EdgeKind::kMentions);
  REQUIRE(cited.ok());
  CHECK(cited->size() == 1);
  CHECK(storage::VerifyGraph(store).empty());
}

}  // namespace
}  // namespace lexgraph
