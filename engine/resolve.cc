#include "engine/resolve.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "engine/code_checks.h"
#include "engine/document_facts.h"
#include "engine/findings.h"

namespace lexgraph {
namespace {

struct Resolved {
  std::optional<DocumentIdentity> id;
  DocumentFacts facts;
};

// The mention j whose code agrees with the body mention i states, citing
// the same number and type on the same date; -1 when the source has none.
int AgreeingCitation(const std::vector<AnalyzedMention>& ms, const std::vector<Resolved>& rs,
                     size_t i) {
  const Mention& m = ms[i].mention;
  if (!m.date || !IssuerContradictsCode(m.issuer, m.issuer_code)) return -1;
  std::string family = IssuerFamilyOfName(m.issuer);
  for (size_t j = 0; j < ms.size(); ++j) {
    const Mention& o = ms[j].mention;
    if (j == i || !rs[j].id || o.number != m.number || o.type_code != m.type_code) continue;
    if (o.date == m.date && IssuerFamilyOfCode(o.issuer_code) == family) return static_cast<int>(j);
  }
  return -1;
}

bool IsShortForm(const Mention& m) {
  return m.kind == MentionKind::kNumbered && m.code.empty() && m.number && !m.type_code.empty();
}

// The documents earlier full citations of the short form's type and number
// resolved to, nearest first, each once.
std::vector<std::string> EarlierCandidates(const std::vector<AnalyzedMention>& ms, size_t i) {
  const Mention& m = ms[i].mention;
  std::vector<std::string> keys;
  for (size_t j = i; j-- > 0;) {
    const AnalyzedMention& o = ms[j];
    if (o.doc_key.empty() || o.mention.code.empty()) continue;
    if (o.mention.number != m.number || o.mention.type_code != m.type_code) continue;
    if (std::find(keys.begin(), keys.end(), o.doc_key) == keys.end()) keys.push_back(o.doc_key);
  }
  return keys;
}

void ResolveShortForm(std::vector<AnalyzedMention>& ms, size_t i) {
  AnalyzedMention& am = ms[i];
  std::vector<std::string> keys = EarlierCandidates(ms, i);
  if (keys.size() == 1) {
    am.doc_key = keys.front();
    am.unresolved_reason.clear();
  } else if (keys.empty()) {
    am.unresolved_reason = "short form without an earlier full citation";
  } else {
    am.unresolved_reason = "short form that several documents fit";
    am.candidates = std::move(keys);
  }
}

// The document the nearest earlier citation of `m`'s type resolved to,
// looking back from mention i; with `same_place`, only in m's section and
// footnote. "" when there is none.
std::string NearestEarlierOfType(const std::vector<AnalyzedMention>& ms, size_t i, bool same_place) {
  const Mention& m = ms[i].mention;
  for (size_t j = i; j-- > 0;) {
    const AnalyzedMention& o = ms[j];
    if (o.doc_key.empty() || o.mention.type != m.type) continue;
    if (o.mention.kind == MentionKind::kSelf || o.mention.kind == MentionKind::kBackReference) continue;
    if (same_place && (o.mention.section != m.section || o.mention.footnote != m.footnote)) continue;
    return o.doc_key;
  }
  return "";
}

// "Nghị quyết này" is the nearest earlier resolution in its own part of the
// text, else the source itself when the source is a resolution, else the
// nearest earlier resolution of the source; "Kết luận trên" is the nearest
// earlier conclusion. `self` is the source's own mention, or null.
void ResolveBackReference(std::vector<AnalyzedMention>& ms, size_t i, const AnalyzedMention* self) {
  AnalyzedMention& am = ms[i];
  const bool this_one = am.mention.refers && std::string_view(am.mention.refers) == "this";
  std::string key = this_one ? NearestEarlierOfType(ms, i, /*same_place=*/true) : "";
  if (key.empty() && this_one && self && self->mention.type == am.mention.type) key = self->doc_key;
  if (key.empty()) key = NearestEarlierOfType(ms, i, /*same_place=*/false);
  am.doc_key = key;
  am.unresolved_reason = key.empty() ? "back reference without an earlier citation of its type" : "";
}

void MergeDocuments(SourceAnalysis& a, std::vector<Resolved>& rs) {
  std::map<std::string, size_t> index;  // key -> position in a.documents
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    AnalyzedMention& am = a.mentions[i];
    if (am.doc_key.empty()) continue;
    if (am.mention.kind == MentionKind::kSelf && a.self_key.empty()) a.self_key = am.doc_key;
    if (!rs[i].id) continue;  // a short form adds no facts of its own
    rs[i].facts.key = am.doc_key;
    auto [it, added] = index.emplace(am.doc_key, a.documents.size());
    if (added) {
      a.documents.push_back(std::move(rs[i].facts));
    } else {
      MergeFacts(a.documents[it->second], rs[i].facts);
    }
  }
}

template <typename Fn>
void ForEachKey(SourceAnalysis& a, Fn fn) {
  for (AnalyzedMention& m : a.mentions) fn(m.doc_key);
  for (DocumentFacts& d : a.documents) fn(d.key);
  for (Relation& r : a.relations) {
    fn(r.from_key);
    fn(r.to_key);
  }
  for (Review& r : a.reviews) fn(r.doc_key);
  for (Finding& f : a.findings) fn(f.doc_key);
  fn(a.self_key);
}

}  // namespace

