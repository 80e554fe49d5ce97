// The facts a mention states about its document, and their merging: within
// a source (AnalyzeSource) and across sources (GraphWriter). Pure functions.
#pragma once

#include "engine/analysis.h"
#include "engine/identity.h"

namespace lexgraph {

// The facts `m` states about the document `id`. The type word is kept only
// when it agrees with the code's type; the code's type name stands in
// otherwise ("Kết luận số 158-TB/TW" -> type "Thông báo").
DocumentFacts FactsOfMention(const Mention& m, const DocumentIdentity& id);

// Merges `more` into `base` (same key): fields `base` lacks are taken from
// `more`; the lists gain the values they lack, in order. A type word that
// agrees with the code replaces a stand-in type name.
void MergeFacts(DocumentFacts& base, const DocumentFacts& more);

}  // namespace lexgraph
