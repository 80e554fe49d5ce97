// Identity: which document a mention names, as a readable, stable key
// (../shared/docs/conventions.md, "Identity"):
//   Party   canonical code + "@" + term: the stated khóa, else the term of
//           the date (engine/party_terms.h); no term known: the bare code,
//           a termless key that later resolution may merge. "62-KL/TW@X".
//   State   the canonical code when it carries a year ("04/2015/NĐ-CP"),
//           else code + "@" + year ("16/CT-TTg@2016"), else the bare code.
//   Local   bodies (Tỉnh ủy, HĐND, UBND, ...): "#" + province: the one the
//           citation names after its issuer ("của UBND tỉnh Long An"), else
//           the citing source's own (IdentityContext), else none.
//   Named   the name, tone marks folded and spaces collapsed.
// The type word never splits identity when a code is written. Short forms
// ("Chỉ thị 05") are unresolved. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/mention.h"

namespace lexgraph {

// What the source around a mention tells identity. Empty: unknown.
struct IdentityContext {
  std::string province;  // of the report, for local bodies: "Kiên Giang"
};

struct DocumentIdentity {
  std::string key;   // "62-KL/TW@X", "16/CT-TTg@2016", "Luật Tiếp công dân"
  std::string code;  // canonical code, "" for named documents
  std::string term;  // the term used in the key (Party), "" if none
  bool named = false;
};

// The canonical spelling of a code as written: blanks removed, leading
// zeros of the number dropped, type and issuer parts in their table
// spelling ("09 - QD/Tu" -> "9-QĐ/TU", "04/2015/NĐ-CP" -> "4/2015/NĐ-CP").
std::string CanonicalCode(std::string_view written);

// CanonicalCode of the codes one source writes, each computed once: a
// source cites the same few codes again and again. The keys view the codes
// asked about, which must outlive it. Not thread-safe (one per source).
class CanonicalCodes {
 public:
  const std::string& Of(std::string_view written);

 private:
  std::unordered_map<std::string_view, std::string> memo_;
};

// The document `m` names, or nullopt when the mention cannot say (a short
// form without code or term); `why` (optional) receives the reason. With
// `codes`, m.code's canonical form is looked up there.
std::optional<DocumentIdentity> IdentifyDocument(const Mention& m, const IdentityContext& ctx,
                                                 std::string* why = nullptr,
                                                 CanonicalCodes* codes = nullptr);

// True iff `issuer_code` belongs to a central Party body (TW, VPTW, BTCTW, ...).
bool IsCentralPartyIssuer(std::string_view issuer_code);

// Within one source, a termless key (no term or year known) that shares its
// code with exactly one qualified key ("39-CT/TW" and "39-CT/TW@XI") is
// the same document: `keys` is rewritten in place. Two qualified keys for
// one code (25-NQ/TW of IX and of XI) leave the termless one alone.
void AttachTermlessKeys(std::vector<std::string>& keys);

}  // namespace lexgraph