bool IsTermlessParty(const std::string& key) {
  return key.find('@') == std::string::npos && key.find('#') == std::string::npos &&
         key.find('-') < key.find('/') && key.find('/') != std::string::npos;
}

void ResolveWithinSource(SourceAnalysis& a, const IdentityContext& ctx) {
  std::vector<AnalyzedMention>& ms = a.mentions;
  std::vector<Resolved> rs(ms.size());
  CanonicalCodes codes;
  for (size_t i = 0; i < ms.size(); ++i) {
    rs[i].id = IdentifyDocument(ms[i].mention, ctx, &ms[i].unresolved_reason, &codes);
    if (rs[i].id) rs[i].facts = FactsOfMention(ms[i].mention, *rs[i].id);
  }
  std::vector<std::string> keys(ms.size());
  for (size_t i = 0; i < ms.size(); ++i) {
    if (rs[i].id) keys[i] = rs[i].id->key;
  }
  for (size_t i = 0; i < ms.size(); ++i) {
    int j = rs[i].id ? AgreeingCitation(ms, rs, i) : -1;
    if (j >= 0) {
      // The typo names the agreeing document; its code stays an alias only.
      keys[i] = rs[j].id->key;
      rs[i].facts.code = rs[j].facts.code;
      rs[i].facts.issuer_code = rs[j].facts.issuer_code;
    }
  }
  AttachTermlessKeys(keys);
  const AnalyzedMention* self = nullptr;
  for (size_t i = 0; i < ms.size(); ++i) {
    ms[i].doc_key = keys[i];
    if (ms[i].mention.kind == MentionKind::kSelf && !self && !keys[i].empty()) self = &ms[i];
    if (ms[i].mention.kind == MentionKind::kBackReference) ResolveBackReference(ms, i, self);
    else if (!rs[i].id && IsShortForm(ms[i].mention)) ResolveShortForm(ms, i);
  }
  MergeDocuments(a, rs);
}

std::map<std::string, std::string> ResolveAcrossStore(SourceAnalysis& a,
                                                      const KnownDocuments& known) {
  std::map<std::string, std::string> rename;
  for (const DocumentFacts& d : a.documents) {
    if (!IsTermlessParty(d.key)) continue;
    std::vector<std::string> found = known.KeysWithCode(d.code.empty() ? d.key : d.code);
    std::erase(found, d.key);
    if (found.size() == 1) {
      rename[d.key] = found.front();
      continue;
    }
    if (found.empty()) continue;
    std::sort(found.begin(), found.end());
    for (size_t i = 0; i < a.mentions.size(); ++i) {
      if (a.mentions[i].doc_key != d.key) continue;
      std::string listed;
      for (const std::string& k : found) listed += (listed.empty() ? "" : ", ") + k;
      a.findings.push_back(FindingAt(a, i, "ambiguous-reference", "info",
                                     d.key + " names no term; the store holds " + listed, listed));
    }
  }
  if (rename.empty()) return rename;
  ForEachKey(a, [&](std::string& key) {
    auto it = rename.find(key);
    if (it != rename.end()) key = it->second;
  });
  return rename;
}

}  // namespace lexgraph
