// Issue 9, item 4: a real ingest into the RocksDB store while the disk under
// it fails (storage/disk_faults.h): an I/O error or a full disk at each
// file write of the run in turn, and background flushes that fail. Each
// time the ingest returns and names what it did not store, and the store,
// reopened without faults, passes VerifyGraph, holds every source it
// acknowledged and takes the rest on the next ingest. Each case runs with
// both ways of making batches durable: synced to the write-ahead log one by
// one, and without a log, at each Persist (what lexgraph ingest does).
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <future>
#include <set>
#include <sstream>

#include "engine/graph_ids.h"
#include "engine/ingest.h"
#include "engine_test_util.h"
#include "storage/disk_faults.h"
#include "storage/rocksdb_store.h"
#include "storage/verify_graph.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using storage::DiskFault;
using storage::DiskFaults;
using storage::Durability;
using storage::RocksDbOptions;
using storage::RocksDbStore;
using testing::TempFolder;

// The real corpus's files in name order, `count` of them from `first`.
std::vector<std::string> RealFiles(size_t first, size_t count) {
  const fs::path dir = fs::path(LEXGRAPH_SHARED_DIR) / "corpus" / "real";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && (e.path().extension() == ".md" || e.path().extension() == ".txt")) {
      files.push_back(e.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  if (first >= files.size()) return {};
  files.erase(files.begin(), files.begin() + static_cast<std::ptrdiff_t>(first));
  if (files.size() > count) files.resize(count);
  return files;
}

std::unique_ptr<RocksDbStore> OpenOrDie(const std::string& dir, const RocksDbOptions& options = {}) {
  auto store = RocksDbStore::Open(dir, options);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(*store);
}

// Every record, one line each, without the ingest times and without the
// facts of shared nodes: two stores that hold the same sources compare
// equal. (A document cited by several sources keeps the facts of the one
// written first: a law cited with two dates takes the first source's date,
// so a retried source may change it; docs/quality.md, "Fault injection".)
std::string Fingerprint(const storage::GraphReader& r) {
  std::ostringstream out;
  REQUIRE(r.ForEachNode([&](const storage::Node& n) {
               out << "node " << n.id << " " << storage::NodeKindName(n.kind) << "\n";
               return true;
             }).ok());
  REQUIRE(r.ForEachEdge([&](const storage::Edge& e) {
               out << "edge " << e.from << " " << storage::EdgeKindName(e.kind) << " " << e.to << " "
                   << e.owner << " " << e.seq << " " << e.props << "\n";
               return true;
             }).ok());
  REQUIRE(r.ForEachIndexEntry([&](const storage::IndexEntry& e) {
               out << "index " << e.index << " " << e.key << " " << e.node_id << "\n";
               return true;
             }).ok());
  REQUIRE(r.ForEachSource([&](const storage::SourceInfo& s) {
               out << "source " << s.id << " " << s.content_hash << "\n";
               return true;
             }).ok());
  return out.str();
}

// The lines of `got` missing from `want` ("+ ...") and the other way ("- ..."),
// at most a few of each: empty iff the two fingerprints hold the same lines.
std::string LineDiff(const std::string& got, const std::string& want) {
  auto lines = [](const std::string& text) {
    std::multiset<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.insert(line);
    return out;
  };
  const std::multiset<std::string> a = lines(got), b = lines(want);
  std::string diff;
  int shown = 0;
  for (const auto& l : a) {
    if (!b.count(l) && shown++ < 8) diff += "+ " + l + "\n";
  }
  for (const auto& l : b) {
    if (!a.count(l) && shown++ < 16) diff += "- " + l + "\n";
  }
  return diff;
}

std::set<std::string> RejectedPaths(const IngestSummary& s) {
  std::set<std::string> paths;
  for (const RejectedFile& r : s.rejected) paths.insert(r.path);
  return paths;
}

// What a failed ingest must leave: every rejection names its file, says it
// was not stored and why; reopened without faults, the store is consistent
// and holds every source the ingest acknowledged; an ingest of the same
// files then completes it, to the store a clean run makes.
void CheckAfterFaults(const IngestSummary& s, const std::vector<std::string>& files,
                      const std::string& dir, const std::string& clean) {
  for (const RejectedFile& r : s.rejected) {
    INFO(r.reason.ToString());
    CHECK(r.reason.code() == Status::Code::kIOError);
    CHECK(r.reason.message().rfind(r.path + ": not stored, the store keeps what it held before: ",
                                   0) == 0);
    CHECK(r.reason.message().find("injected fault") != std::string::npos);
  }
  CHECK(s.not_stored == s.rejected.size());
  const std::set<std::string> rejected = RejectedPaths(s);
  auto store = OpenOrDie(dir);
  const std::vector<std::string> problems = storage::VerifyGraph(*store);
  INFO((problems.empty() ? "" : problems.front()));
  CHECK(problems.empty());
  for (const std::string& f : files) {
    if (rejected.count(f)) continue;  // present or absent: VerifyGraph says it is whole
    INFO("acknowledged " << f);
    CHECK(store->GetSource(SourceId(f)).ok());
  }
  Result<IngestSummary> again = Ingest(files, *store, {});
  REQUIRE(again.ok());
  CHECK(again->rejected.empty());
  CHECK(storage::VerifyGraph(*store).empty());
  CHECK(LineDiff(Fingerprint(*store), clean) == "");
}

IngestOptions SmallBatches() {
  IngestOptions o;
  o.batch_files = 2;    // several batches, so faults land between and inside them
  o.persist_bytes = 1;  // Durability::kAtPersist: persisted after each batch
  return o;
}

const char* Name(Durability d) {
  return d == Durability::kAtPersist ? "no log, durable at Persist" : "synced log";
}

TEST_CASE("An I/O error or a full disk at each file write of an ingest leaves the store whole",
          "[engine][ingest][faults]") {
  const std::vector<std::string> files = RealFiles(10, 5);
  if (files.size() < 5) {
    WARN("no ../shared corpus: skipped");
    return;
  }

  const Durability durability = GENERATE(Durability::kEachBatch, Durability::kAtPersist);
  INFO(Name(durability));
  // The clean run: how many file writes it makes, and the store it leaves.
  uint64_t writes = 0;
  std::string clean;
  {
    TempFolder tmp;
    auto faults = std::make_shared<DiskFaults>();
    RocksDbOptions options;
    options.disk_faults = faults;
    options.durability = durability;
    auto store = OpenOrDie(tmp.path() + "/store", options);
    faults->FailWrite(0);  // count from here
    Result<IngestSummary> s = Ingest(files, *store, SmallBatches());
    REQUIRE(s.ok());
    REQUIRE(s->rejected.empty());
    writes = faults->writes_seen();
    clean = Fingerprint(*store);
  }
  REQUIRE(writes >= 6);  // at least an append and a sync a batch (or a table file)

  // Without a log, each failed flush costs a second (RocksDB waits that
  // long before it retries one), so every 11th write is taken: the table
  // files' appends and syncs and the MANIFEST's, in early and late Persists.
  const uint64_t step = durability == Durability::kAtPersist ? 11 : 1;
  for (DiskFault kind : {DiskFault::kIoError, DiskFault::kNoSpace}) {
    for (uint64_t nth = 1; nth <= writes; nth += step) {
      INFO((kind == DiskFault::kNoSpace ? "full disk" : "I/O error") << " at write " << nth << " of "
                                                                      << writes);
      TempFolder tmp;
      const std::string dir = tmp.path() + "/store";
      auto faults = std::make_shared<DiskFaults>();
      IngestSummary summary;
      {
        RocksDbOptions options;
        options.disk_faults = faults;
        options.durability = durability;
        auto store = OpenOrDie(dir, options);
        faults->FailWrite(nth, kind);
        Result<IngestSummary> s = Ingest(files, *store, SmallBatches());
        REQUIRE(s.ok());
        summary = std::move(*s);
      }
      INFO("first fault: " << faults->first_fault());
      CHECK(faults->faults_fired() == 1);
      // With a log, every write of an ingest is the log's, on the ingest's
      // thread. After an I/O error RocksDB takes no more writes: the batch's
      // sources are reported. From a full disk it recovers by itself, at
      // times before the ingest retries the batch source by source, which
      // then stores them all (CheckAfterFaults holds it to that). Without a
      // log the writes are Persist's flushes: a failed one fails Persist,
      // and the sources it was to make durable are reported.
      if (kind == DiskFault::kIoError) CHECK_FALSE(summary.rejected.empty());
      CheckAfterFaults(summary, files, dir, clean);
    }
  }
}

// Runs the ingest on another thread and fails the test if it has not
// returned within `limit` (a stalled writer would hang the suite instead).
IngestSummary IngestWithin(std::chrono::seconds limit, const std::vector<std::string>& files,
                           storage::GraphStore& store, const IngestOptions& options) {
  auto running = std::async(std::launch::async, [&] { return Ingest(files, store, options); });
  if (running.wait_for(limit) != std::future_status::ready) {
    FAIL("the ingest did not return within " << limit.count() << " s");  // aborts: a thread hangs
  }
  Result<IngestSummary> s = running.get();
  REQUIRE(s.ok());
  return std::move(*s);
}

TEST_CASE("A flush that fails in the background stops the ingest's writes, which it reports",
          "[engine][ingest][faults]") {
  const std::vector<std::string> files = RealFiles(0, 30);
  if (files.size() < 30) {
    WARN("no ../shared corpus: skipped");
    return;
  }

  std::string clean;
  {
    TempFolder tmp;
    auto store = OpenOrDie(tmp.path() + "/store");
    Result<IngestSummary> s = Ingest(files, *store, {});
    REQUIRE(s.ok());
    REQUIRE(s->rejected.empty());
    clean = Fingerprint(*store);
  }

  const Durability durability = GENERATE(Durability::kEachBatch, Durability::kAtPersist);
  INFO(Name(durability));
  IngestOptions io;
  io.batch_files = 1;
  io.persist_bytes = 256 << 10;  // Durability::kAtPersist: a Persist every few files
  RocksDbOptions options;
  options.durability = durability;
  options.memtable_bytes = 64 << 10;  // flushes every few files
  // The table-file writes of a clean run. With a log, the first one fails;
  // without, one halfway, so that the first Persist calls succeed.
  uint64_t table_writes = 0;
  {
    TempFolder tmp;
    options.disk_faults = std::make_shared<DiskFaults>();
    options.disk_faults->OnlyFilesEndingWith(".sst");
    options.disk_faults->FailWrite(0);  // count from here
    auto store = OpenOrDie(tmp.path() + "/store", options);
    REQUIRE(IngestWithin(std::chrono::seconds(60), files, *store, io).rejected.empty());
    table_writes = options.disk_faults->writes_seen();
  }
  const uint64_t nth = durability == Durability::kAtPersist ? table_writes / 2 : 1;
  REQUIRE(nth >= 1);

  for (DiskFault kind : {DiskFault::kIoError, DiskFault::kNoSpace}) {
    for (bool sticky : {false, true}) {
      INFO((kind == DiskFault::kNoSpace ? "full disk" : "I/O error")
           << (sticky ? ", lasting" : ", once") << ", at table file write " << nth << " of "
           << table_writes);
      TempFolder tmp;
      const std::string dir = tmp.path() + "/store";
      auto faults = std::make_shared<DiskFaults>();
      faults->OnlyFilesEndingWith(".sst");  // what flushes and compactions write
      IngestSummary summary;
      {
        options.disk_faults = faults;
        auto store = OpenOrDie(dir, options);
        faults->FailWrite(nth, kind, sticky);
        summary = IngestWithin(std::chrono::seconds(60), files, *store, io);
        INFO("first fault: " << faults->first_fault());
        REQUIRE(faults->faults_fired() >= 1);
        // The flush failed before the last file: what came after is refused,
        // by name, rather than acknowledged and lost or left waiting. A fault
        // that does not last may be over before any write meets it: RocksDB
        // resumes by itself a second later (about 1 run in 6 without a log,
        // measured); then every file is stored, which CheckAfterFaults checks
        // file by file.
        if (sticky) CHECK_FALSE(summary.rejected.empty());
        CHECK(summary.rejected.size() < files.size());
      }
      CheckAfterFaults(summary, files, dir, clean);
    }
  }
}

}  // namespace
}  // namespace lexgraph
