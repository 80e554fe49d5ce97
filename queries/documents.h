// ListDocuments: the documents in the store, with their merged facts, every
// mention (source, byte offset, section, footnote), the sources that are
// the document itself, its relations out, its reviews and findings, filtered as `lexgraph docs` asks. Rendering to a JSON
// line (../shared/docs/cli.md, "documents") or a text line is separate.
// Reads `reader` only; pass a snapshot for a consistent list.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"
#include "storage/graph_store.h"

namespace lexgraph {

struct DocumentFilter {
  std::string issuer;  // body name or issuer code, case-insensitive ("Ban Bí thư", "TU"); "" any
  std::string type;    // type word or type code ("Chỉ thị", "CT"); "" any
  std::string from;    // ISO date, inclusive; "" open. A bound drops undated documents.
  std::string to;      // ISO date, inclusive ("2020" = up to the end of 2020)
};

struct MentionRef {
  std::string source;  // the source's path
  size_t start = 0;
  std::string section;
  std::optional<int> footnote;
  size_t end = 0;
  std::string text;      // the head as written: "Kết luận số 65-KL/TW"
  std::string sentence;  // the sentence holding it, as stored on the mention edge
  std::string task;      // the task it stands in ("P2/II/3#2"), "" if none
};

struct DocumentRow {
  std::string id;  // node id: "doc:62-KL/TW@X"
  DocumentFacts facts;
  std::vector<MentionRef> mentions;    // numbered and named mentions, by source then offset
  std::vector<std::string> is_source;  // paths of sources that are this document
  std::vector<Relation> relations;     // out: this document -kind-> to_key, with evidence
  std::vector<Review> reviews;         // reported and planned, by source
  std::vector<Finding> findings;       // about its mentions, by source then offset
};

// Rows in id order. Errors: a failed read, Corruption for unreadable props.
Result<std::vector<DocumentRow>> ListDocuments(const storage::GraphReader& reader,
                                               const DocumentFilter& filter);

// Calls fn(id, facts) for every document of the store, in id order, until
// it returns false. Errors: a failed read, Corruption for unreadable props.
using DocumentFn = std::function<bool(const std::string& id, DocumentFacts&& facts)>;
Status ForEachDocument(const storage::GraphReader& reader, const DocumentFn& fn);

// One document's row, read through its own node and edges only (no scan):
// for queries that name their documents. NotFound for an unknown id or a
// node that is not a document; Corruption for unreadable props.
Result<DocumentRow> LoadDocument(const storage::GraphReader& reader, std::string_view id);

// True iff `facts` passes `filter`.
bool MatchesFilter(const DocumentFacts& facts, const DocumentFilter& filter);

std::string DocumentJsonLine(const DocumentRow& row);  // no trailing newline
std::string DocumentTextLine(const DocumentRow& row);

}  // namespace lexgraph
