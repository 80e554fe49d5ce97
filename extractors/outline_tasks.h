// Internal to the outline: which nodes are tasks. A task is an item (a
// bullet, or a numbered paragraph that is a sentence rather than a heading)
// under a programme or plan part: a section whose title starts with "Chương
// trình" or "Kế hoạch" or names "nhiệm vụ" or "giải pháp", or anything below
// one. Items of a State legal text (under an Điều) are provisions, not tasks.
#pragma once

#include <string_view>

#include "extractors/outline.h"
#include "extractors/outline_builder.h"

namespace lexgraph::outline_internal {

// True iff a section with this title holds the tasks of a programme or plan.
bool IsProgrammeTitle(std::string_view title);

// REQUIRES: `out` has its paths, children and titles, read from `norm`.
// Sets task_id and out.tasks.
void MarkTasks(const MappedText& norm, const Draft& d, Outline& out);

}  // namespace lexgraph::outline_internal
