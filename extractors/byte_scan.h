// Byte scans eight bytes at a time: the passes over a whole text (markup
// stripping, tone folding) look for a few rare bytes, and testing a 64-bit
// word at once lets them skip the eight bytes that hold none. The masks are
// filters: a byte they flag must be checked again one by one, a byte they do
// not flag is surely not one asked for. Internal to extractors/. Pure.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <cstddef>

namespace lexgraph::byte_scan {

static_assert(std::endian::native == std::endian::little, "byte i of a loaded word is bits 8i..8i+7");

inline constexpr uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kHighs = 0x8080808080808080ULL;

// The eight bytes at `p`. REQUIRES: they are readable.
inline uint64_t Load8(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Some high bits of the bytes of `w` equal to `c`: every such byte has its
// high bit set in the result (a byte 0x01 above a match may be flagged too).
inline uint64_t BytesEqual(uint64_t w, unsigned char c) {
  uint64_t x = w ^ (kOnes * c);
  return (x - kOnes) & ~x & kHighs;
}

// The high bits of the bytes b of `w` with lo < b < hi, exactly (bytes from
// 0x80 never). REQUIRES: lo < 128, hi <= 128.
inline uint64_t BytesBetween(uint64_t w, unsigned char lo, unsigned char hi) {
  const uint64_t low7 = w & (kOnes * 0x7F);
  return (kOnes * (127 + hi) - low7) & ~w & (low7 + kOnes * (127 - lo)) & kHighs;
}

// The index (0-7) of the first byte a non-zero mask of BytesEqual flags.
inline size_t FirstFlagged(uint64_t mask) { return static_cast<size_t>(std::countr_zero(mask)) >> 3; }

}  // namespace lexgraph::byte_scan
