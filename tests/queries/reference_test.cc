// References as people type them: parsed (table-driven), then resolved on
// the sample report written into a MemoryStore.
#include "queries/reference.h"

#include <catch2/catch.hpp>

#include "../engine/engine_test_util.h"
#include "storage/memory_store.h"

namespace lexgraph {
namespace {

TEST_CASE("ParseReference reads the forms people type", "[queries][reference]") {
  struct Case {
    const char* text;
    std::string code, type_code;
    std::optional<int> number, year;
    std::string term, id;
  };
  const Case cases[] = {
      {"65-KL/TW", "65-KL/TW", "KL", 65, {}, "", ""},
      {"Kết luận 65", "", "KL", 65, {}, "", ""},
      {"KL 65", "", "KL", 65, {}, "", ""},
      {"kl 65", "", "KL", 65, {}, "", ""},
      {"ket luan 65", "", "KL", 65, {}, "", ""},
      {"KẾT LUẬN 65", "", "KL", 65, {}, "", ""},
      {"Kết luận số 65-KL/TW", "65-KL/TW", "KL", 65, {}, "", ""},
      {"  Chỉ thị 11-CT/TU ", "11-CT/TU", "CT", 11, {}, "", ""},
      {"25-NQ/TW khóa IX", "25-NQ/TW", "NQ", 25, {}, "IX", ""},
      {"25-NQ/TW khoá IX", "25-NQ/TW", "NQ", 25, {}, "IX", ""},
      {"25-nq/tw (KHOÁ ix)", "25-NQ/TW", "NQ", 25, {}, "IX", ""},
      {"Nghị quyết 24 khóa IX", "", "NQ", 24, {}, "IX", ""},
      {"NĐ 04/2015", "", "NĐ", 4, 2015, "", ""},
      {"nđ 04/2015", "", "NĐ", 4, 2015, "", ""},
      {"Nghị định số 04/2015/NĐ-CP", "4/2015/NĐ-CP", "NĐ", 4, 2015, "", ""},
      {"Công văn 1051-CV/TU", "1051-CV/TU", "CV", 1051, {}, "", ""},
      {"Quyết định 09-QĐ/TU", "9-QĐ/TU", "QĐ", 9, {}, "", ""},
      {"Chỉ thị 16/CT-TTg năm 2020", "16/CT-TTg", "CT", 16, 2020, "", ""},
      {"doc:62-KL/TW@X", "62-KL/TW", "KL", 62, {}, "X", "doc:62-KL/TW@X"},
      {"62-KL/TW@X", "62-KL/TW", "KL", 62, {}, "X", "doc:62-KL/TW@X"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Result<Reference> r = ParseReference(c.text);
    REQUIRE(r.ok());
    CHECK(r->code == c.code);
    CHECK(r->type_code == c.type_code);
    CHECK(r->number == c.number);
    CHECK(r->year == c.year);
    CHECK(r->term == c.term);
    CHECK(r->id == c.id);
  }
}

TEST_CASE("ParseReference refuses what names nothing", "[queries][reference]") {
  for (const char* text : {"", "   ", "khóa IX", "số"}) {
    INFO(text);
    Result<Reference> r = ParseReference(text);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == Status::Code::kInvalidArgument);
  }
}

TEST_CASE("FindDocument resolves the sample's references through the indexes", "[queries][reference]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, testing::SampleReport(), "/r/kien-giang.md").ok());
  struct Case {
    const char* text;
    std::string id;  // "" when unresolved
    int exit_code;
    size_t candidates;  // matches when ambiguous
  };
  const Case cases[] = {
      {"65-KL/TW", "doc:65-KL/TW@XII", 0, 1},
      {"Kết luận 65", "doc:65-KL/TW@XII", 0, 1},
      {"KL 65", "doc:65-KL/TW@XII", 0, 1},
      {"Kết luận số 65-KL/TW", "doc:65-KL/TW@XII", 0, 1},
      {"Chỉ thị 11-CT/TU", "doc:11-CT/TU@XII", 0, 1},
      {"25-NQ/TW khóa IX", "doc:25-NQ/TW@IX", 0, 1},
      {"25-NQ/TW khoá XI", "doc:25-NQ/TW@XI", 0, 1},
      {"NĐ 04/2015", "doc:4/2015/NĐ-CP", 0, 1},
      {"Công văn 1051-CV/TU", "doc:1051-CV/TU@XII", 0, 1},
      {"doc:62-KL/TW@X", "doc:62-KL/TW@X", 0, 1},
      {"Kết luận 158", "doc:158-TB/TW@XII", 0, 1},  // cited once as "Kết luận số 158-TB/TW"
      {"25-NQ/TW", "", 1, 2},
      {"Nghị quyết 25", "", 1, 2},
      {"66-KL/TW", "", 1, 0},
      {"khóa IX", "", 2, 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    ReferenceOutcome out = FindDocument(store, c.text);
    CHECK(out.exit_code == c.exit_code);
    if (!c.id.empty()) {
      REQUIRE(out.document.has_value());
      CHECK(out.document->id == c.id);
    } else {
      CHECK_FALSE(out.document.has_value());
      CHECK(out.resolution.matches.size() == c.candidates);
      CHECK_FALSE(out.message.empty());
    }
  }
}

TEST_CASE("An ambiguous reference lists its candidates, an unknown one the closest", "[queries][reference]") {
  storage::MemoryStore store;
  REQUIRE(testing::WriteSource(store, testing::SampleReport(), "/r/kien-giang.md").ok());
  ReferenceOutcome ambiguous = FindDocument(store, "25-NQ/TW");
  CHECK(ambiguous.message.find("doc:25-NQ/TW@IX") != std::string::npos);
  CHECK(ambiguous.message.find("doc:25-NQ/TW@XI") != std::string::npos);

  ReferenceOutcome unknown = FindDocument(store, "66-KL/TW");
  REQUIRE_FALSE(unknown.resolution.suggestions.empty());
  CHECK(unknown.resolution.suggestions.front().id == "doc:65-KL/TW@XII");  // same type, next number
  ReferenceOutcome wrong_term = FindDocument(store, "65-KL/TW khóa IX");
  CHECK(wrong_term.exit_code == 1);
  REQUIRE_FALSE(wrong_term.resolution.suggestions.empty());
  CHECK(wrong_term.resolution.suggestions.front().id == "doc:65-KL/TW@XII");  // the code, other term
}

}  // namespace
}  // namespace lexgraph
