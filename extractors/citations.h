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
#include "extractors/outline.h"

namespace lexgraph {

std::vector<Mention> ExtractCitations(const MappedText& text);

// The mentions of each of `units` of an outline of `norm`, one list per unit,
// as ExtractCitations(StripMarkup(UnitText(norm, unit))) would give them one
// by one. The units are read as one text, joined by blank lines that no
// citation crosses and built straight from `norm` (no copy per unit), so that
// the fixed cost of a read is paid once per document, not once per paragraph.
std::vector<std::vector<Mention>> ExtractCitationsEach(const MappedText& norm,
                                                       std::span<const TextUnit> units);

}  // namespace lexgraph
