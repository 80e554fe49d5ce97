// The eight-byte masks of byte_scan.h never miss a byte asked for: every
// byte value at every position of a word, beside every other value.
#include "extractors/byte_scan.h"

#include <catch2/catch.hpp>

#include <array>

namespace lexgraph::byte_scan {
namespace {

// Eight bytes: `fill` everywhere, `c` at `pos`.
uint64_t Word(unsigned char fill, unsigned char c, size_t pos) {
  std::array<unsigned char, 8> b;
  b.fill(fill);
  b[pos] = c;
  return Load8(b.data());
}

bool Flagged(uint64_t mask, size_t pos) { return (mask >> (8 * pos + 7)) & 1; }

TEST_CASE("BytesEqual flags every byte equal to the one asked for", "[extractors][byte_scan]") {
  for (int fill : {0x00, 0x01, 0x20, 0x41, 0x7F, 0x80, 0xC3, 0xFF}) {
    for (int c = 0; c < 256; ++c) {
      for (size_t pos = 0; pos < 8; ++pos) {
        uint64_t w = Word(static_cast<unsigned char>(fill), static_cast<unsigned char>(c), pos);
        INFO("fill " << fill << " byte " << c << " at " << pos);
        REQUIRE(Flagged(BytesEqual(w, static_cast<unsigned char>(c)), pos));
        // A word without the byte is never flagged at all.
        if (fill != c) REQUIRE(BytesEqual(Word(static_cast<unsigned char>(fill),
                                                static_cast<unsigned char>(fill), 0),
                                           static_cast<unsigned char>(c)) == 0);
      }
    }
  }
}

TEST_CASE("BytesBetween flags exactly the bytes inside the bounds", "[extractors][byte_scan]") {
  for (int fill : {0x00, 0x30, 0x4E, 0x7F, 0x80, 0xE1, 0xFF}) {
    for (int c = 0; c < 256; ++c) {
      for (size_t pos = 0; pos < 8; ++pos) {
        uint64_t w = Word(static_cast<unsigned char>(fill), static_cast<unsigned char>(c), pos);
        uint64_t m = BytesBetween(w, 'B' - 1, 'P' + 1);
        for (size_t k = 0; k < 8; ++k) {
          int b = k == pos ? c : fill;
          INFO("fill " << fill << " byte " << c << " at " << pos << ", checking " << k);
          REQUIRE(Flagged(m, k) == (b >= 'B' && b <= 'P'));
        }
      }
    }
  }
}

TEST_CASE("FirstFlagged names the lowest flagged byte", "[extractors][byte_scan]") {
  for (size_t pos = 0; pos < 8; ++pos) {
    CHECK(FirstFlagged(BytesEqual(Word('a', '*', pos), '*')) == pos);
  }
}

}  // namespace
}  // namespace lexgraph::byte_scan
