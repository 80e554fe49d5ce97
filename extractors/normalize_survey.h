// SurveyBytes: one pass over a file's bytes that tells Normalize which of its
// steps have anything to do, so that the common file (well-formed, already
// NFC, no exotic dash or space) costs a single read. Internal to extractors/;
// pure and thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lexgraph {

struct ByteSurvey {
  size_t invalid = std::string_view::npos;  // FirstInvalidUtf8 of the bytes
  // True only if every code point is one NFC leaves as it is whatever stands
  // around it (NFC_Quick_Check=Yes and combining class 0): then the text is
  // NFC. False says nothing; ICU decides.
  bool surely_nfc = true;
  bool may_unify = false;  // some byte for which MayUnify() is true
};

// True for the bytes that may start what Normalize unifies: the lead bytes of
// the dashes, spaces and quotes it rewrites, CR and kUnitSeparator (0x1F).
// A table: it is asked once a byte, and one load is cheaper than six tests.
inline constexpr std::array<bool, 256> kMayUnify = [] {
  std::array<bool, 256> t{};
  for (int c : {0x0D, 0x1F, 0xC2, 0xE2, 0xE3, 0xEF}) t[c] = true;
  return t;
}();
inline bool MayUnify(uint8_t byte) { return kMayUnify[byte]; }

// REQUIRES: `bytes` holds no NUL. When `invalid` is set the other fields are
// meaningless.
ByteSurvey SurveyBytes(std::string_view bytes);

}  // namespace lexgraph
