// UTF-8 well-formedness, the one check every layer uses: formats/ (is a text
// file UTF-8, or Windows-1252?), Normalize (which refuses ill-formed input,
// naming the byte), the renderers (which must not emit it) and the server's
// parameters. Header-only; pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/byte_scan.h"

namespace lexgraph {

// Returns the offset of the first ill-formed byte of `s`, or npos if `s` is
// well-formed UTF-8 as Unicode's table 3-7 defines it (no overlongs, no
// surrogates, at most U+10FFFF). ASCII runs go sixteen bytes a step; the
// two- and three-byte forms of Vietnamese letters take a test each.
inline size_t FirstInvalidUtf8(std::string_view s) {
  namespace bs = byte_scan;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  for (size_t i = 0; i < n;) {
    const uint8_t c = p[i];
    if (c < 0x80) {
      if (i + bs::kBlock <= n) {
        uint32_t high = bs::Mask(bs::Between(bs::Load(p + i), 0x80, 0xFF));
        i += high == 0 ? bs::kBlock : bs::FirstSet(high);
      } else {
        ++i;
      }
    } else if (c < 0xE0) {  // two bytes: C2..DF, one continuation
      if (c < 0xC2 || !cont(i + 1)) return i;
      i += 2;
    } else if (c < 0xF0) {  // three bytes: no overlong (E0 A0..), no surrogate (ED ..9F)
      if (!cont(i + 1) || !cont(i + 2) || (c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] > 0x9F)) {
        return i;
      }
      i += 3;
    } else {  // four bytes: F0 90.. to F4 ..8F
      if (c > 0xF4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3) || (c == 0xF0 && p[i + 1] < 0x90) ||
          (c == 0xF4 && p[i + 1] > 0x8F)) {
        return i;
      }
      i += 4;
    }
  }
  return std::string_view::npos;
}

}  // namespace lexgraph
