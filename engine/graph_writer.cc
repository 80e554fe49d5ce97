#include "engine/graph_writer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/document_facts.h"
#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/relation_records.h"
#include "engine/resolve.h"
#include "extractors/codes.h"
#include "extractors/normalize.h"

namespace lexgraph {
namespace {

using storage::EdgeKind;
using storage::IndexEntry;
using storage::NodeKind;
using storage::WriteBatch;

// One source's group under construction: puts each node and index entry once.
class Group {
 public:
  Group(const SourceAnalysis& a, WriteBatch& batch) : a_(a), batch_(batch) {}

  void PutNode(std::string id, NodeKind kind, std::string props) {
    if (nodes_.insert(id).second) PutNewNode(std::move(id), kind, std::move(props));
  }
  // REQUIRES: no node with `id` is put in this group, before or after
  // (section ids: each path once; no other node's id starts "sec:").
  void PutNewNode(std::string id, NodeKind kind, std::string props) {
    batch_.PutNode({std::move(id), kind, std::move(props)});
  }
  void PutEdge(std::string from, EdgeKind kind, std::string to, uint32_t seq, std::string props) {
    batch_.PutEdge({std::move(from), kind, std::move(to), {}, seq, std::move(props)});
  }
  void PutIndex(std::string_view index, std::string key, const std::string& node) {
    IndexEntry e{std::string(index), std::move(key), node};
    if (index_.insert(e).second) batch_.PutIndex(std::move(e));
  }
  const SourceAnalysis& analysis() const { return a_; }

 private:
  const SourceAnalysis& a_;
  WriteBatch& batch_;
  std::unordered_set<std::string> nodes_;
  std::set<IndexEntry> index_;
};

// The sections worth a node: those a mention hangs from, every task, and
// their ancestors (so part_of chains reach the source). A law's thousands of
// uncited clauses stay out of the graph. Kept by path: when two sections
// share a path, both are kept or neither. Views into the SourceAnalysis.
class CitedSections {
 public:
  explicit CitedSections(const SourceAnalysis& a)
      : first_of_(a.sections.size()), kept_(a.sections.size()) {
    first_.reserve(a.sections.size());
    for (size_t i = 0; i < a.sections.size(); ++i) {
      first_of_[i] = first_.emplace(a.sections[i].path, i).first->second;
    }
    for (const AnalyzedMention& m : a.mentions) {
      Keep(m.task_id.empty() ? m.mention.section : m.task_id);
    }
    for (size_t i = a.sections.size(); i-- > 0;) {
      const SectionInfo& s = a.sections[i];
      if (s.task) kept_[first_of_[i]] = true;
      if (kept_[first_of_[i]] && !s.parent_path.empty()) Keep(s.parent_path);
    }
  }
  // True iff a section has `path` and is kept.
  bool Kept(std::string_view path) const {
    auto it = first_.find(path);
    return it != first_.end() && kept_[it->second];
  }
  // True iff a.sections[i] is kept; `first`: it is the first with its path.
  bool KeptAt(size_t i, bool* first) const {
    *first = first_of_[i] == i;
    return kept_[first_of_[i]];
  }

 private:
  void Keep(std::string_view path) {
    if (auto it = first_.find(path); it != first_.end()) kept_[it->second] = true;
  }

