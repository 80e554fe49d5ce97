// ExtractCitations: every citation of a document in a piece of text, in text
// order. A pure function: same text, same mentions; no I/O, no globals beyond
// the patterns compiled once on first use (immutable, thread-safe).
//
// The input is text as StripMarkup leaves it (NFC, markup dropped, lines
// kept); spans in the result are byte ranges of the original file, through
// `text.map`. `section` and `footnote` are left empty: the outline fills them.
#pragma once

#include <span>
#include <vector>

#include "extractors/mapped_text.h"
#include "extractors/mention.h"

namespace lexgraph {

std::vector<Mention> ExtractCitations(const MappedText& text);

// The mentions of each of `texts` (not yet through StripMarkup), one list per
// text, as ExtractCitations would give them one by one. The texts are read as
// one, joined by blank lines that no citation crosses, so that the fixed cost
// of a read is paid once per document, not once per paragraph.
std::vector<std::vector<Mention>> ExtractCitationsEach(std::span<const MappedText* const> texts);

}  // namespace lexgraph
