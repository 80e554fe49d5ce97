// Consistency findings: where a source's citations contradict themselves or
// each other (design.md, "resolve"; issue 5). Each names its mention (span),
// a kind, a severity, a message and, when one is known, a suggestion:
//   issuer-code-mismatch  warning  code against the stated issuer (11-CT/TW "của Ban Thường vụ Tỉnh ủy")
//   date-outside-term     warning  a central Party document dated outside its stated khóa
//   type-code-mismatch    warning  the type word against the code ("Kết luận số 158-TB/TW")
//   two-dates             warning  one document cited with two dates; the one suggested is in
//                                  the year a State code carries (125/2024/NĐ-CP), then the one
//                                  stated most often, then the first
//   unknown-type-code     warning  a type the tables do not know
//   unknown-issuer-code   info     an issuer the tables do not know (mass organisations, units)
//   ambiguous-short-form  warning  a short form several earlier citations fit
//   unresolved-short-form info     a short form no earlier citation fits
//   unresolved-back-reference info "Nghị quyết này" with no citation of its type before it
// Pure functions; REQUIRES resolution (engine/resolve.h) to have run.
#pragma once

#include <string>

#include "engine/analysis.h"

namespace lexgraph {

// Appends the findings of `a` to a.findings, in mention order.
void FindInconsistencies(SourceAnalysis& a);

// A finding about mention `i` of `a`, its evidence filled from the mention.
Finding FindingAt(const SourceAnalysis& a, size_t i, std::string kind, std::string severity,
                  std::string message, std::string suggestion = "");

}  // namespace lexgraph
