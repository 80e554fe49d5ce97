#include "engine/relate.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <unordered_map>
#include <vector>

#include "base/byte_scan.h"
#include "engine/cues.h"
#include "extractors/normalize.h"

namespace lexgraph {
namespace {

// True iff byte `i` starts a blank line ("\n", blanks, "\n"): wrapped lines
// of a converted PDF continue their clause, a blank line ends it.
bool IsBlankLine(std::string_view b, size_t i) {
  if (b[i] != '\n') return false;
  size_t j = i + 1;
  while (j < b.size() && (b[j] == ' ' || b[j] == '\t' || b[j] == '\r')) ++j;
  return j >= b.size() || b[j] == '\n';
}

bool IsClauseEnd(std::string_view b, size_t i) {
  char c = b[i];
  if (c == ';' || IsBlankLine(b, i)) return true;
  return c == '.' && (i + 1 >= b.size() || b[i + 1] == ' ' || b[i + 1] == '\n');
}

// The clause ends of a text, found in one pass: a source with many
// citations in long clauses asks for the same stretches again and again.
class Clauses {
 public:
  explicit Clauses(std::string_view b) {
    // IsClauseEnd holds only at ';', '.' and '\n': look for them sixteen
    // bytes at a time.
    namespace bs = byte_scan;
    const auto* p = reinterpret_cast<const unsigned char*>(b.data());
    auto consider = [&](size_t i) {
      if (IsClauseEnd(b, i)) ends_.push_back(i);
    };
    size_t i = 0;
    for (; i + bs::kBlock <= b.size(); i += bs::kBlock) {
      bs::Block block = bs::Load(p + i);
      bs::ForEachSet(bs::Mask(bs::Equal(block, ';') | bs::Equal(block, '.') | bs::Equal(block, '\n')), i,
                     consider);
    }
    for (; i < b.size(); ++i) {
      if (p[i] == ';' || p[i] == '.' || p[i] == '\n') consider(i);
    }
  }
  // The start of the clause holding byte `at`.
  size_t StartOf(size_t at) const {
    auto it = std::lower_bound(ends_.begin(), ends_.end(), at);  // first end >= at
    return it == ends_.begin() ? 0 : *(it - 1) + 1;
  }
  // True iff no clause ends in [from, to).
  bool Same(size_t from, size_t to) const {
    auto it = std::lower_bound(ends_.begin(), ends_.end(), from);
    return it == ends_.end() || *it >= to;
  }
  // The clause ends in [from, to), in text order: each a ';', a full stop
  // or the '\n' that starts a blank line.
  std::span<const size_t> EndsIn(size_t from, size_t to) const {
    auto first = std::lower_bound(ends_.begin(), ends_.end(), from);
    auto last = std::lower_bound(first, ends_.end(), to);
    return {first, last};
  }

 private:
  std::vector<size_t> ends_;
};

Evidence EvidenceOf(const SourceAnalysis& a, const AnalyzedMention& am) {
  return {a.path, am.mention.section, am.mention.footnote, am.sentence, am.mention.head};
}

// Back references state no relation of their own: "thực hiện Kế hoạch này"
// in a Kế hoạch is the plan speaking of itself.
bool IsCitation(const AnalyzedMention& am) {
  return !am.doc_key.empty() && am.mention.kind != MentionKind::kSelf &&
         am.mention.kind != MentionKind::kBackReference;
}

// The 4-digit year a heading names last ("… NĂM 2021"), or "".
std::string YearOfTitle(const std::string& t) {
  for (size_t i = t.size(); i >= 4; --i) {
    std::string_view y = std::string_view(t).substr(i - 4, 4);
    bool digits = std::isdigit(static_cast<unsigned char>(y[0])) && std::isdigit(static_cast<unsigned char>(y[3])) &&
                  std::isdigit(static_cast<unsigned char>(y[1])) && std::isdigit(static_cast<unsigned char>(y[2]));
    if (digits && (y.starts_with("19") || y.starts_with("20"))) return std::string(y);
  }
  return "";
}

// What the headings above a section say, looked up by section path. Built
// once per source and remembered per path: a source has thousands of
// citations and sections, and each citation asks about its own chain.
class Headings {
 public:
  explicit Headings(const std::vector<SectionInfo>& sections) {
    for (const SectionInfo& s : sections) by_path_.emplace(s.path, &s);
  }

