#include "extractors/normalize_survey.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <bitset>

#include "base/byte_scan.h"
#include "base/utf8.h"

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

// True when NFC leaves every letter of Vietnamese text as it is: the code
// points of the two-byte leads C3..C6 (U+00C0..U+01BF: à, ă, đ, ơ, ư...)
// and of E1 B8..BB (U+1E00..U+1EFF: ạ, ả, ấ...). ICU's tables say so; were
// they ever to say otherwise, SurveyBlock would simply never be used.
bool VietnameseLettersStable() {
  static const bool stable = [] {
    const std::bitset<0x10000>& t = StableUnderNfc();
    for (uint32_t c = 0xC0; c <= 0x1BF; ++c) {
      if (!t[c]) return false;
    }
    for (uint32_t c = 0x1E00; c <= 0x1EFF; ++c) {
      if (!t[c]) return false;
    }
    return true;
  }();
  return stable;
}

// Surveys the sixteen bytes at `p`, a character's start, when they hold only
// ASCII and the letters VietnameseLettersStable() vouches for, well-formed
// (CheckUtf8Block): returns how many bytes it took (the characters that end
// in the block), or 0 when the bytes need looking at one character at a time.
size_t SurveyBlock(const uint8_t* p, ByteSurvey& s) {
  const bs::Block b = bs::Load(p);
  const Utf8Block block = CheckUtf8Block(b);
  if (block.take == 0) return 0;
  if ((block.lead2 | block.lead3) != 0) {
    const uint32_t letter2 = bs::Mask(bs::Between(b, 0xC3, 0xC6));
    const uint32_t e1 = bs::Mask(bs::Equal(b, 0xE1));
    const uint32_t letter3_second = bs::Mask(bs::Between(b, 0xB8, 0xBB));
    const bool letters_only = (block.lead2 & ~letter2) == 0 && (block.lead3 & ~e1) == 0 &&
                              ((block.lead3 << 1) & ~letter3_second) == 0;
    if (!letters_only) return 0;
  }
  if (!s.may_unify) {  // control bytes are the only ones left MayUnify() can be true for
    uint32_t control = bs::Mask(bs::Between(b, 0x00, 0x1F)) & ((1u << block.take) - 1);
    bs::ForEachSet(control, 0, [&](size_t k) { s.may_unify |= MayUnify(p[k]); });
  }
  return block.take;
}

}  // namespace

// The well-formedness tests are those of FirstInvalidUtf8 (base/utf8.h), so that
// `invalid` agrees with it byte for byte.
ByteSurvey SurveyBytes(std::string_view bytes) {
  const std::bitset<0x10000>& stable = StableUnderNfc();
  const bool blocks = VietnameseLettersStable();
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  auto cont = [&](size_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  ByteSurvey s;
  size_t by_character_until = 0;  // after a block SurveyBlock refused
  for (size_t i = 0; i < n;) {
    if (blocks && i >= by_character_until && i + bs::kBlock <= n) {
      if (size_t took = SurveyBlock(p + i, s); took > 0) {
        i += took;
        continue;
      }
      by_character_until = i + bs::kBlock;
    }
    uint8_t c = p[i];
    if (c < 0x80) {
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
