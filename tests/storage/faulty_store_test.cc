// A write that fails (a full disk) leaves every store exactly as it was and
// consistent, and the same batch succeeds once the disk has room again.
#include <catch2/catch.hpp>

#include "storage/faulty_store.h"
#include "storage/verify_graph.h"
#include "tests/storage/store_test_util.h"

namespace lexgraph::storage {
namespace {

using testing::Dump;
using testing::MemoryFactory;
using testing::RocksDbFactory;
using testing::WorkloadBatch;

constexpr uint32_t kBatches = 8;

// The store after batches 1..kBatches with no faults.
template <class Factory>
std::string CleanRun() {
  Factory fixture;
  for (uint32_t seq = 1; seq <= kBatches; ++seq) REQUIRE(fixture.store->Apply(WorkloadBatch(seq)).ok());
  return Dump(*fixture.store);
}

TEMPLATE_TEST_CASE("A failed write changes nothing and a retry completes the run",
                   "[storage][faults]", MemoryFactory, RocksDbFactory) {
  const std::string expected = CleanRun<TestType>();
  for (int nth = 1; nth <= static_cast<int>(kBatches); ++nth) {
    INFO("failing write " << nth);
    TestType fixture;
    FaultyStore store(fixture.store.get());
    store.FailWrite(nth);
    for (uint32_t seq = 1; seq <= kBatches; ++seq) {
      const std::string before = Dump(store);
      Status s = store.Apply(WorkloadBatch(seq));
      if (!s.ok()) {
        CHECK(s.code() == Status::Code::kIOError);
        CHECK(Dump(store) == before);
        CHECK(VerifyGraph(store).empty());
        REQUIRE(store.Apply(WorkloadBatch(seq)).ok());  // the disk has room again
      }
    }
    CHECK(Dump(store) == expected);
  }
}

TEMPLATE_TEST_CASE("A disk that stays full freezes the store at its last good batch",
                   "[storage][faults]", MemoryFactory, RocksDbFactory) {
  TestType fixture;
  FaultyStore store(fixture.store.get());
  REQUIRE(store.Apply(WorkloadBatch(1)).ok());
  REQUIRE(store.Apply(WorkloadBatch(2)).ok());
  const std::string frozen = Dump(store);
  store.FailWrite(1, /*sticky=*/true);
  for (uint32_t seq = 3; seq <= kBatches; ++seq) CHECK_FALSE(store.Apply(WorkloadBatch(seq)).ok());
  CHECK(Dump(store) == frozen);
  CHECK(VerifyGraph(store).empty());
}

}  // namespace
}  // namespace lexgraph::storage
