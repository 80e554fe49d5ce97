// Byte scans sixteen bytes at a time: the passes over a whole text (markup
// stripping, tone folding, named and back references, unifying dashes,
// footnote markers in extractors/; the checks of a file's encoding in
// formats/) look for a few rare bytes, and comparing sixteen at once lets
// them skip the blocks that hold none, or count them. A block is a GCC vector; a mask
// says which of its bytes matched (bit k for byte k), exactly. On x86-64 the
// mask is one SSE2 instruction; elsewhere a loop over the sixteen lanes.
// Pure.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace lexgraph::byte_scan {

inline constexpr size_t kBlock = 16;

// Sixteen bytes; a comparison gives 0xFF in the lanes where it holds, else 0.
typedef uint8_t Block __attribute__((vector_size(kBlock)));

// The sixteen bytes at `p`. REQUIRES: they are readable.
inline Block Load(const unsigned char* p) {
  Block b;
  std::memcpy(&b, p, kBlock);
  return b;
}

// The lanes of `b` equal to `c`, and those with lo <= byte <= hi.
inline Block Equal(Block b, unsigned char c) { return b == c; }
// REQUIRES (Between): lo <= hi. One subtraction and one unsigned compare.
inline Block Between(Block b, unsigned char lo, unsigned char hi) {
  Block offset = b - lo;
  return offset <= static_cast<unsigned char>(hi - lo);
}

// Bit k set iff lane k of `lanes` (a comparison's result) is set.
inline uint32_t Mask(Block lanes) {
#ifdef __SSE2__
  __m128i v;
  std::memcpy(&v, &lanes, kBlock);
  return static_cast<uint32_t>(_mm_movemask_epi8(v));
#else
  uint32_t m = 0;
  for (size_t k = 0; k < kBlock; ++k) m |= static_cast<uint32_t>(lanes[k] >> 7) << k;
  return m;
#endif
}

// Bit k set iff byte k of `b` is 0x80 or above (the same movemask, on the
// bytes themselves).
inline uint32_t HighBits(Block b) { return Mask(b); }

// The index of the lowest set bit of a non-zero mask.
inline size_t FirstSet(uint32_t mask) { return static_cast<size_t>(std::countr_zero(mask)); }

// Calls fn(offset) for every set bit of `mask`, lowest first, offset being
// `base` plus the bit's index.
template <typename Fn>
inline void ForEachSet(uint32_t mask, size_t base, Fn&& fn) {
  for (; mask != 0; mask &= mask - 1) fn(base + static_cast<size_t>(std::countr_zero(mask)));
}

// The offset of the first byte of `s` at or after `from` with
// lo <= byte <= hi, or s.size() if there is none.
inline size_t FindBetween(std::string_view s, size_t from, unsigned char lo, unsigned char hi) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = from;
  for (; i + kBlock <= s.size(); i += kBlock) {
    uint32_t mask = Mask(Between(Load(p + i), lo, hi));
    if (mask != 0) return i + FirstSet(mask);
  }
  for (; i < s.size(); ++i) {
    if (p[i] >= lo && p[i] <= hi) return i;
  }
  return s.size();
}

}  // namespace lexgraph::byte_scan
