#include "engine/relate.h"

#include <cctype>
#include <map>

#include "engine/cues.h"

namespace lexgraph {
namespace {

bool IsClauseEnd(std::string_view b, size_t i) {
  char c = b[i];
  if (c == ';' || c == '\n') return true;
  return c == '.' && (i + 1 >= b.size() || b[i + 1] == ' ' || b[i + 1] == '\n');
}

// The start of the clause holding byte `at`.
size_t ClauseStart(std::string_view b, size_t at) {
  while (at > 0 && !IsClauseEnd(b, at - 1)) --at;
  return at;
}

bool SameClause(std::string_view b, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (IsClauseEnd(b, i)) return false;
  }
  return true;
}

Evidence EvidenceOf(const SourceAnalysis& a, const AnalyzedMention& am) {
  return {a.path, am.mention.section, am.mention.footnote, am.sentence, am.mention.head};
}

bool IsCitation(const AnalyzedMention& am) {
  return !am.doc_key.empty() && am.mention.kind != MentionKind::kSelf;
}

// The 4-digit year the headings above `path` name last ("… NĂM 2021"), or "".
std::string YearOfHeadings(const SourceAnalysis& a, std::string path) {
  std::map<std::string, const SectionInfo*> by_path;
  for (const SectionInfo& s : a.sections) by_path.emplace(s.path, &s);
  for (auto it = by_path.find(path); it != by_path.end(); it = by_path.find(it->second->parent_path)) {
    const std::string& t = it->second->title;
    for (size_t i = t.size(); i >= 4; --i) {
      std::string_view y = std::string_view(t).substr(i - 4, 4);
      bool digits = std::isdigit(static_cast<unsigned char>(y[0])) && std::isdigit(static_cast<unsigned char>(y[3])) &&
                    std::isdigit(static_cast<unsigned char>(y[1])) && std::isdigit(static_cast<unsigned char>(y[2]));
      if (digits && (y.starts_with("19") || y.starts_with("20"))) return std::string(y);
    }
  }
  return "";
}

bool InReviewSection(const SourceAnalysis& a, const std::string& path) {
  std::map<std::string, const SectionInfo*> by_path;
  for (const SectionInfo& s : a.sections) by_path.emplace(s.path, &s);
  for (auto it = by_path.find(path); it != by_path.end(); it = by_path.find(it->second->parent_path)) {
    if (NamesReviewWork(CueSpelling(it->second->title))) return true;
  }
  return false;
}

std::string SourceYear(const SourceAnalysis& a) {
  for (const DocumentFacts& d : a.documents) {
    if (d.key == a.self_key && d.date) return std::to_string(d.date->year);
  }
  return "";
}

void AddReview(SourceAnalysis& a, const AnalyzedMention& am, bool planned, std::optional<int> years,
               std::string cue) {
  Review r;
  r.doc_key = am.doc_key;
  r.planned = planned;
  r.milestone_years = years;
  r.period = YearOfHeadings(a, am.mention.section);
  if (r.period.empty()) r.period = SourceYear(a);
  r.cue = std::move(cue);
  r.evidence = EvidenceOf(a, am);
  a.reviews.push_back(std::move(r));
}

void AddRelation(SourceAnalysis& a, const std::string& from, const AnalyzedMention& to,
                 const RelationCue& cue) {
  if (from == to.doc_key) return;
  a.relations.push_back({from, to.doc_key, std::string(cue.kind), std::string(cue.phrase), EvidenceOf(a, to)});
}

// The relation or review a citation's clause states just before it.
void RelateCitation(std::string_view bytes, SourceAnalysis& a, size_t i, int previous) {
  const AnalyzedMention& am = a.mentions[i];
  size_t start = am.mention.head.start, clause = ClauseStart(bytes, start);
  std::string before = CueSpelling(bytes.substr(clause, start - clause));
  std::optional<ReviewCue> review = TrailingReviewCue(before);
  bool planned = InReviewSection(a, am.mention.section);
  if (review || planned) {
    AddReview(a, am, planned, review ? std::optional<int>(review->milestone_years) : std::nullopt,
              review ? review->phrase : "kiểm tra giám sát sơ kết tổng kết");
  }
  if (review) return;
  const AnalyzedMention* prev = previous >= 0 ? &a.mentions[previous] : nullptr;
  bool same_clause = prev != nullptr && prev->mention.head.end <= start &&
                     SameClause(bytes, prev->mention.head.end, start);
  if (same_clause) {
    size_t from = prev->mention.head.end;
    if (std::optional<RelationCue> cue = TrailingRelationCue(CueSpelling(bytes.substr(from, start - from)));
        cue && cue->kind != "based_on") {
      AddRelation(a, prev->doc_key, am, *cue);
    }
  }
  if (a.self_key.empty()) return;
  if (before.starts_with("căn cứ")) {
    AddRelation(a, a.self_key, am, RelationCue{"căn cứ", "based_on"});
  } else if (std::optional<RelationCue> cue = TrailingRelationCue(before);
             cue && am.mention.section.empty() && !same_clause) {
    AddRelation(a, a.self_key, am, *cue);
  }
}

void SetCadence(std::string_view bytes, SourceAnalysis& a) {
  if (a.self_key.empty()) return;
  int years = StatedCadence(CueSpelling(bytes));
  if (years == 0) return;
  for (DocumentFacts& d : a.documents) {
    if (d.key == a.self_key) d.cadence_years.push_back(years);
  }
}

}  // namespace

void Relate(std::string_view bytes, SourceAnalysis& a) {
  int previous = -1;
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    if (!IsCitation(a.mentions[i])) continue;
    RelateCitation(bytes, a, i, previous);
    previous = static_cast<int>(i);
  }
  SetCadence(bytes, a);
}

}  // namespace lexgraph
