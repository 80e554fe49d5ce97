#include "extractors/provinces.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/testing/extract_helpers.h"

namespace lexgraph {
namespace {

using testing::ExtractText;

TEST_CASE("The province after a local body is read into issuer_place", "[extractors][place]") {
  struct Case {
    const char* text;
    std::string issuer, place, subject;
  };
  const Case cases[] = {
      {"Quyết định số 12/2020/QĐ-UBND ngày 5-3-2020 của Ủy ban nhân dân tỉnh Long An về giá đất.",
       "Ủy ban nhân dân tỉnh", "Long An", "giá đất"},
      {"Quyết định số 1190/QĐ-UBND của UBND thành phố Hồ Chí Minh về phân cấp.",
       "Ủy ban nhân dân tỉnh", "Hồ Chí Minh", "phân cấp"},
      {"Nghị quyết số 31/2021/NQ-HĐND của Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu.",
       "Hội đồng nhân dân tỉnh", "Bà Rịa - Vũng Tàu", ""},
      {"Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy Khánh Hoà về dân vận.",  // old tone marks
       "Ban Thường vụ Tỉnh ủy", "Khánh Hòa", "dân vận"},
      {"Nghị quyết số 77/2017/NQ-HĐND của Hội đồng nhân dân tỉnh về chính sách.",
       "Hội đồng nhân dân tỉnh", "", "chính sách"},
      {"Chỉ thị số 05-CT/TU của Tỉnh ủy Long Anh.", "Tỉnh ủy", "", ""},  // no word ends at "An"
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<Mention> ms = ExtractText(c.text);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].issuer == c.issuer);
    CHECK(ms[0].issuer_place == c.place);
    CHECK(ms[0].subject == c.subject);
  }
}

TEST_CASE("A list shares the province with its issuer", "[extractors][place]") {
  std::vector<Mention> ms = ExtractText(
      "Quyết định số 12/2020/QĐ-UBND, Quyết định số 13/2020/QĐ-UBND của UBND tỉnh Long An.");
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].issuer_place == "Long An");
  CHECK(ms[1].issuer_place == "Long An");
}

TEST_CASE("ProvinceAt reads a whole name only", "[extractors][place]") {
  size_t end = 0;
  CHECK(ProvinceAt("tỉnh Thừa Thiên Huế.", std::string("tỉnh ").size(), &end) == "Thừa Thiên Huế");
  CHECK(end == std::string("tỉnh Thừa Thiên Huế").size());
  CHECK(ProvinceAt("Hà Nộii", 0, &end).empty());
  CHECK(ProvinceAt("Hà", 0, &end).empty());
}

}  // namespace
}  // namespace lexgraph
