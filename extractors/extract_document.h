// ExtractDocument: every citation in a normalized document, each with the
// place it stands in: BuildOutline cuts the text into units (paragraphs
// rejoined across footnote blocks and page breaks, footnote bodies lifted
// out), ExtractCitations and FindBackReferences read each unit, and each mention gets its unit's
// `section` and `footnote`. Pure; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "base/status.h"

#include "extractors/mapped_text.h"
#include "extractors/mention.h"
#include "extractors/outline.h"

namespace lexgraph {

// The mentions of each unit of `outline`, parallel to outline.units, with
// section and footnote set. REQUIRES: `outline` was built from `norm`.
std::vector<std::vector<Mention>> ExtractByUnit(const MappedText& norm, const Outline& outline);

// REQUIRES: `norm` comes from Normalize(). The mentions of the whole
// document, sorted by head.start (text order of the original file).
std::vector<Mention> ExtractDocument(const MappedText& norm);
// The same over an outline the caller has built already.
// REQUIRES: `outline` was built from `norm`.
std::vector<Mention> ExtractDocument(const MappedText& norm, const Outline& outline);

// The most mentions one file may give (docs/limits.md): the largest of the
// real corpus gives 1,269, so a file past 100,000 is a list of codes or a
// generated file, not a report. Checked after extraction: the memory spent
// before the check (about 1.5 KB a mention) is bounded by the file and line limits.
inline constexpr size_t kMaxMentionsPerFile = 100000;
// InvalidArgument "NAME: N citations, more than the limit of 100000 per file;
// split it into files (docs/limits.md)" when count > kMaxMentionsPerFile.
Status CheckMentionCount(size_t count, std::string_view name);

}  // namespace lexgraph
