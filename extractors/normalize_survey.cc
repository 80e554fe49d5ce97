#include "extractors/normalize_survey.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <bitset>

#include "base/byte_scan.h"

namespace lexgraph {
namespace {

namespace bs = byte_scan;

// The code points of the BMP that NFC never touches, from ICU's own
// properties, computed once: a bit test per character instead of ICU's
// isNormalizedUTF8 pass.
const std::bitset<0x10000>& StableUnderNfc() {
  static const auto* table = [] {
    auto* t = new std::bitset<0x10000>();
    for (UChar32 c = 0; c < 0x10000; ++c) {
      bool yes = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
      (*t)[c] = yes && u_getCombiningClass(c) == 0;
    }
    return t;
  }();
  return *table;
}

}  // namespace

// The well-formedness tests are those of FirstInvalidUtf8 (base/utf8.h), so that
// `invalid` agrees with it byte for byte.
ByteSurvey SurveyBytes(std::string_view bytes) {
  const std::bitset<0x10000>& stable = StableUnderNfc();
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  ByteSurvey s;
  for (size_t i = 0; i < n;) {
    uint8_t c = p[i];
    if (c < 0x80) {
      // The ASCII run from here, up to sixteen bytes in one step; its control
      // bytes are the only ASCII ones MayUnify() can be true for.
      if (i + bs::kBlock <= n) {
        bs::Block b = bs::Load(p + i);
        uint32_t high = bs::Mask(bs::Between(b, 0x80, 0xFF));
        size_t run = high == 0 ? bs::kBlock : bs::FirstSet(high);
        if (!s.may_unify) {
          uint32_t control = bs::Mask(bs::Between(b, 0x00, 0x1F)) & ((1u << run) - 1);
          bs::ForEachSet(control, i, [&](size_t k) { s.may_unify |= MayUnify(p[k]); });
        }
        i += run;
        continue;
      }
      s.may_unify |= c < 0x20 && MayUnify(c);
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF && cont(i + 1)) {
      s.may_unify |= c == 0xC2;
      s.surely_nfc &= stable[((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)];
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF && cont(i + 1) && cont(i + 2) &&
               !(c == 0xE0 && p[i + 1] < 0xA0) && !(c == 0xED && p[i + 1] >= 0xA0)) {
      s.may_unify |= MayUnify(c);
      s.surely_nfc &= stable[((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu)];
      i += 3;
    } else {
      int32_t j = static_cast<int32_t>(i);
      UChar32 cp;
      U8_NEXT(p, j, static_cast<int32_t>(n), cp);
      if (cp < 0) {
        s.invalid = i;
        return s;
      }
      s.surely_nfc = false;  // beyond the BMP: rare, ICU decides (none is unified)
      i = static_cast<size_t>(j);
    }
  }
  return s;
}

}  // namespace lexgraph
