#include "queries/issuer.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "../engine/engine_test_util.h"
#include "queries/fold_name.h"
#include "queries/issuers.h"
#include "storage/memory_store.h"

namespace lexgraph {
namespace {

// One source citing documents of each level: named bodies, and documents
// whose number alone names the body (…/TW, …/TU, NĐ-CP).
constexpr const char* kText =
    "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X); "
    "Chỉ thị số 43-CT/TW, ngày 08-6-2010 của Ban Bí thư (khóa X); "
    "Nghị quyết số 25-NQ/TW, ngày 03-6-2013 của Ban Chấp hành Trung ương (khóa XI); "
    "Nghị quyết số 24-NQ/TW về công tác tôn giáo.\n\n"
    "Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy; "
    "Công văn số 1051-CV/TU, ngày 17-3-2020 về việc học tập.\n\n"
    "Nghị định số 04/2015/NĐ-CP về thực hiện dân chủ; "
    "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ; "
    "Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội.\n";

std::vector<std::string> Codes(const IssuerListing& l) {
  std::vector<std::string> codes;
  for (const DocumentRow& r : l.rows) codes.push_back(r.facts.code);
  std::sort(codes.begin(), codes.end());
  return codes;
}

TEST_CASE("FoldName folds case, tone marks and đ", "[queries][issuer]") {
  const std::pair<std::string, std::string> cases[] = {
      {"Ban Bí thư", "ban bi thu"},
      {"BAN  THƯỜNG VỤ Tỉnh uỷ ", "ban thuong vu tinh uy"},
      {"Đảng ủy", "dang uy"},
      {"HĐND", "hdnd"},
      {"Ban Bi\xCC\x81 thư", "ban bi thu"},  // NFD: i + combining acute
  };
  for (const auto& [in, want] : cases) CHECK(FoldName(in) == want);
}

TEST_CASE("A body lists its own documents and those of the bodies under it", "[queries][issuer]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, kText, "/r/a.md").ok());
  using V = std::vector<std::string>;
  struct Case {
    IssuerQuery query;
    V codes;
  };
  const V central = {"24-NQ/TW", "25-NQ/TW", "43-CT/TW", "62-KL/TW"};
  const Case cases[] = {
      // Names, aliases and abbreviations, folded.
      {{.body = "Ban Bí thư"}, {"43-CT/TW"}},
      {{.body = "BBT"}, {"43-CT/TW"}},
      {{.body = "ban bi thu"}, {"43-CT/TW"}},
      {{.body = "Bộ Chính trị"}, {"62-KL/TW"}},
      {{.body = "bct"}, {"62-KL/TW"}},
      {{.body = "Ban Chấp hành Trung ương"}, {"25-NQ/TW"}},
      {{.body = "BCHTW"}, {"25-NQ/TW"}},
      // Trung ương: the three bodies and TW documents naming none.
      {{.body = "Trung ương"}, central},
      {{.body = "TW"}, central},
      {{.body = "Tỉnh ủy"}, {"1051-CV/TU", "11-CT/TU"}},
      {{.body = "tu"}, {"1051-CV/TU", "11-CT/TU"}},
      {{.body = "Ban Thường vụ Tỉnh ủy"}, {"11-CT/TU"}},
      {{.body = "BTV"}, {"11-CT/TU"}},
      {{.body = "Chính phủ"}, {"16/CT-TTg", "4/2015/NĐ-CP"}},
      {{.body = "Thủ tướng"}, {"16/CT-TTg"}},
      {{.body = "TTg"}, {"16/CT-TTg"}},
      {{.body = "Quốc hội"}, {"34/2007/PL-UBTVQH11"}},
      {{.body = "UBTVQH"}, {"34/2007/PL-UBTVQH11"}},
      // Filters: a date bound drops undated documents; types by word or code.
      {{.body = "Trung ương", .from = "2010-01-01"}, {"25-NQ/TW", "43-CT/TW"}},
      {{.body = "Trung ương", .to = "2010"}, {"43-CT/TW", "62-KL/TW"}},
      {{.body = "Trung ương", .type = "CT"}, {"43-CT/TW"}},
      {{.body = "Trung ương", .type = "Nghị quyết"}, {"24-NQ/TW", "25-NQ/TW"}},
      {{.body = "HĐND"}, {}},
  };
  for (const Case& c : cases) {
    INFO(c.query.body << " from " << c.query.from << " to " << c.query.to << " type " << c.query.type);
    Result<IssuerListing> l = ListIssuedBy(store, c.query);
    REQUIRE(l.ok());
    CHECK(Codes(*l) == c.codes);
  }
}

TEST_CASE("A local body typed with its province lists that province's documents", "[queries][issuer]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store,
                               "Kế hoạch số 53/KH-UBND ngày 21/3/2018 của Ủy ban nhân dân tỉnh Long An; "
                               "Kế hoạch số 75/KH-UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng; "
                               "Chỉ thị số 05-CT/TU ngày 02/3/2021 của Tỉnh ủy Kiên Giang.\n",
                               "/r/b.md")
              .ok());
  using V = std::vector<std::string>;
  const std::pair<std::string, V> cases[] = {
      {"Ủy ban nhân dân tỉnh", {"53/KH-UBND", "75/KH-UBND"}},
      {"UBND tỉnh Long An", {"53/KH-UBND"}},
      {"ubnd tinh soc trang", {"75/KH-UBND"}},
      {"UBND TP Sóc Trăng", {"75/KH-UBND"}},  // the unit word need not be the text's
      {"UBND tỉnh Cần Thơ", {}},
      {"Tỉnh ủy Kiên Giang", {"5-CT/TU"}},
      {"Tỉnh ủy Long An", {}},
  };
  for (const auto& [typed, codes] : cases) {
    INFO(typed);
    Result<IssuerListing> l = ListIssuedBy(store, {.body = typed});
    REQUIRE(l.ok());
    CHECK(Codes(*l) == codes);
  }
  Result<IssuerListing> l = ListIssuedBy(store, {.body = "UBND tỉnh Long An"});
  REQUIRE(l.ok());
  CHECK(l->place == "Long An");
  CHECK(l->scope.name == "Ủy ban nhân dân tỉnh");
  // A province alone is no body.
  CHECK(ListIssuedBy(store, {.body = "Long An"}).status().IsNotFound());
}

