// AnalyzeSource: one file's bytes to a SourceAnalysis: Normalize, BuildOutline,
// ExtractDocument, then Resolve within the source (engine/resolve.h), Relate
// (engine/relate.h) and the consistency findings (engine/findings.h). No I/O,
// no store: pure and thread-safe, so ingest runs it on many files at once.
// Resolution against the store happens later, in GraphWriter.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "engine/analysis.h"
#include "engine/identity.h"

namespace lexgraph {

// `path` names the source in the result and in errors. Returns
// InvalidArgument from Normalize for bytes that are not UTF-8 text
// ("PATH: invalid UTF-8 at byte N").
Result<SourceAnalysis> AnalyzeSource(std::string_view bytes, std::string path,
                                     const IdentityContext& ctx = {});

// The sentence around bytes [span.start, span.end) of `bytes`: from the end
// of the previous sentence ('.', ';', ':' or '!' before a blank, a blank
// line) to the end of this one, at most kSentenceReach bytes either side,
// blanks collapsed. REQUIRES: `bytes` is valid UTF-8 and span lies in it.
inline constexpr size_t kSentenceReach = 200;
std::string SentenceAround(std::string_view bytes, Span span);

}  // namespace lexgraph
