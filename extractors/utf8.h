// UTF-8 well-formedness, shared by Normalize (which refuses ill-formed input)
// and the renderers (which must not emit it). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>

namespace lexgraph {

// Returns the offset of the first ill-formed byte of `s`, or npos if `s` is
// well-formed UTF-8 as Unicode's table 3-7 defines it (no overlongs, no
// surrogates, at most U+10FFFF).
size_t FirstInvalidUtf8(std::string_view s);

}  // namespace lexgraph
