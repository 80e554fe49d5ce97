#include "bench/synthetic_writer.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/relation_records.h"
#include "storage/write_batch.h"

namespace lexgraph::bench {
namespace {

using storage::EdgeKind;
using storage::NodeKind;

constexpr int64_t kIngestedAt = 1764000000;  // fixed, so two runs write the same bytes
constexpr size_t kSectionBytes = 2000;       // where each document's section starts in its source

std::string SourcePath(uint32_t source) {
  char name[64];
  std::snprintf(name, sizeof name, "synthetic/gazette-%06u.md", source);
  return name;
}

// "Chỉ thị số 12-CT/TW": how a citation's head reads.
std::string Head(const DocumentFacts& f) { return f.type + " số " + f.code; }

class SourceGroup {
 public:
  SourceGroup(uint32_t source, storage::WriteBatch& batch, WriteCounts& counts)
      : path_(SourcePath(source)), batch_(batch), counts_(counts) {
    batch_.ReplaceSource({SourceId(path_), path_, "synthetic-" + std::to_string(source), kIngestedAt});
  }

  void AddDocument(const SyntheticModel& model, uint32_t doc, uint32_t local) {
    const DocumentFacts f = model.Facts(doc);
    const std::string id = DocumentId(f.key);
    const std::string section_path = "D" + std::to_string(local + 1);
    const std::string section = SectionId(path_, section_path);
    const size_t start = size_t{local} * kSectionBytes;

    SectionInfo s;
    s.path = section_path;
    s.kind = "article";
    s.label = "Điều " + std::to_string(local + 1) + ".";
    s.title = Head(f);
    s.span = {start, start + kSectionBytes - 1};
    Node(section, NodeKind::kSection, EncodeSection(s));
    Edge(section, EdgeKind::kPartOf, SourceId(path_), 0, "");

    Node(id, NodeKind::kDocument, EncodeDocument(f));
    for (const std::string& issuer : f.issuers) {
      Node(IssuerId(issuer), NodeKind::kIssuer, EncodeIssuer(issuer));
      Edge(id, EdgeKind::kIssuedBy, IssuerId(issuer), 0, "");
      Index(kIndexByIssuer, issuer + "/" + f.date->Iso(), id);
    }
    if (f.issuers.empty()) Index(kIndexByIssuerCode, f.issuer_code + "/" + f.date->Iso(), id);
    Node(DateId(*f.date), NodeKind::kDate, EncodeDate(*f.date));
    Edge(id, EdgeKind::kIssuedOn, DateId(*f.date), 0, "");
    Index(kIndexByDate, f.date->Iso(), id);
    Index(kIndexByCode, f.code, id);
    Index(kIndexByTypeNumber,
          f.type_code + "/" + std::to_string(*f.number) + "/" + (f.term.empty() ? std::to_string(*f.year) : f.term),
          id);

    size_t at = start + 200;
    for (const Citation& c : model.Citations(doc)) {
      const DocumentFacts target = model.Facts(c.target);
      const std::string head = Head(target);
      std::string sentence = std::string(c.cue) + " " + head;
      if (!target.issuer.empty()) sentence += " của " + target.issuer;
      sentence += " về " + target.subject + ".";
      sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
      const size_t head_at = at + c.cue.size() + 1;
      const Span span{head_at, head_at + head.size()};

      MentionRecord m;
      m.kind = "numbered";
      m.span = span;
      m.text = head;
      m.sentence = sentence;
      m.section = section_path;
      Edge(section, EdgeKind::kMentions, DocumentId(target.key), mention_seq_++, EncodeMention(m));
      ++counts_.mention_edges;

      Relation r;
      r.from_key = f.key;
      r.to_key = target.key;
      r.kind = std::string(c.kind);
      r.cue = std::string(c.cue);
      r.evidence = {path_, section_path, std::nullopt, sentence, span};
      Edge(id, *RelationEdgeKind(r.kind), DocumentId(target.key), relation_seq_++, EncodeRelation(r));
      ++counts_.relation_edges;
      at += sentence.size() + 1;
    }
    ++counts_.documents;
  }

  // The source node, put last when its counts are known.
  void Close(uint32_t documents) {
    SourceRecord r;
    r.path = path_;
    r.size = size_t{documents} * kSectionBytes;
    r.content_hash = "synthetic";
    r.mentions = mention_seq_;
    Node(SourceId(path_), NodeKind::kSource, EncodeSource(r));
    ++counts_.sources;
  }

 private:
  void Node(const std::string& id, NodeKind kind, std::string props) {
    if (nodes_.insert(id).second) batch_.PutNode({id, kind, std::move(props)});
  }
  void Edge(const std::string& from, EdgeKind kind, const std::string& to, uint32_t seq, std::string props) {
    batch_.PutEdge({from, kind, to, {}, seq, std::move(props)});
    ++counts_.edges;
  }
  void Index(std::string_view index, std::string key, const std::string& node) {
    batch_.PutIndex({std::string(index), std::move(key), node});
  }

  std::string path_;
  storage::WriteBatch& batch_;
  WriteCounts& counts_;
  std::set<std::string> nodes_;
  uint32_t mention_seq_ = 0;
  uint32_t relation_seq_ = 0;
};

}  // namespace

Result<WriteCounts> WriteSyntheticStore(const SyntheticModel& model, uint32_t per_source,
                                        storage::GraphStore& store,
                                        const std::function<void(const WriteCounts&)>& progress) {
  if (per_source == 0) return Status::InvalidArgument("documents per source must be at least 1");
  WriteCounts counts;
  const uint32_t n = model.size();
  for (uint32_t first = 0, source = 0; first < n; first += per_source, ++source) {
    const uint32_t count = std::min(per_source, n - first);
    storage::WriteBatch batch;
    SourceGroup group(source, batch, counts);
    for (uint32_t k = 0; k < count; ++k) group.AddDocument(model, first + k, k);
    group.Close(count);
    if (Status s = store.Apply(batch); !s.ok()) return s;
    if (progress) progress(counts);
  }
  return counts;
}

}  // namespace lexgraph::bench
