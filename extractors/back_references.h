// Back references: "Nghị quyết này" (this resolution), "Kết luận trên",
// "Quyết định nói trên" (the decision above). A capitalised type word of
// extractors/patterns.h followed by "này", or by "trên" / "nói trên" /
// "nêu trên" / "đã nêu" at the end of a clause. They carry no number: the
// engine (engine/resolve.h) finds the document each one means, or says it
// cannot. Found by a byte search for the closing words and a look back at
// the type words; no regex. Pure; thread-safe.
#pragma once

#include <vector>

#include "extractors/mapped_text.h"
#include "extractors/mention.h"
#include "extractors/outline.h"

namespace lexgraph {

// The back references in `unit` of `norm`, in text order, kind
// kBackReference, `refers` "this" or "above", section and footnote unset.
// REQUIRES: `unit` comes from the outline of `norm`.
std::vector<Mention> FindBackReferences(const MappedText& norm, const TextUnit& unit);

}  // namespace lexgraph
