// GraphWriter: a SourceAnalysis as one source group of a storage::WriteBatch
// (ReplaceSource, then its nodes, edges and index entries), so the store
// takes a file whole or not at all. The graph it writes:
//   source  -> (props: path, size, hash, counts)
//   section -part_of-> parent section or source   (only sections that hold a
//                                   mention, tasks, and their ancestors)
//   section -mentions-> document   (evidence: span, sentence, footnote, task;
//                                   a mention outside any section, and the
//                                   source's own header ("self"), hang from the source)
//   document -issued_by-> issuer, -issued_on-> date
//   document -continues|implements|...-> document   (evidence: relation_records.h)
//   source -reviews|plans_review-> document          (milestone, period, evidence)
// Findings ride on the props of their mention's edge. Before writing, the
// source's termless Party citations are resolved against the store and the
// batch (engine/resolve.h, ResolveAcrossStore).
//   indexes by_code, by_type_number, by_issuer, by_issuer_code (a source that
//   names no body), by_date, by_title, and by_termless for the termless
//   citations resolved across the store (graph_ids.h)
// Document props merge facts across sources: the stored record (or one put
// earlier into the same batch by this writer) is read and merged.
// One writer per batch; not thread-safe. The store must outlive the writer.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"
#include "engine/resolve.h"
#include "storage/graph_store.h"
#include "storage/write_batch.h"

namespace lexgraph {

// Stored document records as decoded, kept across batches by the one who
// writes them (a document cited in many batches is decoded once while its
// stored bytes stay the same). An entry is used only when the store holds
// exactly the bytes it was decoded from, so a record changed or dropped
// since is read afresh. It holds at most kMaxEntries documents (a few tens
// of MB): when full, it starts again empty, so an ingest of a great many
// distinct documents keeps its memory bounded. Not thread-safe.
class DecodedDocuments {
 public:
  static constexpr size_t kMaxEntries = 20000;

  // The facts decoded from `props` for document `id`, or null.
  const DocumentFacts* Find(const std::string& id, std::string_view props) const;
  void Remember(const std::string& id, std::string props, DocumentFacts facts);
  size_t size() const { return by_id_.size(); }

 private:
  struct Entry {
    std::string props;
    DocumentFacts facts;
  };
  std::unordered_map<std::string, Entry> by_id_;
};

class GraphWriter : public KnownDocuments {
 public:
  // With `decoded`, stored document records are decoded through it.
  explicit GraphWriter(const storage::GraphReader& store, DecodedDocuments* decoded = nullptr)
      : store_(store), decoded_(decoded) {}

  // Appends the group of `a` to `batch`. Errors: a failed store read. A
  // stored document record that cannot be decoded is replaced by the new facts.
  // With `document_keys`, sets it to the keys of the documents the group
  // puts (a termless citation as resolved across the store).
  Status Add(const SourceAnalysis& a, int64_t ingested_at, storage::WriteBatch& batch,
             std::vector<std::string>* document_keys = nullptr);

  // KnownDocuments: documents stored or put earlier into this batch. A
  // failed store read counts as no stored document.
  std::vector<std::string> KeysWithCode(std::string_view code) const override;

 private:
  // The stored facts of `f`'s document (as this batch leaves them) merged with `f`.
  Result<DocumentFacts> Merged(const DocumentFacts& f);

  const storage::GraphReader& store_;
  DecodedDocuments* decoded_;
  std::map<std::string, DocumentFacts> pending_;  // doc id -> facts put in this batch
};

}  // namespace lexgraph
