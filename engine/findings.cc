#include "engine/findings.h"

#include <algorithm>
#include <map>
#include <optional>

#include "engine/code_checks.h"
#include "engine/identity.h"
#include "engine/party_terms.h"

namespace lexgraph {
namespace {

std::string Joined(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

const DocumentFacts* DocumentOf(const SourceAnalysis& a, const std::string& key) {
  for (const DocumentFacts& d : a.documents) {
    if (d.key == key) return &d;
  }
  return nullptr;
}

// The code the stated body would give: the resolved document's code when
// resolution chose another, else the number and type under that body's family.
std::string IssuerSuggestion(const SourceAnalysis& a, const AnalyzedMention& am, const CodeShape& shape,
                             CanonicalCodes& canonical) {
  const DocumentFacts* doc = DocumentOf(a, am.doc_key);
  const std::string& written = canonical.Of(am.mention.code);
  if (doc != nullptr && !doc->code.empty() && doc->code != written) return doc->code;
  std::string family = IssuerFamilyOfName(am.mention.issuer);
  if (!shape.party || !am.mention.number) return "";
  return std::to_string(*am.mention.number) + "-" + shape.type + "/" + family;
}

void CheckCode(SourceAnalysis& a, size_t i, CanonicalCodes& canonical, std::vector<Finding>& out) {
  const AnalyzedMention& am = a.mentions[i];
  const Mention& m = am.mention;
  CodeShape shape = ShapeOfCode(canonical.Of(m.code));
  if (IssuerContradictsCode(m.issuer, shape.issuer)) {
    out.push_back(FindingAt(a, i, "issuer-code-mismatch", "warning",
                            "the code " + m.code + " names " + IssuerFamilyOfCode(shape.issuer) +
                                " but the stated issuer is " + m.issuer,
                            IssuerSuggestion(a, am, shape, canonical)));
  }
  if (!shape.type.empty() && TypeWordContradictsCode(m.type, shape.type)) {
    out.push_back(FindingAt(a, i, "type-code-mismatch", "warning",
                            "the type word " + m.type + " does not match the code's type " + shape.type,
                            m.type == "Kết luận" && shape.type == "TB" ? "Thông báo kết luận" : ""));
  }
  if (!shape.type.empty() && !IsKnownTypeCode(shape.type, shape.party)) {
    out.push_back(FindingAt(a, i, "unknown-type-code", "warning",
                            "the type code " + shape.type + " of " + m.code + " is not in the tables"));
  }
  if (!shape.issuer.empty() && !IsKnownIssuerCode(shape.issuer)) {
    out.push_back(FindingAt(a, i, "unknown-issuer-code", "info",
                            "the issuer code " + shape.issuer + " of " + m.code + " is not in the tables"));
  }
  if (shape.party && IsCentralPartyIssuer(shape.issuer) && m.date && !m.term.empty() &&
      TermByName(m.term) && !DateInTerm(*m.date, m.term)) {
    std::optional<PartyTerm> of_date = TermOfDate(*m.date);
    out.push_back(FindingAt(a, i, "date-outside-term", "warning",
                            "the date " + m.date->Iso() + " falls outside khóa " + m.term +
                                (of_date ? " (it is in khóa " + std::string(of_date->roman) + ")" : ""),
                            ""));
  }
}

void CheckShortForm(SourceAnalysis& a, size_t i, std::vector<Finding>& out) {
  const AnalyzedMention& am = a.mentions[i];
  if (!am.candidates.empty()) {
    out.push_back(FindingAt(a, i, "ambiguous-short-form", "warning",
                            am.mention.text + " could be any of " + Joined(am.candidates),
                            am.candidates.front()));
  } else if (am.doc_key.empty() && am.mention.short_form) {
    out.push_back(FindingAt(a, i, "unresolved-short-form", "info",
                            am.mention.text + " matches no earlier full citation in this source"));
  } else if (am.doc_key.empty() && am.mention.kind == MentionKind::kBackReference) {
    out.push_back(FindingAt(a, i, "unresolved-back-reference", "info",
                            am.mention.text + " follows no citation of its type in this source"));
  }
}

// Each mention of a document dated otherwise than the document's date in
// this source: the first date stated in the year its code carries, else the
// first stated ("125/2024/NĐ-CP ngày 05/10/2025" is the slip, whichever
// comes first).
void CheckDates(SourceAnalysis& a, std::vector<Finding>& out) {
  std::map<std::string, Date> dated;
  for (const AnalyzedMention& am : a.mentions) {
    if (am.doc_key.empty() || !am.mention.date) continue;
    const Date& date = *am.mention.date;
    auto [it, added] = dated.emplace(am.doc_key, date);
    std::optional<int> year = YearOfCode(am.mention.code);
    if (!added && year && it->second.year != *year && date.year == *year) it->second = date;
  }
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const AnalyzedMention& am = a.mentions[i];
    if (am.doc_key.empty() || !am.mention.date) continue;
    const Date& date = dated.at(am.doc_key);
    if (date == *am.mention.date) continue;
    out.push_back(FindingAt(a, i, "two-dates", "warning",
                            am.doc_key + " is cited here dated " + am.mention.date->Iso() +
                                " and elsewhere " + date.Iso(),
                            date.Iso()));
  }
}

}  // namespace

Finding FindingAt(const SourceAnalysis& a, size_t i, std::string kind, std::string severity,
                  std::string message, std::string suggestion) {
  const AnalyzedMention& am = a.mentions[i];
  Finding f;
  f.doc_key = am.doc_key;
  f.mention = static_cast<int>(i);
  f.code = am.mention.code.empty() ? am.mention.text : am.mention.code;
  f.kind = std::move(kind);
  f.severity = std::move(severity);
  f.message = std::move(message);
  f.suggestion = std::move(suggestion);
  f.evidence = {a.path, am.mention.section, am.mention.footnote, am.sentence, am.mention.head};
  return f;
}

void FindInconsistencies(SourceAnalysis& a) {
  std::vector<Finding> out;
  CanonicalCodes canonical;
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    if (a.mentions[i].mention.kind == MentionKind::kNamed) continue;
    if (!a.mentions[i].mention.code.empty()) CheckCode(a, i, canonical, out);
    CheckShortForm(a, i, out);
  }
  CheckDates(a, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& x, const Finding& y) { return x.mention < y.mention; });
  for (Finding& f : out) a.findings.push_back(std::move(f));
}

}  // namespace lexgraph
