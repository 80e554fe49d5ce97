// ExtractCitations: every citation of a document in a piece of text, in text
// order. A pure function: same text, same mentions; no I/O, no globals beyond
// the patterns compiled once on first use (immutable, thread-safe).
//
// The input is text as StripMarkup leaves it (NFC, markup dropped, lines
// kept); spans in the result are byte ranges of the original file, through
// `text.map`. `section` and `footnote` are left empty: the outline fills them.
#pragma once

#include <vector>

#include "extractors/mapped_text.h"
#include "extractors/mention.h"

namespace lexgraph {

std::vector<Mention> ExtractCitations(const MappedText& text);

}  // namespace lexgraph
