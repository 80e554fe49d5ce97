#include "engine/party_terms.h"

#include <catch2/catch.hpp>

namespace lexgraph {
namespace {

TEST_CASE("The term of a date is the one whose congress closed last before it", "[engine]") {
  struct Case {
    Date date;
    const char* term;
  };
  const Case cases[] = {
      {{2009, 12, 8}, "X"},     // Kết luận 62-KL/TW
      {{2013, 6, 3}, "XI"},     // Nghị quyết 25-NQ/TW
      {{2011, 1, 18}, "X"},     // the day before khóa XI closed its congress
      {{2011, 1, 19}, "XI"},
      {{2000, 12, 15}, "VIII"},  // Chỉ thị 59-CT/TW
      {{2021, 2, 1}, "XIII"},
      {{2026, 3, 1}, "XIV"},
  };
  for (const Case& c : cases) {
    INFO(c.date.Iso());
    auto t = TermOfDate(c.date);
    REQUIRE(t);
    CHECK(t->roman == c.term);
  }
  CHECK_FALSE(TermOfDate({1980, 1, 1}));
}

TEST_CASE("A date outside its stated term is detected", "[engine]") {
  // Nghị quyết 25-NQ/TW "ngày 12-01-2013 … (khóa IX)": the sample's contradiction.
  CHECK_FALSE(DateInTerm({2013, 1, 12}, "IX"));
  CHECK(DateInTerm({2003, 3, 12}, "IX"));
  CHECK_FALSE(DateInTerm({2003, 3, 12}, "XXV"));
  CHECK(TermByName("XII"));
  CHECK_FALSE(TermByName("XXV"));
}

}  // namespace
}  // namespace lexgraph
