// FoldForMatch: the old tone-mark placement (hoà, khoá, uỷ) rewritten in the
// modern one (hòa, khóa, ủy). See normalize.h for the contract.
#include <array>
#include <string>
#include <string_view>

#include "base/byte_scan.h"
#include "extractors/normalize.h"

namespace lexgraph {
namespace {

// Old placement -> modern placement, NFC. Both sides have the same byte
// length, so that the folded text keeps every offset of the text; the pairs
// whose two spellings differ in length (oẽ/õe, uỳ/ùy, uỹ/ũy: "tuỳ" is 4
// bytes, "tùy" 3) are left out, and stay as written.
struct Fold {
  std::string_view from, to;
};
constexpr std::array kFolds = {
    Fold{"oà", "òa"}, Fold{"oá", "óa"}, Fold{"oả", "ỏa"}, Fold{"oã", "õa"}, Fold{"oạ", "ọa"},
    Fold{"oè", "òe"}, Fold{"oé", "óe"}, Fold{"oẻ", "ỏe"}, Fold{"oẹ", "ọe"},
    Fold{"uý", "úy"}, Fold{"uỷ", "ủy"}, Fold{"uỵ", "ụy"},
    Fold{"Oà", "Òa"}, Fold{"Oá", "Óa"}, Fold{"Oả", "Ỏa"}, Fold{"Oã", "Õa"}, Fold{"Oạ", "Ọa"},
    Fold{"Uý", "Úy"}, Fold{"Uỷ", "Ủy"}, Fold{"Uỵ", "Ụy"},
    Fold{"OÀ", "ÒA"}, Fold{"OÁ", "ÓA"}, Fold{"OẢ", "ỎA"}, Fold{"OÃ", "ÕA"}, Fold{"OẠ", "ỌA"},
    Fold{"UÝ", "ÚY"}, Fold{"UỶ", "ỦY"}, Fold{"UỴ", "ỤY"},
};
static_assert([] {
  for (const Fold& f : kFolds) {
    if (f.from.size() != f.to.size()) return false;
  }
  return true;
}(), "a fold must keep the text's length");

// The vowels a fold starts with, as a table: the scan asks once a byte.
constexpr std::array<bool, 256> kFoldStart = [] {
  std::array<bool, 256> t{};
  for (char c : {'o', 'u', 'O', 'U'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// The last byte of every toned vowel of the table: most o and u before C3 or
// E1 are the "uố", "uộ", "uầ" of thuộc, cuộc, tuần, whose vowels are not in
// the table, and one look at the vowel's last byte turns them away.
constexpr std::array<bool, 256> kFoldVowelEnd = [] {
  std::array<bool, 256> t{};
  for (const Fold& f : kFolds) t[static_cast<unsigned char>(f.from.back())] = true;
  return t;
}();

bool IsLetterAt(std::string_view s, size_t at) {
  if (at >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[at]);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string out(text);
  // Raw bytes and a fixed size: the folds keep the length, and the compiler
  // cannot see that through std::string.
  const auto* p = reinterpret_cast<const unsigned char*>(out.data());
  const size_t n = out.size();
  size_t free_from = 0;  // the first byte past the last fold
  auto fold_at = [&](size_t i) {
    // Every toned vowel of the table is a two- or three-byte sequence.
    // ... and starts with 0xC3 (à á ã è é ý) or 0xE1 (ả ạ ẻ ẽ ẹ ỳ ỷ ỹ ỵ).
    if (i < free_from || !kFoldStart[p[i]] || (p[i + 1] != 0xC3 && p[i + 1] != 0xE1)) return;
    // Only an open syllable differs between the styles ("hoà" but never "hoàn"),
    // and "quý" is the same in both.
    if (i > 0 && (out[i - 1] == 'q' || out[i - 1] == 'Q')) return;
    size_t vowel_end = i + (p[i + 1] == 0xC3 ? 2 : 3);  // the toned vowel's last byte
    if (vowel_end >= n || !kFoldVowelEnd[p[vowel_end]]) return;
    for (const Fold& f : kFolds) {
      if (out[i] != f.from[0] || out[i + 1] != f.from[1]) continue;  // cheap test first
      if (std::string_view(out).substr(i, f.from.size()) != f.from) continue;
      if (IsLetterAt(out, i + f.from.size())) return;
      out.replace(i, f.to.size(), f.to);
      free_from = i + f.to.size();
      return;
    }
  };
  size_t i = 0;
  for (; i + byte_scan::kBlock + 1 <= n; i += byte_scan::kBlock) {  // blocks: an o/u before C3 or E1
    using namespace byte_scan;
    Block vowels = Load(p + i) | 0x20;  // O, U as o, u
    Block next = Load(p + i + 1);
    ForEachSet(Mask((Equal(vowels, 'o') | Equal(vowels, 'u')) & (Equal(next, 0xC3) | Equal(next, 0xE1))),
               i, fold_at);
  }
  for (; i + 1 < n; ++i) fold_at(i);
  return out;
}

}  // namespace lexgraph
