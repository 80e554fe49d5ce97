// Relate: the relations, reviews and stated cadence a source's text gives
// (design.md, "relations"; conventions.md, "Relations written in the text").
//   Between citations: two resolved citations in one clause (no ';', full
//   stop or line break between them) with a cue phrase just before the
//   second ("Công văn số 1051-CV/TU ... về thực hiện Kết luận số 65-KL/TW")
//   give the edge first -kind-> second.
//   From the source: when the source is a document itself, a cue just before
//   a citation in its title or preamble ("Kế hoạch triển khai thực hiện Nghị
//   quyết số 57-NQ/TW"), and every citation of a clause opening with "Căn
//   cứ", give self -kind-> cited.
//   Reviews: "tổng kết 10 năm thực hiện X" reports a review of X at the
//   10-year mark; every citation in a section titled for checking and
//   reviewing ("kiểm tra, giám sát, sơ kết, tổng kết") is a planned review.
//   The year is the one the section's headings name, else the source's own.
//   Cadence: the source's own "sơ kết sau 3 năm" goes to its document.
// Pure; each item carries its Evidence. REQUIRES: resolution has run.
#pragma once

#include <string_view>

#include "engine/analysis.h"

namespace lexgraph {

// Appends to a.relations and a.reviews, and sets the cadence of the self
// document. `bytes` are the source's bytes, which the mention spans index.
void Relate(std::string_view bytes, SourceAnalysis& a);

}  // namespace lexgraph
