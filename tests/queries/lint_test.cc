#include "queries/lint.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../engine/engine_test_util.h"
#include "storage/memory_store.h"

namespace lexgraph {
namespace {

TEST_CASE("LintSource reports a draft's findings, and against an archive its other dates",
          "[queries][lint]") {
  std::string draft =
      "Theo Kết luận số 62-KL/TW, ngày 09-12-2009 của Bộ Chính trị (khóa X); "
      "Kết luận số 158-TB/TW, ngày 02-01-2020 của Ban Bí thư; Chỉ thị 39-CT/TW của Ban Bí thư.\n";
  Result<std::vector<Finding>> alone = LintSource(draft, "draft.md");
  REQUIRE(alone.ok());
  REQUIRE(alone->size() == 1);
  CHECK((*alone)[0].kind == "type-code-mismatch");

  storage::MemoryStore archive;
  REQUIRE(testing::WriteSource(archive,
                               "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X); "
                               "Chỉ thị số 39-CT/TW, ngày 01-11-2019 của Ban Bí thư.\n",
                               "/r/a.md")
              .ok());
  Result<std::vector<Finding>> checked = LintSource(draft, "draft.md", &archive);
  REQUIRE(checked.ok());
  REQUIRE(checked->size() == 2);
  CHECK((*checked)[0].kind == "two-dates");
  CHECK((*checked)[0].suggestion == "2009-12-08");
  CHECK((*checked)[1].kind == "type-code-mismatch");

  nlohmann::json j = nlohmann::json::parse(FindingJsonLine((*checked)[0]));
  for (const char* field : {"source", "start", "end", "code", "kind", "severity", "message", "suggestion"}) {
    INFO(field);
    CHECK(j.contains(field));
  }
  CHECK(j["code"] == "62-KL/TW");
}

}  // namespace
}  // namespace lexgraph
