// The key encoding keeps byte order and prefixes: what prefix scans rely on.
#include <catch2/catch.hpp>

#include <set>

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

TEST_CASE("A source's contents record decodes to what was written, owners from the source",
          "[storage][keys]") {
  SourceContents contents;
  contents.nodes = {"doc:62-KL/TW@X", std::string("sec:a\0b#P2/II", 13), "src:a.md"};
  contents.index_entries = {{"by_code", "62-KL/TW", "doc:62-KL/TW@X"}, {"by_date", "", "doc:B"}};
  contents.edges = {{"sec:a#P2", EdgeKind::kMentions, "doc:62-KL/TW@X", "src:a.md", 7, ""},
                    {"doc:A", EdgeKind::kCorrects, "doc:B", "src:a.md", 70000, ""}};
  std::string value = SourceContentsValue(contents);
  SourceContents back;
  REQUIRE(DecodeSourceContents(value, "src:a.md", &back));
  CHECK(back.nodes == contents.nodes);
  CHECK(back.index_entries == contents.index_entries);
  CHECK(back.edges == contents.edges);

  SourceContents none;
  REQUIRE(DecodeSourceContents(SourceContentsValue({}), "src:a.md", &none));
  CHECK(none.nodes.empty());
  // The record is read item by item: cut at an item's end it holds the items
  // before; cut anywhere inside an item it is malformed.
  std::set<size_t> ends;
  SourceContents first;
  auto mark_end = [&] { ends.insert(SourceContentsValue(first).size()); };
  for (const std::string& n : contents.nodes) first.nodes.push_back(n), mark_end();
  for (const IndexEntry& e : contents.index_entries) first.index_entries.push_back(e), mark_end();
  for (const Edge& e : contents.edges) first.edges.push_back(e), mark_end();
  REQUIRE(ends.size() == 7);
  REQUIRE(*ends.rbegin() == value.size());
  for (size_t cut = 1; cut < value.size(); ++cut) {
    SourceContents partial;
    INFO("cut at " << cut);
    CHECK(DecodeSourceContents(std::string_view(value.data(), cut), "src:a.md", &partial) ==
          (ends.count(cut) == 1));
  }
  std::string unknown = value;
  unknown[0] = 9;
  CHECK_FALSE(DecodeSourceContents(unknown, "src:a.md", &back));
}

}  // namespace
}  // namespace lexgraph::storage
