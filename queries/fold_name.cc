#include "queries/fold_name.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace lexgraph {

std::string FoldName(std::string_view text) {
  UErrorCode error = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(error);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString decomposed = U_SUCCESS(error) ? nfd->normalize(in, error) : in;
  if (U_FAILURE(error)) decomposed = in;
  icu::UnicodeString out;
  bool blank = true;  // drops leading blanks and collapses runs
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c)) {
      if (!blank) out.append(UChar32(' '));
      blank = true;
      continue;
    }
    if (c == 0x0110 || c == 0x0111) c = 'd';  // Đ, đ have no decomposition
    out.append(u_tolower(c));
    blank = false;
  }
  std::string folded;
  out.toUTF8String(folded);
  if (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace lexgraph