  std::unordered_map<std::string_view, size_t> first_;  // path -> its first section
  std::vector<size_t> first_of_;                         // section -> the first with its path
  std::vector<bool> kept_;                               // by first section
};

// Writes the kept sections, each path's node once.
void WriteSections(Group& g, const CitedSections& cited) {
  const SourceAnalysis& a = g.analysis();
  std::string source = SourceId(a.path);
  for (size_t i = 0; i < a.sections.size(); ++i) {
    const SectionInfo& s = a.sections[i];
    bool first = false;
    if (!cited.KeptAt(i, &first)) continue;
    std::string id = SectionId(a.path, s.path);
    if (first) g.PutNewNode(id, NodeKind::kSection, EncodeSection(s));
    std::string parent = s.parent_path.empty() ? source : SectionId(a.path, s.parent_path);
    g.PutEdge(std::move(id), EdgeKind::kPartOf, std::move(parent), 0, "");
  }
}

// The issuer code of the number, also when resolution supplied the code
// ("Nghị quyết 24 khóa IX" -> 24-NQ/TW -> "TW").
std::string IssuerCodeOf(const DocumentFacts& f) {
  if (!f.issuer_code.empty() || f.code.empty()) return f.issuer_code;
  std::optional<CodeParts> parts = ParseCodeAt(FoldForMatch(f.code), 0);
  return parts ? parts->issuer_code : "";
}

void WriteIssuersDatesIndexes(Group& g, const DocumentFacts& f, const std::string& doc) {
  for (const std::string& issuer : f.issuers) {
    g.PutNode(IssuerId(issuer), NodeKind::kIssuer, EncodeIssuer(issuer));
    g.PutEdge(doc, EdgeKind::kIssuedBy, IssuerId(issuer), 0, "");
    g.PutIndex(kIndexByIssuer, issuer + "/" + (f.date ? f.date->Iso() : ""), doc);
  }
  if (f.issuers.empty()) {
    if (std::string code = IssuerCodeOf(f); !code.empty()) {
      g.PutIndex(kIndexByIssuerCode, code + "/" + (f.date ? f.date->Iso() : ""), doc);
    }
  }
  for (const Date& d : f.dates) {
    g.PutNode(DateId(d), NodeKind::kDate, EncodeDate(d));
    g.PutEdge(doc, EdgeKind::kIssuedOn, DateId(d), 0, "");
    g.PutIndex(kIndexByDate, d.Iso(), doc);
  }
  if (f.named) g.PutIndex(kIndexByTitle, f.key, doc);
  if (!f.code.empty()) g.PutIndex(kIndexByCode, f.code, doc);
  if (f.number && !f.type_code.empty()) {
    std::string qualifier = !f.term.empty() ? f.term : f.year ? std::to_string(*f.year) : "";
    g.PutIndex(kIndexByTypeNumber, f.type_code + "/" + std::to_string(*f.number) + "/" + qualifier, doc);
  }
}

// The findings of each mention, by mention index.
std::map<int, std::vector<Finding>> FindingsByMention(const SourceAnalysis& a) {
  std::map<int, std::vector<Finding>> out;
  for (const Finding& f : a.findings) out[f.mention].push_back(f);
  return out;
}

void WriteMentions(Group& g, const CitedSections& sections) {
  const SourceAnalysis& a = g.analysis();
  std::map<int, std::vector<Finding>> findings = FindingsByMention(a);
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const AnalyzedMention& am = a.mentions[i];
    if (am.doc_key.empty()) continue;
    const Mention& m = am.mention;
    // The source speaking of itself is no mention of it: "Kế hoạch này", and
    // its own code in its text ("(Kèm theo Nghị định số 115/2024/NĐ-CP …)",
    // a page's running title). Only its header number stays, as "self".
    bool self = m.kind == MentionKind::kSelf;
    if (!self && am.doc_key == a.self_key) continue;
    std::string holder = am.task_id.empty() ? m.section : am.task_id;
    std::string from = !self && sections.Kept(holder) ? SectionId(a.path, holder) : SourceId(a.path);
    MentionRecord r;
    r.kind = MentionKindName(m.kind);
    r.span = m.head;
    r.text = m.text;
    r.sentence = am.sentence;
    r.section = m.section;
    r.footnote = m.footnote;
    r.task = am.task_id;
    if (auto f = findings.find(static_cast<int>(i)); f != findings.end()) r.findings = f->second;
    g.PutEdge(from, EdgeKind::kMentions, DocumentId(am.doc_key), static_cast<uint32_t>(i),
           EncodeMention(r));
  }
}

// Relations document -kind-> document, and reviews source -> document.
void WriteRelationsAndReviews(Group& g) {
  const SourceAnalysis& a = g.analysis();
  for (size_t i = 0; i < a.relations.size(); ++i) {
    const Relation& r = a.relations[i];
    std::optional<EdgeKind> kind = RelationEdgeKind(r.kind);
    if (!kind) continue;
    g.PutEdge(DocumentId(r.from_key), *kind, DocumentId(r.to_key), static_cast<uint32_t>(i),
              EncodeRelation(r));
  }
  for (size_t i = 0; i < a.reviews.size(); ++i) {
    const Review& r = a.reviews[i];
    g.PutEdge(SourceId(a.path), r.planned ? EdgeKind::kPlansReview : EdgeKind::kReviews,
              DocumentId(r.doc_key), static_cast<uint32_t>(i), EncodeReview(r));
  }
}

SourceRecord RecordOf(const SourceAnalysis& a) {
  SourceRecord r;
  r.path = a.path;
  r.size = a.size;
  r.content_hash = a.content_hash;
  r.self_key = a.self_key;
  r.mentions = a.mentions.size();
  for (const AnalyzedMention& m : a.mentions) r.unresolved += m.doc_key.empty() ? 1 : 0;
  return r;
}

}  // namespace

