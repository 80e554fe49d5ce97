#include "queries/document_card.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "engine/graph_ids.h"
#include "engine/relation_records.h"
#include "queries/relation_kinds.h"
#include "queries/render_values.h"

namespace lexgraph {
namespace {

using nlohmann::json;

constexpr size_t kSnippetBytes = 220;

// "report.md P1/I/5, footnote 17"
std::string Place(const std::string& source, const std::string& section, const std::optional<int>& footnote) {
  std::string out = BaseName(source);
  if (!section.empty()) out += " " + section;
  if (footnote) out += ", footnote " + std::to_string(*footnote);
  return out;
}

void Line(std::string& out, const std::string& label, const std::string& value) {
  if (value.empty()) return;
  out += "  " + label + std::string(label.size() < 10 ? 10 - label.size() : 1, ' ') + value + "\n";
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

void RelationText(std::string& out, const Relation& r, bool incoming) {
  out += incoming ? "  " + r.from_key + " —" + r.kind + "→ this"
                  : "  this —" + r.kind + "→ " + r.to_key;
  if (!r.cue.empty()) out += "   cue \"" + r.cue + "\"";
  out += "   (" + Place(r.evidence.source, r.evidence.section, r.evidence.footnote) + ")\n";
  if (!r.evidence.text.empty()) out += "      \"" + Snippet(r.evidence.text, kSnippetBytes) + "\"\n";
}

}  // namespace

Result<DocumentCard> LoadCard(const storage::GraphReader& reader, std::string_view id) {
  Result<DocumentRow> row = LoadDocument(reader, id);
  if (!row.ok()) return row.status();
  DocumentCard card{std::move(*row), {}};
  for (storage::EdgeKind kind : RelationKinds()) {
    Result<std::vector<storage::Edge>> in = reader.InEdges(card.row.id, kind);
    if (!in.ok()) return in.status();
    for (const storage::Edge& e : *in) {
      Result<Relation> r = DecodeRelation(e.props);
      if (!r.ok()) return Status::Corruption(e.from + " -> " + e.to + ": " + r.status().message());
      r->from_key = std::string(DocumentKeyOf(e.from));
      r->to_key = std::string(DocumentKeyOf(e.to));
      r->kind = storage::EdgeKindName(e.kind);
      card.relations_in.push_back(std::move(*r));
    }
  }
  return card;
}

std::string CardJson(const DocumentCard& card) {
  json j = DocumentJson(card.row);
  json mentions = json::array();
  for (const MentionRef& m : card.row.mentions) {
    mentions.push_back({{"source", m.source}, {"start", m.start}, {"end", m.end},
                        {"section", OrNull(m.section)}, {"footnote", OrNull(m.footnote)},
                        {"task", OrNull(m.task)}, {"text", m.text}, {"snippet", m.sentence}});
  }
  j["mentions"] = std::move(mentions);
  json in = json::array();
  for (const Relation& r : card.relations_in) {
    in.push_back({{"kind", r.kind}, {"from", DocumentId(r.from_key)}, {"cue", r.cue},
                  {"evidence", EvidenceJson(r.evidence)}});
  }
  j["relations_in"] = std::move(in);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string CardText(const DocumentCard& card) {
  const DocumentRow& row = card.row;
  const DocumentFacts& f = row.facts;
  std::string out = (f.key.empty() ? row.id : f.key) + "\n";
  Line(out, "id", row.id);
  Line(out, "type", f.type + (f.type_code.empty() ? "" : " (" + f.type_code + ")"));
  Line(out, "code", f.code);
  Line(out, "title", f.title);
  Line(out, "date", f.date ? f.date->Iso() : f.year ? std::to_string(*f.year) : "");
  Line(out, "issuer", f.issuer + (f.issuer_code.empty() ? "" : " (" + f.issuer_code + ")"));
  Line(out, "term", f.term.empty() ? "" : "khóa " + f.term);
  Line(out, "subject", f.subject);
  Line(out, "aliases", Joined(f.aliases));
  Line(out, "is source", Joined(row.is_source));
  out += "mentions (" + std::to_string(row.mentions.size()) + ")\n";
  for (const MentionRef& m : row.mentions) {
    out += "  " + Place(m.source, m.section, m.footnote) + (m.task.empty() ? "" : ", task " + m.task) +
           ", byte " + std::to_string(m.start) + ": " + m.text + "\n";
    if (!m.sentence.empty()) out += "      \"" + Snippet(m.sentence, kSnippetBytes) + "\"\n";
  }
  out += "relations out (" + std::to_string(row.relations.size()) + ")\n";
  for (const Relation& r : row.relations) RelationText(out, r, false);
  out += "relations in (" + std::to_string(card.relations_in.size()) + ")\n";
  for (const Relation& r : card.relations_in) RelationText(out, r, true);
  out += "reviews (" + std::to_string(row.reviews.size()) + ")\n";
  for (const Review& r : row.reviews) {
    out += std::string("  ") + (r.planned ? "planned" : "reported");
    if (r.milestone_years) out += ", " + std::to_string(*r.milestone_years) + "-year mark";
    if (!r.period.empty()) out += ", " + r.period;
    out += ": \"" + r.cue + "\" (" + Place(r.evidence.source, r.evidence.section, r.evidence.footnote) + ")\n";
  }
  out += "findings (" + std::to_string(row.findings.size()) + ")\n";
  for (const Finding& fi : row.findings) {
    out += "  " + fi.severity + " " + fi.kind + ": " + fi.message;
    if (!fi.suggestion.empty()) out += " (did you mean " + fi.suggestion + "?)";
    out += "\n";
  }
  return out;
}

}  // namespace lexgraph
