// ContentHash: the fingerprint that tells ingest a file is unchanged.
// XXH3-128 (libxxhash) of the bytes, as "xxh3-128:" + 32 hex digits. Not a
// security hash: it detects change, not tampering. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lexgraph {

std::string ContentHash(std::string_view bytes);

}  // namespace lexgraph
