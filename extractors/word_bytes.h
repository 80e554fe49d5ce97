// Word bytes: where a word of UTF-8 text starts and ends, judged from one
// byte. An ASCII letter or digit, or any byte of a multi-byte sequence (every
// non-ASCII character of these texts is a letter), belongs to a word.
// Internal to extractors/. Pure; thread-safe.
#pragma once

#include <cctype>
#include <string_view>

namespace lexgraph {

inline bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// True iff a word goes on at `at` of `s` (false at the end).
inline bool IsWordByteAt(std::string_view s, size_t at) {
  return at < s.size() && IsWordByte(static_cast<unsigned char>(s[at]));
}

// True iff the byte before `at` of `s` belongs to a word (false at the start).
inline bool IsWordByteBefore(std::string_view s, size_t at) {
  return at > 0 && IsWordByte(static_cast<unsigned char>(s[at - 1]));
}

}  // namespace lexgraph
