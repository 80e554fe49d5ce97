#include "extractors/dates.h"

#include <catch2/catch.hpp>

#include "extractors/normalize.h"

namespace lexgraph {
namespace {

TEST_CASE("Dates are read in every written form", "[extractors]") {
  struct Case {
    const char* text;
    Date date;
  };
  const Case cases[] = {
      {", ngày 08-12-2009 của", {2009, 12, 8}},
      {" ngày 8-12-2009", {2009, 12, 8}},
      {" ngày 08/12/2009", {2009, 12, 8}},
      {", ngày 8 tháng 12 năm 2009", {2009, 12, 8}},
      {" ngày 8 tháng mười hai năm 2009", {2009, 12, 8}},
      {" ngày 1 tháng tư năm 2020", {2020, 4, 1}},
      {" ngày 1 tháng bốn năm 2020", {2020, 4, 1}},
      {" ngày 15 tháng giêng năm 2021", {2021, 1, 15}},
      {" ngày 30 tháng mười một năm 2019", {2019, 11, 30}},
      {" ban hành ngày 17-3-2020", {2020, 3, 17}},
      {"\nngày 05-11-2019", {2019, 11, 5}},
      {" ngà y 28/6/2016", {2016, 6, 28}},  // a word split by PDF extraction
      {" Ngày 29/02/2020", {2020, 2, 29}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto d = ParseDateAt(FoldForMatch(c.text), 0);
    REQUIRE(d);
    CHECK(d->date == c.date);
  }
}

TEST_CASE("Periods and impossible days are never dates", "[extractors]") {
  const char* cases[] = {
      " giai đoạn 2016-2020", " ngày 31-02-2020", " ngày 29/02/2019", " ngày 12/15",
      " nhiệm kỳ 2020-2025",  " ngày 1-13-2020",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK_FALSE(ParseDateAt(FoldForMatch(c), 0));
  }
}

TEST_CASE("IsValidDate knows leap years", "[extractors]") {
  CHECK(IsValidDate(2000, 2, 29));
  CHECK_FALSE(IsValidDate(1900, 2, 29));
  CHECK(IsValidDate(2024, 2, 29));
  CHECK_FALSE(IsValidDate(2023, 2, 29));
  CHECK_FALSE(IsValidDate(2023, 4, 31));
}

}  // namespace
}  // namespace lexgraph
