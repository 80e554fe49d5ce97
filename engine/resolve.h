// Resolution: the mentions of one source to the documents they name
// (design.md, "resolve"; conventions.md, "Identity"), then, on the ingest
// write path, the source's termless Party citations against the store.
//   Within a source: identity (engine/identity.h) of each mention; a code
//   whose stated issuer contradicts it (11-CT/TW "của Ban Thường vụ Tỉnh ủy")
//   resolves to the document of the same number, type and date whose code
//   agrees with that issuer, when the source cites one; a short form
//   ("Chỉ thị 05") to the nearest earlier full citation of that type and
//   number, or unresolved (with the candidates when several documents fit);
//   a back reference ("Nghị quyết này", "Kết luận trên") to the nearest
//   earlier citation of its type (for "này": in its own part of the text
//   first, then the source itself when the source is of that type);
//   a termless key to the one qualified key of its code; facts merged.
//   Across the store: a termless key ("39-CT/TW") whose code one stored
//   document has merges with it; several stay apart, with a finding.
// Pure functions over values; the store is seen through KnownDocuments.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/analysis.h"
#include "engine/identity.h"

namespace lexgraph {

// What resolution may ask of the documents known before this source.
class KnownDocuments {
 public:
  virtual ~KnownDocuments() = default;
  // The keys of known documents whose canonical code is `code` (of every
  // term, year or province), in any order, without duplicates.
  virtual std::vector<std::string> KeysWithCode(std::string_view code) const = 0;
};

// True iff `key` is a Party key without a term ("39-CT/TW"): the key of a
// citation that wrote no khóa and no date.
bool IsTermlessParty(const std::string& key);

// Fills every mention's doc_key (or unresolved_reason and candidates),
// a.self_key and a.documents (facts merged per key, first-mention order).
// REQUIRES: a.documents is empty.
void ResolveWithinSource(SourceAnalysis& a, const IdentityContext& ctx);

// A termless Party key of `a` whose code exactly one known document has
// becomes that document's key, in the mentions, documents, relations,
// reviews and findings of `a`. Several known candidates: the key stays and
// an "ambiguous-reference" finding (severity "info") lists them. Returns
// the keys renamed: termless key -> the key it became.
std::map<std::string, std::string> ResolveAcrossStore(SourceAnalysis& a,
                                                      const KnownDocuments& known);

}  // namespace lexgraph
