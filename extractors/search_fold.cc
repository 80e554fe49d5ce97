#include "extractors/search_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace lexgraph {

std::string FoldForSearch(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.toLower();
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
  if (U_SUCCESS(ec)) {
    icu::UnicodeString decomposed = nfd->normalize(s, ec);
    if (U_SUCCESS(ec)) s = decomposed;
  }
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // the marks NFD split off
    out.append(c == 0x0111 ? UChar32('d') : c);          // đ has no decomposition
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

std::string UpperForCode(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.toUpper();
  std::string utf8;
  s.toUTF8String(utf8);
  return utf8;
}

}  // namespace lexgraph
