// Renderings of extracted mentions: one JSON object per line as
// ../shared/docs/cli.md specifies for `lexgraph extract --json`, and one
// readable line per mention for people. Pure functions.
#pragma once

#include <string>
#include <string_view>

#include "extractors/mention.h"

namespace lexgraph {

// {"source":…,"start":…,"end":…,"text":…,"kind":…,"type":…, …} without a
// trailing newline. Unknown values are null.
std::string MentionJsonLine(const Mention& m, std::string_view source);

// "report.md:1243  Quyết định số 09-QĐ/TU · 2010-10-13 · Ban Thường vụ Tỉnh ủy · P1/I/1"
std::string MentionTextLine(const Mention& m, std::string_view source);

}  // namespace lexgraph
