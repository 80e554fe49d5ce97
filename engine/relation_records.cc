#include "engine/relation_records.h"

#include "engine/json_fields.h"

namespace lexgraph {
namespace {

using json_fields::Decode;
using json_fields::EvidenceOf;
using json_fields::EvidenceText;
using json_fields::json;
using json_fields::Str;
using json_text::JsonText;
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

// The encoders write with JsonText the bytes nlohmann printed for
// {"cue", "evidence"} and {"planned", "milestone_years", "period", "cue",
// "evidence"} (keys in byte order): they run for every relation and review
// ingested. tests/engine/records_test.cc compares them with nlohmann.
std::string EncodeRelation(const Relation& r) {
  JsonText j;
  j.Reserve(JsonText::kFixedBytes + r.cue.size() + r.evidence.source.size() + r.evidence.section.size() +
            r.evidence.text.size());
  j.BeginObject();
  j.Key("cue").String(r.cue);
  j.Key("evidence");
  EvidenceText(j, r.evidence);
  j.EndObject();
  return j.Take();
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
  JsonText j;
  j.BeginObject();
  j.Key("cue").String(r.cue);
  j.Key("evidence");
  EvidenceText(j, r.evidence);
  j.Key("milestone_years").IntOrNull(r.milestone_years);
  j.Key("period").StringOrNull(r.period);
  j.Key("planned").Bool(r.planned);
  j.EndObject();
  return j.Take();
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
