// UTF-8 well-formedness, the one check every layer uses: formats/ (is a text
// file UTF-8, or Windows-1252?), Normalize (which refuses ill-formed input,
// naming the byte), the renderers (which must not emit it) and the server's
// parameters; and its sixteen-byte step (CheckUtf8Block), which SurveyBytes
// shares. Header-only; pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/byte_scan.h"

namespace lexgraph {

namespace utf8_internal {

// One character's check, from `i`, a character's start: its length, or 0
// when it is ill-formed there.
inline size_t CharLength(const uint8_t* p, size_t n, size_t i) {
  auto cont = [&](size_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  const uint8_t c = p[i];
  if (c < 0x80) return 1;
  if (c < 0xE0) {  // two bytes: C2..DF, one continuation
    return c >= 0xC2 && cont(i + 1) ? 2 : 0;
  }
  if (c < 0xF0) {  // three bytes: no overlong (E0 A0..), no surrogate (ED ..9F)
    bool ok = cont(i + 1) && cont(i + 2) && !(c == 0xE0 && p[i + 1] < 0xA0) && !(c == 0xED && p[i + 1] > 0x9F);
    return ok ? 3 : 0;
  }
  // four bytes: F0 90.. to F4 ..8F
  bool ok = c <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3) && !(c == 0xF0 && p[i + 1] < 0x90) &&
            !(c == 0xF4 && p[i + 1] > 0x8F);
  return ok ? 4 : 0;
}

}  // namespace utf8_internal

// Sixteen bytes checked at once, from a character's start. `take`: how many
// of them the characters that end in the block cover, when all of those are
// well-formed and none holds a rarer byte (C0, C1, the leads E0 and ED whose
// second byte is limited, F0 and above); 0 when the bytes must be checked a
// character at a time. A character cut by the block's end is left out.
// lead2, lead3: the lanes below `take` of the two- and three-byte leads.
struct Utf8Block {
  size_t take = 0;
  uint32_t lead2 = 0, lead3 = 0;
};

// The lanes of continuation bytes (80..BF) must be exactly the lanes the
// leads before them claim (one after C2..DF, two after E1..EC and EE..EF).
inline Utf8Block CheckUtf8Block(byte_scan::Block b) {
  namespace bs = byte_scan;
  if (bs::HighBits(b) == 0) return {bs::kBlock, 0, 0};
  const uint32_t cont = bs::Mask(bs::Between(b, 0x80, 0xBF));
  const uint32_t lead2 = bs::Mask(bs::Between(b, 0xC2, 0xDF));
  const uint32_t lead3 = bs::Mask(bs::Between(b, 0xE0, 0xEF));
  const uint32_t rare =
      bs::Mask(bs::Between(b, 0xC0, 0xC1) | bs::Equal(b, 0xE0) | bs::Equal(b, 0xED) | bs::Between(b, 0xF0, 0xFF));
  // The first lead whose character runs past the block: stop before it.
  const uint32_t crossing = (lead2 & 0x8000u) | (lead3 & 0xC000u);
  const size_t take = crossing != 0 ? bs::FirstSet(crossing) : bs::kBlock;
  const uint32_t in = (1u << take) - 1;
  // What the leads before `take` claim; none of their characters crosses the
  // block's end, so a claim at or past `take` is a lead's byte.
  const uint32_t l2 = lead2 & in, l3 = lead3 & in;
  const uint32_t claimed = (l2 << 1) | (l3 << 1) | (l3 << 2);
  if (claimed != (cont & in) || (rare & in) != 0) return {};
  return {take, l2, l3};
}

// Returns the offset of the first ill-formed byte of `s`, or npos if `s` is
// well-formed UTF-8 as Unicode's table 3-7 defines it (no overlongs, no
// surrogates, at most U+10FFFF). Sixteen bytes a step (CheckUtf8Block); a
// block it refuses and the last few bytes are checked a character at a
// time, which names the offset.
inline size_t FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + byte_scan::kBlock <= n) {
      if (size_t take = CheckUtf8Block(byte_scan::Load(p + i)).take; take > 0) {
        i += take;
        continue;
      }
    }
    const size_t length = utf8_internal::CharLength(p, n, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace lexgraph
