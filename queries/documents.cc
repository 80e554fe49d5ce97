#include "queries/documents.h"

#include <algorithm>

#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/relation_records.h"

namespace lexgraph {
namespace {

// ASCII case folding is enough for codes; names compare as written.
bool SameWord(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool AnyIs(const std::vector<std::string>& list, const std::string& want) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& v) { return SameWord(v, want); });
}

std::string SourcePathOf(const std::string& source_id) {
  return source_id.starts_with("src:") ? source_id.substr(4) : source_id;
}

Status AddMentions(const storage::GraphReader& reader, DocumentRow& row) {
  Result<std::vector<storage::Edge>> in = reader.InEdges(row.id, storage::EdgeKind::kMentions);
  if (!in.ok()) return in.status();
  for (const storage::Edge& e : *in) {
    Result<MentionRecord> m = DecodeMention(e.props);
    if (!m.ok()) return m.status();
    std::string source = SourcePathOf(e.owner);
    if (m->kind == "self") {
      if (!AnyIs(row.is_source, source)) row.is_source.push_back(source);
      continue;
    }
    row.mentions.push_back({source, m->span.start, m->section, m->footnote, m->span.end,
                            std::move(m->text), std::move(m->sentence), std::move(m->task)});
    for (Finding& f : m->findings) row.findings.push_back(std::move(f));
  }
  std::sort(row.mentions.begin(), row.mentions.end(), [](const MentionRef& a, const MentionRef& b) {
    return std::tie(a.source, a.start) < std::tie(b.source, b.start);
  });
  return Status::Ok();
}

Status AddRelations(const storage::GraphReader& reader, DocumentRow& row) {
  Result<std::vector<storage::Edge>> out = reader.OutEdges(row.id);
  if (!out.ok()) return out.status();
  for (const storage::Edge& e : *out) {
    if (!IsRelationEdge(e.kind)) continue;
    Result<Relation> r = DecodeRelation(e.props);
    if (!r.ok()) return r.status();
    r->from_key = std::string(DocumentKeyOf(e.from));
    r->to_key = std::string(DocumentKeyOf(e.to));
    r->kind = storage::EdgeKindName(e.kind);
    row.relations.push_back(std::move(*r));
  }
  return Status::Ok();
}

Status AddReviews(const storage::GraphReader& reader, DocumentRow& row) {
  for (storage::EdgeKind kind : {storage::EdgeKind::kReviews, storage::EdgeKind::kPlansReview}) {
    Result<std::vector<storage::Edge>> in = reader.InEdges(row.id, kind);
    if (!in.ok()) return in.status();
    for (const storage::Edge& e : *in) {
      Result<Review> r = DecodeReview(e.props);
      if (!r.ok()) return r.status();
      r->doc_key = std::string(DocumentKeyOf(e.to));
      row.reviews.push_back(std::move(*r));
    }
  }
  return Status::Ok();
}

Status AddEdges(const storage::GraphReader& reader, DocumentRow& row) {
  if (Status m = AddMentions(reader, row); !m.ok()) return m;
  if (Status r = AddRelations(reader, row); !r.ok()) return r;
  return AddReviews(reader, row);
}

}  // namespace

Status ForEachDocument(const storage::GraphReader& reader, const DocumentFn& fn) {
  Status failed;
  Status s = reader.ForEachNode([&](const storage::Node& n) {
    if (n.kind != storage::NodeKind::kDocument) return true;
    Result<DocumentFacts> facts = DecodeDocument(n.props);
    if (!facts.ok()) {
      failed = Status::Corruption(n.id + ": " + facts.status().message());
      return false;
    }
    return fn(n.id, std::move(*facts));
  });
  if (!s.ok()) return s;
  return failed;
}

Result<DocumentRow> LoadDocument(const storage::GraphReader& reader, std::string_view id) {
  Result<storage::Node> node = reader.GetNode(id);
  if (!node.ok()) return node.status();
  if (node->kind != storage::NodeKind::kDocument) {
    return Status::NotFound(std::string(id) + ": not a document");
  }
  Result<DocumentFacts> facts = DecodeDocument(node->props);
  if (!facts.ok()) return Status::Corruption(node->id + ": " + facts.status().message());
  DocumentRow row{node->id, std::move(*facts), {}, {}, {}, {}, {}};
  if (Status s = AddEdges(reader, row); !s.ok()) return s;
  return row;
}

bool MatchesFilter(const DocumentFacts& f, const DocumentFilter& filter) {
  if (!filter.issuer.empty() && !SameWord(f.issuer_code, filter.issuer) &&
      !AnyIs(f.issuers, filter.issuer)) {
    return false;
  }
  if (!filter.type.empty() && !SameWord(f.type_code, filter.type) && !SameWord(f.type, filter.type) &&
      !AnyIs(f.type_words, filter.type)) {
    return false;
  }
  if (filter.from.empty() && filter.to.empty()) return true;
  if (!f.date) return false;
  std::string iso = f.date->Iso();
  if (!filter.from.empty() && iso < filter.from) return false;
  // "2020" or "2020-06" as an upper bound covers the whole year or month.
  return filter.to.empty() || iso.compare(0, filter.to.size(), filter.to) <= 0;
}

Result<std::vector<DocumentRow>> ListDocuments(const storage::GraphReader& reader,
                                               const DocumentFilter& filter) {
  std::vector<DocumentRow> rows;
  Status s = ForEachDocument(reader, [&](const std::string& id, DocumentFacts&& facts) {
    if (MatchesFilter(facts, filter)) rows.push_back({id, std::move(facts), {}, {}, {}, {}, {}});
    return true;
  });
  if (!s.ok()) return s;
  for (DocumentRow& row : rows) {
    if (Status added = AddEdges(reader, row); !added.ok()) return added;
  }
  return rows;
}

}  // namespace lexgraph
