// ExtractDocument: every mention in a normalized document, in text order, each
// with where it stands (section, footnote) once the outline is in place.
// Pure and thread-safe.
#pragma once

#include <vector>

#include "extractors/mapped_text.h"
#include "extractors/mention.h"

namespace lexgraph {

// REQUIRES: `normalized` comes from Normalize().
std::vector<Mention> ExtractDocument(const MappedText& normalized);

}  // namespace lexgraph