  // The year the nearest heading naming one gives, or "".
  const std::string& Year(const std::string& path) {
    return Chain(year_, path, [](const SectionInfo& s) { return YearOfTitle(s.title); },
                 [](const std::string& y) { return !y.empty(); });
  }
  // True if a heading above `path` (or its own) names checking and reviewing work.
  bool InReview(const std::string& path) {
    return Chain(review_, path, [](const SectionInfo& s) { return NamesReviewWork(CueSpelling(s.title)); },
                 [](bool b) { return b; });
  }

 private:
  // The first found value of `of` along the chain from `path` up, remembered.
  template <class T, class Of, class Found>
  const T& Chain(std::unordered_map<std::string, T>& memo, const std::string& path, const Of& of,
                 const Found& found) {
    if (auto hit = memo.find(path); hit != memo.end()) return hit->second;
    T value{};
    if (auto it = by_path_.find(path); it != by_path_.end()) {
      value = of(*it->second);
      if (!found(value)) value = Chain(memo, it->second->parent_path, of, found);
    }
    return memo.emplace(path, std::move(value)).first->second;
  }

  std::unordered_map<std::string_view, const SectionInfo*> by_path_;
  std::unordered_map<std::string, std::string> year_;
  std::unordered_map<std::string, bool> review_;
};

std::string SourceYear(const SourceAnalysis& a) {
  for (const DocumentFacts& d : a.documents) {
    if (d.key == a.self_key && d.date) return std::to_string(d.date->year);
  }
  return "";
}

void AddReview(SourceAnalysis& a, Headings& headings, const AnalyzedMention& am, bool planned,
               std::optional<int> years, std::string cue) {
  Review r;
  r.doc_key = am.doc_key;
  r.planned = planned;
  r.milestone_years = years;
  r.period = headings.Year(am.mention.section);
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
// `folded` is the source's text after FoldForMatch (same offsets).
void RelateCitation(std::string_view folded, const Clauses& clauses, SourceAnalysis& a,
                    Headings& headings, size_t i, int previous) {
  const AnalyzedMention& am = a.mentions[i];
  size_t start = am.mention.head.start, clause = clauses.StartOf(start);
  const std::string_view clause_text = folded.substr(clause, start - clause);
  std::string before = CueSpellingTail(clause_text);
  std::optional<ReviewCue> review = TrailingReviewCue(before);
  bool planned = headings.InReview(am.mention.section);
  if (review || planned) {
    AddReview(a, headings, am, planned, review ? std::optional<int>(review->milestone_years) : std::nullopt,
              review ? review->phrase : "kiểm tra giám sát sơ kết tổng kết");
  }
  if (review) return;
  const AnalyzedMention* prev = previous >= 0 ? &a.mentions[previous] : nullptr;
  bool same_clause = prev != nullptr && prev->mention.head.end <= start &&
                     clauses.Same(prev->mention.head.end, start);
  if (same_clause) {
    size_t from = prev->mention.head.end;
    if (std::optional<RelationCue> cue = TrailingRelationCue(CueSpellingTail(folded.substr(from, start - from)));
        cue && cue->kind != "based_on") {
      AddRelation(a, prev->doc_key, am, *cue);
    }
  }
  if (a.self_key.empty()) return;
  if (CueSpellingStartsWith(clause_text, "căn cứ")) {
    AddRelation(a, a.self_key, am, RelationCue{"căn cứ", "based_on"});
  } else if (std::optional<RelationCue> cue = TrailingRelationCue(before);
             cue && am.mention.section.empty() && !same_clause) {
    AddRelation(a, a.self_key, am, *cue);
  }
}

// "A …, được sửa đổi, bổ sung bởi: 1. B …; 2. C …." (a consolidated
// text's preamble): the first citation of each item -kind-> A.
struct PassiveCue {
  std::string_view words;  // as folded bytes, ending with "bởi"
  std::string_view kind;
};
constexpr std::string_view kBy = "bởi";
constexpr PassiveCue kPassiveCues[] = {
    {"sửa đổi, bổ sung bởi", "amends"}, {"sửa đổi bởi", "amends"}, {"bổ sung bởi", "amends"},
    {"thay thế bởi", "replaces"},       {"bãi bỏ bởi", "repeals"},  {"hướng dẫn bởi", "guides"},
};
static_assert(std::all_of(std::begin(kPassiveCues), std::end(kPassiveCues),
                          [](const PassiveCue& c) { return c.words.ends_with(kBy); }));

bool Stated(const SourceAnalysis& a, const Relation& r) {
  for (const Relation& o : a.relations) {
    if (o.from_key == r.from_key && o.to_key == r.to_key && o.kind == r.kind &&
        o.evidence.span.start == r.evidence.span.start) {
      return true;
    }
  }
  return false;
}

void RelatePassiveList(std::string_view folded, const Clauses& clauses, SourceAnalysis& a,
                       const PassiveCue& cue, size_t at) {
  size_t after = at + cue.words.size();
  const AnalyzedMention* base = nullptr;
  bool item_open = true;  // the next citation starts an item
  for (size_t m = 0; m < a.mentions.size(); ++m) {
    const AnalyzedMention& am = a.mentions[m];
    if (!IsCitation(am)) continue;
    if (am.mention.head.end <= at) {
      base = clauses.Same(am.mention.head.end, at) ? &am : nullptr;
      continue;
    }
    if (base == nullptr || am.mention.head.start < after) return;
    // Of the bytes between, only clause ends matter: a blank line ends the
    // list with its paragraph, a ';' an item.
    for (size_t end : clauses.EndsIn(after, am.mention.head.start)) {
      if (folded[end] == '\n') return;
      if (folded[end] == ';') item_open = true;
    }
    Relation r{am.doc_key, base->doc_key, std::string(cue.kind), std::string(cue.words), EvidenceOf(a, am)};
    if (item_open && !am.mention.code.empty() && r.from_key != r.to_key && !Stated(a, r)) {
      a.relations.push_back(std::move(r));
    }
    item_open = item_open && am.mention.code.empty();
    after = am.mention.head.end;
  }
}

// Each cue where it stands, cue by cue, in text order: every cue ends with
// "bởi", so the text is searched once, for that.
void RelatePassiveLists(std::string_view folded, const Clauses& clauses, SourceAnalysis& a) {
  std::vector<size_t> by_ends;  // the end of each "bởi"
  for (size_t at = folded.find(kBy); at != std::string_view::npos; at = folded.find(kBy, at + 1)) {
    by_ends.push_back(at + kBy.size());
  }
  for (const PassiveCue& cue : kPassiveCues) {
    for (size_t end : by_ends) {
      if (end >= cue.words.size() && folded.substr(end - cue.words.size(), cue.words.size()) == cue.words) {
        RelatePassiveList(folded, clauses, a, cue, end - cue.words.size());
      }
    }
  }
}

void SetCadence(std::string_view folded, SourceAnalysis& a) {
  if (a.self_key.empty()) return;
  int years = StatedCadenceOfFolded(folded);
  if (years == 0) return;
  for (DocumentFacts& d : a.documents) {
    if (d.key == a.self_key) d.cadence_years.push_back(years);
  }
}

}  // namespace

void Relate(std::string_view bytes, SourceAnalysis& a) {
  std::string folded = FoldForMatch(bytes);
  Clauses clauses(folded);
  Headings headings(a.sections);
  int previous = -1;
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    if (!IsCitation(a.mentions[i])) continue;
    RelateCitation(folded, clauses, a, headings, i, previous);
    previous = static_cast<int>(i);
  }
  RelatePassiveLists(folded, clauses, a);
  SetCadence(folded, a);
}

}  // namespace lexgraph
