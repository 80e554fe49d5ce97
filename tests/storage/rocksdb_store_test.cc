// What only the RocksDB store promises: persistence, the schema check, one
// writer across processes, readers beside a writer, and no lost or half
// batches after kill -9.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <random>
#include <thread>

#include "storage/rocksdb_store.h"
#include "storage/verify_graph.h"
#include "tests/storage/child_writer.h"
#include "tests/storage/store_test_util.h"

namespace lexgraph::storage {
namespace {

using testing::ChildWriter;
using testing::kBatchesPerPersist;
using testing::kWorkloadSources;
using testing::CitingBatch;
using testing::Dump;
using testing::TempDir;
using testing::WorkloadSource;

Result<std::unique_ptr<RocksDbStore>> OpenReader(const std::string& dir) {
  RocksDbOptions options;
  options.read_only = true;
  return RocksDbStore::Open(dir, options);
}

TEST_CASE("A RocksDB store keeps its graph across close and reopen", "[storage][rocksdb]") {
  TempDir tmp;
  const std::string dir = tmp.path() + "/nested/store";  // created on first open
  std::string before;
  {
    auto store = RocksDbStore::Open(dir);
    REQUIRE(store.ok());
    REQUIRE((*store)->Apply(CitingBatch("src:a", {"doc:62-KL/TW@X", "doc:11-CT/TU"})).ok());
    before = Dump(**store);
  }
  auto store = RocksDbStore::Open(dir);
  REQUIRE(store.ok());
  CHECK(Dump(**store) == before);
  CHECK(VerifyGraph(**store).empty());
}

TEST_CASE("A reader on a directory with no store answers NotFound", "[storage][rocksdb]") {
  TempDir tmp;
  CHECK(OpenReader(tmp.path() + "/none").status().IsNotFound());
}

TEST_CASE("A store of an older schema version is refused with NotSupported", "[storage][rocksdb]") {
  TempDir tmp;
  const std::string dir = tmp.path() + "/store";
  { REQUIRE(RocksDbStore::Open(dir).ok()); }
  REQUIRE(RocksDbStore::WriteSchemaVersionForTesting(dir, kSchemaVersion - 1).ok());
  auto store = RocksDbStore::Open(dir);
  REQUIRE(store.status().code() == Status::Code::kNotSupported);
  CHECK_THAT(store.status().message(), Catch::Contains("schema version " + std::to_string(kSchemaVersion - 1)) &&
                                           Catch::Contains("ingest its files again") &&
                                           !Catch::Contains("use a newer lexgraph"));
}

TEST_CASE("A store written by a newer lexgraph is refused with NotSupported", "[storage][rocksdb]") {
  TempDir tmp;
  const std::string dir = tmp.path() + "/store";
  { REQUIRE(RocksDbStore::Open(dir).ok()); }
  REQUIRE(RocksDbStore::WriteSchemaVersionForTesting(dir, kSchemaVersion + 1).ok());
  for (bool read_only : {false, true}) {
    RocksDbOptions options;
    options.read_only = read_only;
    auto store = RocksDbStore::Open(dir, options);
    REQUIRE(store.status().code() == Status::Code::kNotSupported);
    CHECK_THAT(store.status().message(), Catch::Contains("schema version " + std::to_string(kSchemaVersion + 1)) &&
                                             Catch::Contains("use a newer lexgraph"));
  }
}

TEST_CASE("A second writer in this process gets Busy naming this process", "[storage][rocksdb]") {
  TempDir tmp;
  auto first = RocksDbStore::Open(tmp.path());
  REQUIRE(first.ok());
  auto second = RocksDbStore::Open(tmp.path());
  REQUIRE(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message() ==
        "the store is in use by process " + std::to_string(getpid()));
}

TEST_CASE("A second writer process gets Busy naming the writer's pid", "[storage][rocksdb]") {
  TempDir tmp;
  ChildWriter child(tmp.path(), 1);
  REQUIRE(child.WaitForAck(1, 10000));
  auto second = RocksDbStore::Open(tmp.path());
  REQUIRE(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message() ==
        "the store is in use by process " + std::to_string(child.pid()));
  child.Kill();
  CHECK(RocksDbStore::Open(tmp.path()).ok());  // the kernel freed the lock
}

TEST_CASE("A reader process sees the writer's batches while the writer runs",
          "[storage][rocksdb]") {
  TempDir tmp;
  ChildWriter child(tmp.path(), 1);
  REQUIRE(child.WaitForAck(3, 10000));
  uint32_t seen = child.last_ack();
  auto reader = OpenReader(tmp.path());
  REQUIRE(reader.ok());
  {
    auto snapshot = (*reader)->Snapshot();
    REQUIRE(snapshot.ok());
    CHECK(VerifyGraph(**snapshot).empty());
    auto source = (*snapshot)->GetSource(WorkloadSource(seen));
    REQUIRE(source.ok());
    CHECK(std::stoul(source->content_hash) >= seen);
    CHECK((*reader)->CatchUp().code() == Status::Code::kBusy);  // the snapshot pins the view
  }
  REQUIRE(child.WaitForAck(seen + 8, 10000));
  uint32_t later = child.last_ack();
  REQUIRE((*reader)->CatchUp().ok());
  auto source = (*reader)->GetSource(WorkloadSource(later));
  REQUIRE(source.ok());
  CHECK(std::stoul(source->content_hash) >= later);
  CHECK((*reader)->Apply(CitingBatch("src:x", {})).code() == Status::Code::kInvalidArgument);
  child.Kill();
}

// Lets `child` write for 0-250 ms, kills it, then opens the store it left
// and requires VerifyGraph to pass: no batch is there in part.
std::unique_ptr<RocksDbStore> KillAndReopen(ChildWriter& child, const std::string& dir,
                                            std::mt19937& random) {
  std::uniform_int_distribution<int> delay_ms(0, 250);
  std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
  child.Kill();
  auto store = RocksDbStore::Open(dir);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  auto problems = VerifyGraph(**store);
  for (const auto& problem : problems) UNSCOPED_INFO(problem);
  REQUIRE(problems.empty());
  return std::move(*store);
}

// The writer acks a batch only after Apply returned, so the last ack's
// source must show that batch; at most one more (unacked) batch, to another
// source, may have landed. VerifyGraph proves no batch landed in part.
TEST_CASE("A writer killed at random moments loses no acknowledged batch and leaves no half batch",
          "[storage][rocksdb][crash]") {
  constexpr int kTrials = 20;
  TempDir tmp;
  std::mt19937 random(20240611);
  for (int trial = 0; trial < kTrials; ++trial) {
    INFO("trial " << trial);
    uint32_t first_seq = 1 + static_cast<uint32_t>(trial) * 100000;
    ChildWriter child(tmp.path(), first_seq);
    auto store = KillAndReopen(child, tmp.path(), random);
    if (child.last_ack() >= first_seq) {
      auto source = store->GetSource(WorkloadSource(child.last_ack()));
      REQUIRE(source.ok());
      CHECK(source->content_hash == std::to_string(child.last_ack()));
    }
  }
}

// Without a write-ahead log the child acknowledges every fifth batch, once
// Persist returned; each trial waits for its first acknowledgement (a
// loaded machine may take longer than the kill's delay to start a child),
// then kills. The store must hold exactly what one Persist made durable:
// its newest batch ends a run of five, is no older than the last
// acknowledged one and at most five newer (a Persist done but not yet
// acknowledged); VerifyGraph proves no batch is there in part. Small
// batches never fill a memtable, so nothing else flushes.
TEST_CASE("A writer without a log killed at random moments keeps exactly its last Persist",
          "[storage][rocksdb][crash]") {
  constexpr int kTrials = 20;
  TempDir tmp;
  std::mt19937 random(20261127);
  for (int trial = 0; trial < kTrials; ++trial) {
    INFO("trial " << trial);
    uint32_t first_seq = 1 + static_cast<uint32_t>(trial) * 100000;
    ChildWriter child(tmp.path(), first_seq, Durability::kAtPersist);
    REQUIRE(child.WaitForAck(first_seq + kBatchesPerPersist - 1, 15000));
    auto store = KillAndReopen(child, tmp.path(), random);
    uint32_t newest = 0;  // the newest batch the store holds
    for (uint32_t s = 0; s < kWorkloadSources; ++s) {
      auto source = store->GetSource(WorkloadSource(s));
      if (source.ok()) {
        newest = std::max(newest, static_cast<uint32_t>(std::stoul(source->content_hash)));
      }
    }
    INFO("newest batch " << newest << ", last acknowledged " << child.last_ack());
    CHECK(newest >= child.last_ack());
    CHECK((newest - first_seq + 1) % kBatchesPerPersist == 0);
    CHECK(newest <= child.last_ack() + kBatchesPerPersist);
  }
}

// Run only as the child of the tests above (hidden: tag "[.]").
TEST_CASE("storage writer child process", "[.]") { testing::RunChildWriter(); }

}  // namespace
}  // namespace lexgraph::storage
