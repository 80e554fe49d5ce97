#include "extractors/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace lexgraph {

// ICU's U8_NEXT follows the same table; this loop only skips ASCII eight
// bytes at a time and reads the two- and three-byte forms of Vietnamese text
// without a call.
size_t FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    uint8_t c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF && cont(i + 1)) {
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF && cont(i + 1) && cont(i + 2) &&
               !(c == 0xE0 && p[i + 1] < 0xA0) && !(c == 0xED && p[i + 1] >= 0xA0)) {
      i += 3;
    } else {
      // Four-byte forms and everything ill-formed: ICU decides.
      int32_t j = static_cast<int32_t>(i);
      UChar32 cp;
      U8_NEXT(p, j, static_cast<int32_t>(n), cp);
      if (cp < 0) return i;
      i = static_cast<size_t>(j);
    }
  }
  return std::string_view::npos;
}

}  // namespace lexgraph
