// Word bytes: where a word of UTF-8 text starts and ends, judged from one
// byte. An ASCII letter or digit, or any byte of a multi-byte sequence (every
// non-ASCII character of these texts is a letter), belongs to a word.
// Internal to extractors/. Pure; thread-safe.
#pragma once

#include <array>
#include <string_view>

namespace lexgraph {

// As a table (the C locale's isalnum, and every byte from 0x80): it is asked
// once a byte by the scans.
inline constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  }
  return t;
}();
inline bool IsWordByte(unsigned char c) { return kWordByte[c]; }

// True iff a word goes on at `at` of `s` (false at the end).
inline bool IsWordByteAt(std::string_view s, size_t at) {
  return at < s.size() && IsWordByte(static_cast<unsigned char>(s[at]));
}

// True iff the byte before `at` of `s` belongs to a word (false at the start).
inline bool IsWordByteBefore(std::string_view s, size_t at) {
  return at > 0 && IsWordByte(static_cast<unsigned char>(s[at - 1]));
}

}  // namespace lexgraph
