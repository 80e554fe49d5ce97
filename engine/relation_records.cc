#include "engine/relation_records.h"

#include "engine/json_fields.h"

namespace lexgraph {
namespace {

using json_fields::Decode;
using json_fields::Dump;
using json_fields::EvidenceJson;
using json_fields::EvidenceOf;
using json_fields::json;
using json_fields::OrNull;
using json_fields::Str;
using storage::EdgeKind;

struct KindName {
  std::string_view name;
  EdgeKind kind;
};
constexpr KindName kRelationKinds[] = {
    {"continues", EdgeKind::kContinues}, {"implements", EdgeKind::kImplements},
    {"guides", EdgeKind::kGuides},       {"amends", EdgeKind::kAmends},
    {"replaces", EdgeKind::kReplaces},   {"repeals", EdgeKind::kRepeals},
    {"based_on", EdgeKind::kBasedOn},    {"suspends", EdgeKind::kSuspends},
    {"corrects", EdgeKind::kCorrects},
};

json EvidenceField(const json& j) {
  auto it = j.find("evidence");
  return it == j.end() ? json() : *it;
}

}  // namespace

std::optional<EdgeKind> RelationEdgeKind(std::string_view kind) {
  for (const KindName& k : kRelationKinds) {
    if (k.name == kind) return k.kind;
  }
  return std::nullopt;
}

bool IsRelationEdge(EdgeKind kind) {
  for (const KindName& k : kRelationKinds) {
    if (k.kind == kind) return true;
  }
  return false;
}

std::string EncodeRelation(const Relation& r) {
  return Dump({{"cue", r.cue}, {"evidence", EvidenceJson(r.evidence)}});
}

Result<Relation> DecodeRelation(std::string_view props) {
  return Decode<Relation>(props, "relation", [](const json& j) {
    Relation r;
    r.cue = Str(j, "cue");
    r.evidence = EvidenceOf(EvidenceField(j));
    return r;
  });
}

std::string EncodeReview(const Review& r) {
  return Dump({{"planned", r.planned},      {"milestone_years", OrNull(r.milestone_years)},
               {"period", OrNull(r.period)}, {"cue", r.cue},
               {"evidence", EvidenceJson(r.evidence)}});
}

Result<Review> DecodeReview(std::string_view props) {
  return Decode<Review>(props, "review", [](const json& j) {
    Review r;
    r.planned = j.value("planned", false);
    r.milestone_years = json_fields::Int(j, "milestone_years");
    r.period = Str(j, "period");
    r.cue = Str(j, "cue");
    r.evidence = EvidenceOf(EvidenceField(j));
    return r;
  });
}

}  // namespace lexgraph
