#include "engine/ingest.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <string>

#include "engine/graph_ids.h"
#include "engine/input_files.h"
#include "engine_test_util.h"
#include "storage/faulty_store.h"
#include "storage/memory_store.h"
#include "storage/verify_graph.h"

namespace lexgraph {
namespace {

using testing::TempFolder;

// A folder with two good reports in a subfolder and one that is not UTF-8.
struct Reports {
  TempFolder dir;
  std::string good_a = dir.Write("reports/a.md", "Kết luận số 62-KL/TW của Bộ Chính trị (khóa X).\n");
  std::string good_b = dir.Write("reports/sub/b.md", "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng.\n");
  std::string bad = dir.Write("reports/bad.md", "Chỉ thị số 05-CT/TU \xff rồi.\n");
  std::string hidden = dir.Write("reports/.git/x.md", "Chỉ thị số 07-CT/TU.\n");
  std::string folder = dir.path() + "/reports";
};

size_t Counted(const IngestSummary& s) {
  return s.added + s.unchanged + s.replaced + s.rejected.size();
}

TEST_CASE("Ingest takes a folder: new, unchanged, replaced, rejected", "[engine][ingest]") {
  for (int jobs : {1, 3}) {
    INFO("jobs " << jobs);
    Reports r;
    storage::MemoryStore store;
    IngestOptions options;
    options.jobs = jobs;

    Result<IngestSummary> first = Ingest({r.folder}, store, options);
    REQUIRE(first.ok());
    CHECK(first->added == 2);
    CHECK(Counted(*first) == 3);  // the hidden folder is skipped
    REQUIRE(first->rejected.size() == 1);
    CHECK(first->rejected[0].path == r.bad);
    CHECK(first->rejected[0].reason.message().find("invalid UTF-8 at byte") != std::string::npos);
    CHECK(first->mentions == 2);
    CHECK(storage::VerifyGraph(store).empty());

    Result<IngestSummary> again = Ingest({r.folder}, store, options);
    REQUIRE(again.ok());
    CHECK(again->unchanged == 2);
    CHECK(again->added + again->replaced == 0);

    r.dir.Write("reports/a.md", "Chỉ thị số 05-CT/TW (khóa XII).\n");
    Result<IngestSummary> changed = Ingest({r.folder, r.good_a}, store, options);
    REQUIRE(changed.ok());
    CHECK(changed->replaced == 1);
    CHECK(changed->unchanged == 1);
    CHECK(store.GetNode(DocumentId("62-KL/TW@X")).status().IsNotFound());
    CHECK(store.GetNode(DocumentId("5-CT/TW@XII")).ok());
    CHECK(storage::VerifyGraph(store).empty());
  }
}

TEST_CASE("Ingest names a path that does not exist and goes on", "[engine][ingest]") {
  Reports r;
  storage::MemoryStore store;
  Result<IngestSummary> s = Ingest({r.dir.path() + "/missing.md", r.good_a}, store, {});
  REQUIRE(s.ok());
  CHECK(s->added == 1);
  REQUIRE(s->rejected.size() == 1);
  CHECK(s->rejected[0].reason.message().find("missing.md") != std::string::npos);
}

TEST_CASE("Ingest retries a failed batch source by source", "[engine][ingest]") {
  Reports r;
  storage::MemoryStore inner;
  storage::FaultyStore store(&inner);
  store.FailWrite(1);  // the two good files' batch fails once
  Result<IngestSummary> s = Ingest({r.good_a, r.good_b}, store, {});
  REQUIRE(s.ok());
  CHECK(s->added == 2);
  CHECK(s->rejected.empty());
  CHECK(storage::VerifyGraph(inner).empty());

  store.FailWrite(1, /*sticky=*/true);  // a full disk: every write fails
  r.dir.Write("reports/a.md", "Chỉ thị số 05-CT/TW (khóa XII).\n");
  Result<IngestSummary> full = Ingest({r.good_a}, store, {});
  REQUIRE(full.ok());
  REQUIRE(full->rejected.size() == 1);
  CHECK(full->rejected[0].reason.message().find("not stored") != std::string::npos);
  CHECK(inner.GetNode(DocumentId("62-KL/TW@X")).ok());  // the old version stays whole
  CHECK(storage::VerifyGraph(inner).empty());
}

TEST_CASE("Ingest takes the documents of a folder by their names, and any file named",
          "[engine][ingest]") {
  TempFolder dir;
  dir.Write("reports/a.md", "Kết luận số 62-KL/TW của Bộ Chính trị (khóa X).\n");
  dir.Write("reports/sub/B.TXT", "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng.\n");
  // Data beside the reports, as ../shared/corpus/real/relations holds: text
  // that cites documents, but no report.
  std::string json = dir.Write("reports/relations/notes.json", "{\"from\": \"Nghị định số 04/2015/NĐ-CP\"}\n");
  dir.Write("reports/README", "Chỉ thị số 05-CT/TU.\n");
  dir.Write("reports/scan.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  storage::MemoryStore store;

  Result<IngestSummary> s = Ingest({dir.path() + "/reports"}, store, {});
  REQUIRE(s.ok());
  CHECK(s->added == 2);
  CHECK(s->rejected.empty());
  CHECK(s->skipped == std::map<std::string, size_t>{{"", 1}, {"json", 1}, {"png", 1}});
  CHECK(store.GetNode(DocumentId("4/2015/NĐ-CP")).status().IsNotFound());

  Result<IngestSummary> named = Ingest({dir.path() + "/reports", json}, store, {});
  REQUIRE(named.ok());
  CHECK(named->added == 1);
  CHECK(named->unchanged == 2);
  CHECK(store.GetNode(DocumentId("4/2015/NĐ-CP")).ok());
  CHECK(storage::VerifyGraph(store).empty());
}

TEST_CASE("A document's name ends in a format lexgraph reads, in any case", "[engine][ingest]") {
  for (const char* name : {"a.md", "b.markdown", "c.txt", "BaoCao.PDF", "d.docx", "e.html", "f.HTM",
                           "g.text", "h.xhtml", "bao-cao.2025.md"}) {
    INFO(name);
    CHECK(IsDocumentName(name));
  }
  for (const char* name : {"notes.json", "README", "x.csv", "scan.png", "old.doc", "book.xlsx", "a.zip",
                           "md", "report.md.bak"}) {
    INFO(name);
    CHECK_FALSE(IsDocumentName(name));
  }
}

TEST_CASE("Ingest reports progress up to every file and byte", "[engine][ingest]") {
  Reports r;
  storage::MemoryStore store;
  IngestProgress last;
  size_t calls = 0;
  Result<IngestSummary> s = Ingest({r.folder}, store, {}, [&](const IngestProgress& p) {
    last = p;
    ++calls;
  });
  REQUIRE(s.ok());
  CHECK(calls == 3);
  CHECK(last.files_done == last.files_total);
  CHECK(last.bytes_done == last.bytes_total);
}

}  // namespace
}  // namespace lexgraph

namespace lexgraph {
namespace {

// The documents a store holds, by key.
std::vector<std::string> DocumentKeys(const storage::GraphReader& store) {
  std::vector<std::string> keys;
  REQUIRE(store
              .ForEachNode([&](const storage::Node& n) {
                if (n.kind == storage::NodeKind::kDocument) keys.emplace_back(DocumentKeyOf(n.id));
                return true;
              })
              .ok());
  return keys;
}

TEST_CASE("Ingest order never decides identity: an earlier termless citation finds its document",
          "[engine][ingest]") {
  TempFolder dir;
  const std::string bare = dir.Write("a.md", "Thực hiện Chỉ thị 39-CT/TW, Ban Thường vụ chỉ đạo.\n");
  const std::string full = dir.Write(
      "b.md", "Chỉ thị số 39-CT/TW, ngày 30-10-2019 của Ban Bí thư (khóa XII) về công tác dân vận.\n");
  const std::string other = dir.Write(
      "c.md", "Chỉ thị số 39-CT/TW, ngày 12-5-2004 của Ban Bí thư (khóa IX) về giáo dục.\n");
  IngestOptions options;

  SECTION("in one run, the bare citation first") {
    storage::MemoryStore store;
    Result<IngestSummary> s = Ingest({bare, full}, store, options);
    REQUIRE(s.ok());
    CHECK(s->re_resolved == 1);
    CHECK(DocumentKeys(store) == std::vector<std::string>{"39-CT/TW@XII"});
    // Counted as rewritten: the termless "39-CT/TW" the first pass wrote is gone.
    CHECK(s->documents == 1);
    CHECK(storage::VerifyGraph(store).empty());
  }
  SECTION("in two runs; a third run makes it ambiguous and it splits off again") {
    storage::MemoryStore store;
    REQUIRE(Ingest({bare}, store, options).ok());
    CHECK(DocumentKeys(store) == std::vector<std::string>{"39-CT/TW"});
    Result<IngestSummary> s = Ingest({full}, store, options);
    REQUIRE(s.ok());
    CHECK(s->re_resolved == 1);
    CHECK(DocumentKeys(store) == std::vector<std::string>{"39-CT/TW@XII"});
    CHECK(storage::VerifyGraph(store).empty());

    // A second document of that code makes the bare citation ambiguous: it
    // splits off again, with a finding listing both.
    Result<IngestSummary> third = Ingest({other}, store, options);
    REQUIRE(third.ok());
    CHECK(third->re_resolved == 1);
    CHECK(third->documents == 1);  // of the file this run took, not of a.md rewritten
    CHECK(DocumentKeys(store) ==
          std::vector<std::string>{"39-CT/TW", "39-CT/TW@IX", "39-CT/TW@XII"});
    CHECK(storage::VerifyGraph(store).empty());
  }
  SECTION("two candidates before the bare citation's document is known: it stays apart") {
    storage::MemoryStore store;
    REQUIRE(Ingest({bare}, store, options).ok());
    Result<IngestSummary> s = Ingest({full, other}, store, options);
    REQUIRE(s.ok());
    CHECK(s->re_resolved == 1);
    CHECK(DocumentKeys(store) ==
          std::vector<std::string>{"39-CT/TW", "39-CT/TW@IX", "39-CT/TW@XII"});
    CHECK(storage::VerifyGraph(store).empty());
  }
}

TEST_CASE("Ingest counts the documents the store holds after it, on the real corpus",
          "[engine][ingest][real]") {
  namespace fs = std::filesystem;
  const fs::path real = fs::path(LEXGRAPH_SHARED_DIR) / "corpus" / "real";
  if (!fs::is_directory(real)) {
    WARN("no ../shared corpus: skipped");
    return;
  }
  // The real reports cite Party documents with and without their term, so
  // the run re-resolves some sources and their termless documents go.
  storage::MemoryStore store;
  IngestOptions options;
  options.jobs = 2;
  Result<IngestSummary> s = Ingest({real.string()}, store, options);
  REQUIRE(s.ok());
  CHECK(s->re_resolved > 0);
  CHECK(s->documents == DocumentKeys(store).size());
}

}  // namespace
}  // namespace lexgraph
