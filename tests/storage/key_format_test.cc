// The key encoding keeps byte order and prefixes: what prefix scans rely on.
#include <catch2/catch.hpp>

#include "storage/key_format.h"

namespace lexgraph::storage {
namespace {

std::string Encoded(std::string_view s) {
  std::string out;
  AppendString(&out, s);
  return out;
}

TEST_CASE("An encoded string decodes to itself and consumes exactly its bytes", "[storage][keys]") {
  const std::vector<std::string> strings = {
      "", "doc:62-KL/TW@X", "Kết luận số 62", std::string("\0", 1), std::string("a\0\x01b", 4),
      std::string("\xff\x00\xff", 3), "trailing/"};
  for (const std::string& s : strings) {
    std::string key = Encoded(s) + "rest";
    std::string_view in = key;
    std::string decoded;
    REQUIRE(ReadString(&in, &decoded));
    CHECK(decoded == s);
    CHECK(in == "rest");
  }
}

TEST_CASE("Encoded strings sort like the strings, so a key never sorts inside another's range",
          "[storage][keys]") {
  // Pairs a < b.
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"a", "b"}, {"a", "a\x01"}, {"a", std::string("a\0", 2)}, {"", "a"},
      {std::string("a\0", 2), "a\x01"}, {"62-KL/TW", "62-KL/TW@X"}, {"x/", "x0"}};
  for (const auto& [a, b] : pairs) {
    INFO(a << " < " << b);
    CHECK(Encoded(a) < Encoded(b));
  }
}

TEST_CASE("A malformed component is rejected", "[storage][keys]") {
  const std::vector<std::string> bad = {"no terminator", std::string("a\0", 2),
                                        std::string("a\0\x02", 3)};
  for (const std::string& s : bad) {
    std::string_view in = s;
    std::string out;
    CHECK_FALSE(ReadString(&in, &out));
  }
}

TEST_CASE("Edge keys decode back to the edge from either direction", "[storage][keys]") {
  Edge edge{"doc:A/1", EdgeKind::kAmends, "doc:B", "src:x", 70000, "evidence"};
  Edge out, in;
  REQUIRE(DecodeOutEdge(OutEdgeKey(edge), edge.props, &out));
  REQUIRE(DecodeInEdge(InEdgeKey(edge), edge.props, &in));
  CHECK(out == edge);
  CHECK(in == edge);
  CHECK(OutEdgeKey(edge).starts_with(EdgePrefix("doc:A/1", EdgeKind::kAmends)));
  CHECK_FALSE(OutEdgeKey(edge).starts_with(EdgePrefix("doc:A", std::nullopt)));
}

}  // namespace
}  // namespace lexgraph::storage
