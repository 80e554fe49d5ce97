// References as people type them, and the documents they name.
//
// ParseReference reads what a person types: "65-KL/TW", "Kết luận 65", "KL 65",
// "Kết luận số 65-KL/TW", "Chỉ thị 11-CT/TU", "25-NQ/TW khóa IX", "NĐ 04/2015",
// "Công văn 1051-CV/TU", a document id ("doc:62-KL/TW@X") or a document key
// ("62-KL/TW@X"). Case and diacritics are folded ("khoá"/"khóa"/"KHOA", "nđ": queries/fold_name.h).
// The code is read by the extractor's own reader (extractors/codes.h), type
// words and type codes come from its tables (extractors/patterns.h).
//
// ResolveReference finds the documents a parsed reference names through the
// store's indexes only (by_code, by_type_number, by_title; engine/graph_ids.h)
// and GetNode: never a scan of the store, so it costs a few index seeks on a
// store of any size. Suggestions for a reference that names nothing come from
// bounded index scans around its number.
//
// Reads `reader` only; thread-safe as the reader is.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"
#include "storage/graph_store.h"

namespace lexgraph {

// What a reference states; empty / nullopt where it says nothing.
struct Reference {
  std::string text;       // as typed
  std::string id;         // a node id ("doc:…"), when one was typed (or a key with '@')
  std::string code;       // canonical code (identity.h CanonicalCode): "65-KL/TW", "4/2015/NĐ-CP"
  std::string type;       // canonical type word: "Kết luận"
  std::string type_code;  // "KL", "NĐ": from the code, else from the type word or abbreviation
  std::optional<int> number;
  std::optional<int> year;  // "NĐ 04/2015", "… năm 2015"
  std::string term;         // Roman numeral: "IX" from "khóa IX"
  std::string title;        // words that are none of the above (a named document)
};

// InvalidArgument naming the reference when it is empty or states nothing
// usable (no id, code, number or words).
Result<Reference> ParseReference(std::string_view text);

// A document the store holds, as a query lists it.
struct DocumentHit {
  std::string id;  // "doc:65-KL/TW@XII"
  DocumentFacts facts;
};

struct Resolution {
  std::vector<DocumentHit> matches;      // exactly one: resolved; several: ambiguous (id order)
  std::vector<DocumentHit> suggestions;  // when there is no match: the closest known documents
};

// The documents `ref` names. Errors: a failed read, Corruption for a stored
// document that cannot be decoded. No match is not an error.
Result<Resolution> ResolveReference(const storage::GraphReader& reader, const Reference& ref);

// ParseReference then ResolveReference, with the outcome the commands
// print: the one document, or a message for stderr listing the candidates
// of an ambiguous reference or the suggestions for an unknown one, and the
// exit code of cli.md.
struct ReferenceOutcome {
  std::optional<DocumentHit> document;  // set iff exactly one match
  Resolution resolution;
  std::string message;  // when unresolved: what to print (candidates or suggestions)
  int exit_code = 0;    // 0 resolved, 1 ambiguous or unknown, 2 unparsable, 3 store failure
};
ReferenceOutcome FindDocument(const storage::GraphReader& reader, std::string_view text);

// "65-KL/TW@XII  Kết luận · Bộ Chính trị · khóa XII": a document on one line.
std::string DocumentHitLine(const DocumentHit& hit);

}  // namespace lexgraph
