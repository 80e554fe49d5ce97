// The block masks of byte_scan.h say exactly which bytes matched: every byte
// value at every position of a block, beside every other value.
#include "base/byte_scan.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <vector>

namespace lexgraph::byte_scan {
namespace {

// Sixteen bytes: `fill` everywhere, `c` at `pos`.
Block Filled(unsigned char fill, unsigned char c, size_t pos) {
  std::array<unsigned char, kBlock> b;
  b.fill(fill);
  b[pos] = c;
  return Load(b.data());
}

TEST_CASE("Equal and Between mark exactly the matching bytes", "[extractors][byte_scan]") {
  for (int fill : {0x00, 0x01, 0x20, 0x41, 0x7F, 0x80, 0xC3, 0xFF}) {
    for (int c = 0; c < 256; ++c) {
      for (size_t pos = 0; pos < kBlock; ++pos) {
        Block b = Filled(static_cast<unsigned char>(fill), static_cast<unsigned char>(c), pos);
        uint32_t eq = Mask(Equal(b, static_cast<unsigned char>(c)));
        uint32_t between = Mask(Between(b, 'B', 'P'));
        for (size_t k = 0; k < kBlock; ++k) {
          int byte = k == pos ? c : fill;
          INFO("fill " << fill << " byte " << c << " at " << pos << ", lane " << k);
          REQUIRE(((eq >> k) & 1) == (byte == c));
          REQUIRE(((between >> k) & 1) == (byte >= 'B' && byte <= 'P'));
        }
      }
    }
  }
}

TEST_CASE("FirstSet and ForEachSet name the set lanes in order", "[extractors][byte_scan]") {
  for (size_t pos = 0; pos < kBlock; ++pos) {
    CHECK(FirstSet(Mask(Equal(Filled('a', '*', pos), '*'))) == pos);
  }
  std::vector<size_t> seen;
  ForEachSet(0b1000'0000'0010'0101u, 100, [&](size_t at) { seen.push_back(at); });
  CHECK(seen == std::vector<size_t>{100, 102, 105, 115});
}

TEST_CASE("FindBetween finds the first byte in range in a block or the tail", "[extractors][byte_scan]") {
  for (size_t size = 0; size < 3 * kBlock; ++size) {
    for (size_t at = 0; at <= size; ++at) {  // at == size: no digit at all
      std::string s(size, 'x');
      if (at < size) s[at] = '7';
      for (size_t from = 0; from <= size; ++from) {
        INFO("size " << size << ", digit at " << at << ", from " << from);
        size_t want = at < size && at >= from ? at : size;
        REQUIRE(FindBetween(s, from, '0', '9') == want);
      }
    }
  }
  CHECK(FindBetween("số 62-KL/TW", 0, '0', '9') == 5);  // "ố" is three bytes
  CHECK(FindBetween("\xC3\xA0 \x80", 0, 0x80, 0xBF) == 1);
}

}  // namespace
}  // namespace lexgraph::byte_scan
