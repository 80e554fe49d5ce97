#include "engine/findings.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

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

// The date a source gives a document, from the dates its mentions state:
// one in the year a State code carries beats one outside it ("125/2024/NĐ-CP
// ngày 05/10/2025" is the slip), then the date stated most often, then the
// first stated.
Date SourceDateOf(const std::vector<std::pair<Date, int>>& stated, std::optional<int> code_year) {
  auto rank = [&](const std::pair<Date, int>& d) {
    return std::pair(code_year && d.first.year == *code_year, d.second);
  };
  const std::pair<Date, int>* best = &stated.front();
  for (const auto& d : stated) {
    if (rank(d) > rank(*best)) best = &d;
  }
  return best->first;
}

// Each mention of a document dated otherwise than the source dates it (SourceDateOf).
void CheckDates(SourceAnalysis& a, std::vector<Finding>& out) {
  std::map<std::string, std::vector<std::pair<Date, int>>> stated;  // in order of first statement
  std::map<std::string, std::optional<int>> code_year;
  for (const AnalyzedMention& am : a.mentions) {
    if (am.doc_key.empty() || !am.mention.date) continue;
    std::vector<std::pair<Date, int>>& dates = stated[am.doc_key];
    auto it = std::find_if(dates.begin(), dates.end(),
                           [&](const auto& d) { return d.first == *am.mention.date; });
    if (it == dates.end()) dates.emplace_back(*am.mention.date, 1);
    else ++it->second;
    if (std::optional<int> year = YearOfCode(am.mention.code)) code_year[am.doc_key] = year;
  }
  std::map<std::string, Date> dated;
  for (const auto& [key, dates] : stated) dated.emplace(key, SourceDateOf(dates, code_year[key]));
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
