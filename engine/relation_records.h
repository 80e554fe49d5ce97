// The stored shape of relations and reviews: a relation is an edge
// document -kind-> document, a review an edge source -reviews|plans_review->
// document; their props hold the cue and the evidence as JSON (encoded in
// relation_records.cc). Decoding never throws: malformed props come back as
// Corruption. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "engine/analysis.h"
#include "storage/graph_types.h"

namespace lexgraph {

// "continues" -> kContinues, ...; nullopt for a kind with no edge.
std::optional<storage::EdgeKind> RelationEdgeKind(std::string_view kind);

// True iff `kind` is an edge between two documents (continues .. corrects).
bool IsRelationEdge(storage::EdgeKind kind);

// Props of a relation edge: {"cue", "evidence"}; the ends and kind live in the edge.
std::string EncodeRelation(const Relation& r);
Result<Relation> DecodeRelation(std::string_view props);

// Props of a review edge: {"planned", "milestone_years", "period", "cue", "evidence"}.
std::string EncodeReview(const Review& r);
Result<Review> DecodeReview(std::string_view props);

}  // namespace lexgraph
