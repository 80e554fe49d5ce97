// Lint: the consistency findings of one file, without storing it (cli.md,
// "lint"): the file is analyzed as ingest would (engine/analyze.h) and its
// findings listed in text order. Given an archive (a store), its termless
// citations are also resolved against it (engine/resolve.h) and a date that
// contradicts the archive's record of a document is a "two-dates" finding.
// Rendering to a JSON line or a text line is separate. Reads only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"
#include "storage/graph_store.h"

namespace lexgraph {

// The findings of `bytes` read as `path`, by mention order. Errors: bytes
// that are not UTF-8 text (InvalidArgument naming the path and offset).
// `archive` may be null (no store).
Result<std::vector<Finding>> LintSource(std::string_view bytes, const std::string& path,
                                        const storage::GraphReader* archive = nullptr);

// {"source","start","end","code","kind","severity","message","suggestion",
//  "section","footnote","document"}; no trailing newline.
std::string FindingJsonLine(const Finding& f);
// "report.md:4719: warning issuer-code-mismatch 11-CT/TW: MESSAGE (suggest: 11-CT/TU)"
std::string FindingTextLine(const Finding& f);

}  // namespace lexgraph
