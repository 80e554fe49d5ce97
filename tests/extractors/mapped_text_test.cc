#include "extractors/mapped_text.h"

#include <catch2/catch.hpp>

namespace lexgraph {
namespace {

TEST_CASE("An identity MappedText maps every byte onto itself", "[extractors]") {
  MappedText t = MappedText::Identity("abcdef");
  CHECK(t.ToSource({0, 6}) == Span{0, 6});
  CHECK(t.ToSource({2, 4}) == Span{2, 4});
}

TEST_CASE("A slice of a slice still names the original bytes", "[extractors]") {
  MappedText original = MappedText::Identity("0123456789");
  MappedTextBuilder b;
  b.AppendSlice(original, 2, 5);        // "234"
  b.AppendReplacement(" ", 5, 0);       // a joining space standing for nothing
  b.AppendSlice(original, 7, 10);       // "789"
  MappedText joined = std::move(b).Finish();
  REQUIRE(joined.text == "234 789");
  CHECK(joined.ToSource({0, 3}) == Span{2, 5});
  CHECK(joined.ToSource({4, 7}) == Span{7, 10});
  CHECK(joined.ToSource({1, 6}) == Span{3, 9});

  MappedTextBuilder b2;
  b2.AppendSlice(joined, 4, 6);  // "78"
  MappedText again = std::move(b2).Finish();
  CHECK(again.ToSource({0, 2}) == Span{7, 9});
}

TEST_CASE("A replacement maps as a whole to the bytes it replaced", "[extractors]") {
  // "o\u0301" (3 bytes, NFD) composed into "ó" (2 bytes).
  MappedTextBuilder b;
  b.AppendCopy("kh", 0);
  b.AppendReplacement("\xC3\xB3", 2, 3);
  b.AppendCopy("a", 5);
  MappedText t = std::move(b).Finish();
  CHECK(t.ToSource({0, 5}) == Span{0, 6});
  CHECK(t.ToSource({2, 4}) == Span{2, 5});
  CHECK(t.ToSource({3, 4}) == Span{2, 5});  // inside the composed character
}

}  // namespace
}  // namespace lexgraph
