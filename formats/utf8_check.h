// The first byte at which `bytes` stops being valid UTF-8 (overlongs,
// surrogates and code points past U+10FFFF are invalid), or npos.
// Pure; thread-safe.
#pragma once

#include <string_view>

namespace lexgraph::formats {

size_t FirstInvalidUtf8(std::string_view bytes);

}  // namespace lexgraph::formats