const DocumentFacts* DecodedDocuments::Find(const std::string& id, std::string_view props) const {
  auto it = by_id_.find(id);
  return it != by_id_.end() && it->second.props == props ? &it->second.facts : nullptr;
}

void DecodedDocuments::Remember(const std::string& id, std::string props, DocumentFacts facts) {
  if (by_id_.size() >= kMaxEntries && !by_id_.count(id)) by_id_.clear();
  by_id_.insert_or_assign(id, Entry{std::move(props), std::move(facts)});
}

Result<DocumentFacts> GraphWriter::Merged(const DocumentFacts& f) {
  std::string id = DocumentId(f.key);
  auto pending = pending_.find(id);
  DocumentFacts base;
  if (pending != pending_.end()) {
    base = pending->second;
  } else {
    Result<storage::Node> stored = store_.GetNode(id);
    if (!stored.ok() && !stored.status().IsNotFound()) return stored.status();
    if (!stored.ok()) return f;
    if (const DocumentFacts* known = decoded_ ? decoded_->Find(id, stored->props) : nullptr) {
      base = *known;
    } else {
      Result<DocumentFacts> decoded = DecodeDocument(stored->props);
      if (!decoded.ok()) return f;
      if (decoded_) decoded_->Remember(id, std::move(stored->props), *decoded);
      base = std::move(*decoded);
    }
  }
  base.key = f.key;
  MergeFacts(base, f);
  return base;
}

std::vector<std::string> GraphWriter::KeysWithCode(std::string_view code) const {
  std::set<std::string> keys;
  Result<std::vector<IndexEntry>> entries = store_.ScanIndex(kIndexByCode, code);
  if (entries.ok()) {
    for (const IndexEntry& e : *entries) {
      if (e.key == code) keys.insert(std::string(DocumentKeyOf(e.node_id)));
    }
  }
  for (const auto& [id, facts] : pending_) {
    if (facts.code == code) keys.insert(facts.key);
  }
  return {keys.begin(), keys.end()};
}

Status GraphWriter::Add(const SourceAnalysis& analyzed, int64_t ingested_at, WriteBatch& batch,
                        std::vector<std::string>* document_keys) {
  // Only a source citing a termless Party document can change across the
  // store; the others are written as analyzed, without a copy.
  std::optional<SourceAnalysis> changed;
  std::map<std::string, std::string> resolved;
  if (std::any_of(analyzed.documents.begin(), analyzed.documents.end(),
                  [](const DocumentFacts& d) { return IsTermlessParty(d.key); })) {
    changed = analyzed;
    resolved = ResolveAcrossStore(*changed, *this);
  }
  const SourceAnalysis& a = changed ? *changed : analyzed;
  batch.ReplaceSource({SourceId(a.path), a.path, a.content_hash, ingested_at});
  Group g(a, batch);
  for (const auto& [termless, key] : resolved) g.PutIndex(kIndexByTermless, termless, DocumentId(key));
  g.PutNode(SourceId(a.path), NodeKind::kSource, EncodeSource(RecordOf(a)));
  CitedSections sections(a);
  WriteSections(g, sections);
  for (const DocumentFacts& f : a.documents) {
    Result<DocumentFacts> merged = Merged(f);
    if (!merged.ok()) return merged.status();
    std::string doc = DocumentId(f.key);
    g.PutNode(doc, NodeKind::kDocument, EncodeDocument(*merged));
    pending_[doc] = std::move(*merged);
    WriteIssuersDatesIndexes(g, f, doc);
  }
  WriteMentions(g, sections);
  WriteRelationsAndReviews(g);
  if (document_keys != nullptr) {
    document_keys->clear();
    for (const DocumentFacts& f : a.documents) document_keys->push_back(f.key);
  }
  return batch.status();
}

}  // namespace lexgraph
