#include "extractors/upper_for_code.h"

#include <unicode/unistr.h>

namespace lexgraph {

std::string UpperForCode(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.toUpper();
  std::string utf8;
  s.toUTF8String(utf8);
  return utf8;
}

}  // namespace lexgraph
