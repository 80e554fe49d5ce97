#include "queries/documents.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "../engine/engine_test_util.h"
#include "storage/memory_store.h"

namespace lexgraph {
namespace {

std::vector<std::string> Ids(const storage::GraphReader& store, const DocumentFilter& filter) {
  Result<std::vector<DocumentRow>> rows = ListDocuments(store, filter);
  REQUIRE(rows.ok());
  std::vector<std::string> ids;
  for (const DocumentRow& r : *rows) ids.push_back(r.id);
  return ids;
}

TEST_CASE("ListDocuments filters by issuer, type and dates", "[queries][docs]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store,
                               "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X); "
                               "Chỉ thị số 43-CT/TW, ngày 08-6-2010 của Ban Bí thư (khóa X); "
                               "Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy.\n",
                               "/r/a.md")
              .ok());
  struct Case {
    DocumentFilter filter;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      {{}, {"doc:11-CT/TU@XII", "doc:43-CT/TW@X", "doc:62-KL/TW@X"}},
      {{.issuer = "Ban Bí thư"}, {"doc:43-CT/TW@X"}},
      {{.issuer = "tu"}, {"doc:11-CT/TU@XII"}},
      {{.type = "Chỉ thị"}, {"doc:11-CT/TU@XII", "doc:43-CT/TW@X"}},
      {{.type = "KL"}, {"doc:62-KL/TW@X"}},
      {{.from = "2010-01-01"}, {"doc:11-CT/TU@XII", "doc:43-CT/TW@X"}},
      {{.to = "2010"}, {"doc:43-CT/TW@X", "doc:62-KL/TW@X"}},
      {{.from = "2010-06-08", .to = "2010-06-08"}, {"doc:43-CT/TW@X"}},
  };
  for (const Case& c : cases) {
    INFO(c.filter.issuer << "|" << c.filter.type << "|" << c.filter.from << "|" << c.filter.to);
    CHECK(Ids(store, c.filter) == c.ids);
  }
}

TEST_CASE("LoadDocument reads one document as ListDocuments lists it", "[queries][docs]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store,
                               "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X); "
                               "tiếp tục thực hiện Kết luận số 62-KL/TW.\n",
                               "/r/a.md")
              .ok());
  Result<std::vector<DocumentRow>> rows = ListDocuments(store, {});
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  Result<DocumentRow> one = LoadDocument(store, "doc:62-KL/TW@X");
  REQUIRE(one.ok());
  CHECK(DocumentJsonLine(*one) == DocumentJsonLine(rows->front()));
  CHECK(one->mentions.size() == 2);
  CHECK(LoadDocument(store, "doc:63-KL/TW@X").status().IsNotFound());
  CHECK(LoadDocument(store, "src:/r/a.md").status().IsNotFound());
}

TEST_CASE("DocumentJsonLine has the fields of cli.md", "[queries][docs]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X).\n",
                               "/r/a.md")
              .ok());
  Result<std::vector<DocumentRow>> rows = ListDocuments(store, {});
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  nlohmann::json j = nlohmann::json::parse(DocumentJsonLine(rows->front()));
  for (const char* field : {"id", "code", "type", "type_code", "number", "year", "date", "issuer",
                            "issuer_code", "term", "subject", "mentions", "aliases", "findings",
                            "is_source"}) {
    INFO(field);
    CHECK(j.contains(field));
  }
  CHECK(j["code"] == "62-KL/TW");
  CHECK(j["date"] == "2009-12-08");
  CHECK(j["term"] == "X");
  CHECK(j["mentions"][0]["source"] == "/r/a.md");
  CHECK(j["mentions"][0]["start"] == 0);
  CHECK(DocumentTextLine(rows->front()).starts_with("62-KL/TW@X  Kết luận · 2009-12-08"));
}

}  // namespace
}  // namespace lexgraph
