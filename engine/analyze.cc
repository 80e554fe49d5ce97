#include "engine/analyze.h"

#include <algorithm>
#include <array>
#include <set>

#include "engine/content_hash.h"
#include "engine/findings.h"
#include "engine/header_place.h"
#include "engine/relate.h"
#include "engine/resolve.h"
#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "extractors/outline.h"

namespace lexgraph {
namespace {

bool IsSectionKind(NodeKind k) {
  switch (k) {
    case NodeKind::kPart: case NodeKind::kChapter: case NodeKind::kSubchapter:
    case NodeKind::kArticle: case NodeKind::kClause: case NodeKind::kPoint:
    case NodeKind::kRoman: case NodeKind::kArabic: case NodeKind::kLetter:
    case NodeKind::kAppendix:
      return true;
    default:
      return false;
  }
}

bool IsKept(const OutlineNode& n) {
  return !n.path.empty() && (IsSectionKind(n.kind) || !n.task_id.empty());
}

// Sections and tasks in outline order; a path seen twice keeps its first node.
// REQUIRES: `outline` was built from `norm`.
std::vector<SectionInfo> SectionsOf(const MappedText& norm, const Outline& outline) {
  std::vector<SectionInfo> out;
  std::set<std::string> seen;
  for (const OutlineNode& n : outline.nodes) {
    if (!IsKept(n) || !seen.insert(n.path).second) continue;
    SectionInfo s;
    s.path = n.path;
    s.kind = NodeKindName(n.kind);
    s.label = NodeLabel(norm, n);
    s.title = NodeTitle(norm, n);
    s.span = n.span;
    s.task = !n.task_id.empty();
    for (int p = n.parent; p > 0; p = outline.nodes[p].parent) {
      if (IsKept(outline.nodes[p])) {
        s.parent_path = outline.nodes[p].path;
        break;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// The task `m` belongs to: the innermost task whose span holds its head, or
// for a mention in a footnote body the task holding the marker; "" if none.
std::string TaskAt(const Outline& outline, const Mention& m) {
  size_t at = m.head.start;
  if (m.footnote) {
    // A footnote's citations belong to the task whose text holds its marker.
    for (const OutlineNode& n : outline.nodes) {
      if (n.kind != NodeKind::kFootnote || at < n.span.start || at >= n.span.end) continue;
      for (int up = n.parent; up >= 0; up = outline.nodes[up].parent) {
        if (!outline.nodes[up].task_id.empty()) return outline.nodes[up].task_id;
      }
      return "";
    }
  }
  std::string found;
  size_t best = SIZE_MAX;
  for (int t : outline.tasks) {
    const OutlineNode& n = outline.nodes[t];
    if (n.span.start <= at && at < n.span.end && n.span.size() < best) {
      best = n.span.size();
      found = n.task_id;
    }
  }
  return found;
}

bool EndsSentence(std::string_view b, size_t i) {
  char c = b[i];
  bool blank_after = i + 1 >= b.size() || b[i + 1] == ' ' || b[i + 1] == '\n';
  if ((c == '.' || c == ';' || c == '!' || c == '?') && blank_after) return true;
  return c == '\n' && i + 1 < b.size() && b[i + 1] == '\n';
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string SentenceAround(std::string_view bytes, Span span) {
  // EndsSentence holds only at these bytes: one look turns the others away.
  static constexpr std::array<bool, 256> kMayEnd = [] {
    std::array<bool, 256> t{};
    for (char c : {'.', ';', '!', '?', '\n'}) t[static_cast<unsigned char>(c)] = true;
    return t;
  }();
  auto ends_at = [&bytes](size_t i) {
    return kMayEnd[static_cast<unsigned char>(bytes[i])] && EndsSentence(bytes, i);
  };
  size_t lo = span.start > kSentenceReach ? span.start - kSentenceReach : 0;
  size_t begin = span.start;
  while (begin > lo && !ends_at(begin - 1)) --begin;
  size_t hi = std::min(bytes.size(), span.end + kSentenceReach);
  size_t end = std::min(span.end, bytes.size());
  while (end < hi && !ends_at(end)) ++end;
  if (end < bytes.size() && bytes[end] != '\n') ++end;  // keep the full stop
  while (begin < span.start && IsContinuation(bytes[begin])) ++begin;
  while (end > span.end && end < bytes.size() && IsContinuation(bytes[end])) --end;
  // Blank runs become one space, none at either end; written through a
  // pointer (the sentence is never longer than its bytes).
  std::string out(end - begin, '\0');
  char* const first = out.data();
  char* o = first;
  bool after_space = true;
  for (char c : bytes.substr(begin, end - begin)) {
    bool blank = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!blank) {
      *o++ = c;
      after_space = false;
    } else if (!after_space) {
      *o++ = ' ';
      after_space = true;
    }
  }
  if (o > first && o[-1] == ' ') --o;
  out.resize(static_cast<size_t>(o - first));
  return out;
}

Result<SourceAnalysis> AnalyzeSource(std::string_view bytes, std::string path,
                                     const IdentityContext& ctx) {
  Result<MappedText> norm = Normalize(bytes, path);
  if (!norm.ok()) return norm.status();
  Outline outline = BuildOutline(*norm);
  SourceAnalysis a;
  a.path = std::move(path);
  a.content_hash = ContentHash(bytes);
  a.size = bytes.size();
  a.sections = SectionsOf(*norm, outline);
  std::vector<Mention> mentions = ExtractDocument(*norm, outline);
  if (Status s = CheckMentionCount(mentions.size(), a.path); !s.ok()) return s;
  for (Mention& m : mentions) {
    AnalyzedMention am;
    am.task_id = TaskAt(outline, m);
    am.sentence = SentenceAround(bytes, m.head);
    am.mention = std::move(m);
    a.mentions.push_back(std::move(am));
  }
  IdentityContext context = ctx;
  for (const AnalyzedMention& am : a.mentions) {
    if (am.mention.kind == MentionKind::kSelf && context.province.empty()) {
      context.province = PlaceOfHeader(bytes, am.mention);
    }
  }
  ResolveWithinSource(a, context);
  Relate(bytes, a);
  FindInconsistencies(a);
  return a;
}

}  // namespace lexgraph