TEST_CASE("An issuer listing runs by date, undated documents last", "[queries][issuer]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, kText, "/r/a.md").ok());
  Result<IssuerListing> l = ListIssuedBy(store, {.body = "Trung ương"});
  REQUIRE(l.ok());
  std::vector<std::string> order;
  for (const DocumentRow& r : l->rows) order.push_back(r.facts.code);
  CHECK(order == std::vector<std::string>{"62-KL/TW", "43-CT/TW", "25-NQ/TW", "24-NQ/TW"});
  CHECK(l->scope.names ==
        std::vector<std::string>{"Trung ương", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"});
}

TEST_CASE("An unknown body is NotFound with the closest known ones", "[queries][issuer]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, kText, "/r/a.md").ok());
  struct Case {
    std::string typed, closest;
  };
  for (const Case& c : {Case{"Ban Bí thơ", "Ban Bí thư"}, Case{"Bo Chinh tri Trung uong", "Bộ Chính trị"},
                        Case{"Ban Thuong vu Tinh", "Ban Thường vụ Tỉnh ủy"}}) {
    INFO(c.typed);
    Result<IssuerListing> l = ListIssuedBy(store, {.body = c.typed});
    REQUIRE(!l.ok());
    CHECK(l.status().IsNotFound());
    CHECK(l.status().message().find("'" + c.closest + "'") != std::string::npos);
    CHECK(ClosestBodies(c.typed, 3).front() == c.closest);
  }
}

TEST_CASE("CountIssuers counts each body and the bodies under it", "[queries][issuer]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, kText, "/r/a.md").ok());
  Result<std::vector<IssuerCount>> counts = CountIssuers(store);
  REQUIRE(counts.ok());
  struct Row {
    std::string name;
    int depth;
    uint64_t own, total;
  };
  std::vector<Row> got;
  for (const IssuerCount& c : *counts) got.push_back({c.name, c.depth, c.own, c.total});
  const std::vector<Row> want = {
      {"Trung ương", 0, 1, 4},        {"Ban Chấp hành Trung ương", 1, 1, 1},
      {"Bộ Chính trị", 1, 1, 1},      {"Ban Bí thư", 1, 1, 1},
      {"Tỉnh ủy", 0, 1, 2},           {"Ban Thường vụ Tỉnh ủy", 1, 1, 1},
      {"Quốc hội", 0, 0, 1},          {"Ủy ban Thường vụ Quốc hội", 1, 1, 1},
      {"Chính phủ", 0, 1, 2},         {"Thủ tướng Chính phủ", 1, 1, 1},
  };
  REQUIRE(got.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    INFO(i << " " << got[i].name);
    CHECK(got[i].name == want[i].name);
    CHECK(got[i].depth == want[i].depth);
    CHECK(got[i].own == want[i].own);
    CHECK(got[i].total == want[i].total);
  }
}

}  // namespace
}  // namespace lexgraph
