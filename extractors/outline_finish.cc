// FinishOutline: from the builder's drafts to the Outline: footnotes moved
// under the paragraph that holds their marker, paths, tasks, spans, the
// units' pieces; and the units' text, built on demand.
#include <algorithm>
#include <array>
#include <map>

#include "base/byte_scan.h"
#include "extractors/outline_builder.h"
#include "extractors/outline_tasks.h"

namespace lexgraph::outline_internal {
namespace {

struct NoteMarker {
  int number;
  bool paren;  // "(N)" rather than "<sup>N</sup>", "<sup>(N)</sup>", "[N]"
  size_t pos;
  int node;
};

// Reads digits at `i` closed by `close`; returns the number or 0.
int NumberAt(std::string_view s, size_t i, std::string_view close) {
  size_t j = i;
  while (j < s.size() && j - i < 3 && s[j] >= '0' && s[j] <= '9') ++j;
  if (j == i || s.substr(j, close.size()) != close) return 0;
  return std::stoi(std::string(s.substr(i, j - i)));
}

// The bytes a footnote marker starts with, as a table: the scan asks once a byte.
constexpr std::array<bool, 256> kMarkerStart = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'<', '[', '(', '\xC2', '\xE2'}) t[c] = true;
  return t;
}();

void ScanMarkers(std::string_view text, const Span& p, int node, bool parens,
                 std::vector<NoteMarker>& out) {
  std::string_view s = text.substr(p.start, p.size());
  size_t free_from = 0;  // past the last superscript number read
  auto read_at = [&](size_t i) {
    if (i < free_from || !kMarkerStart[static_cast<unsigned char>(s[i])]) return;
    int n = 0;
    bool paren = false;
    if (s[i] == '<' && s.substr(i, 5) == "<sup>") {
      n = s.substr(i + 5, 1) == "(" ? NumberAt(s, i + 6, ")</sup>") : NumberAt(s, i + 5, "</sup>");
    } else if (s[i] == '[') {
      n = NumberAt(s, i + 1, "]");
    } else if (s[i] == '(' && parens) {
      n = NumberAt(s, i + 1, ")");
      paren = true;
    }
    size_t sup = 0;
    if (n == 0 && (s[i] == '\xC2' || s[i] == '\xE2')) n = SuperscriptNumberAt(s, i, &sup);
    if (n > 0) out.push_back({n, paren, p.start + i, node});
    if (sup > 1) free_from = i + sup;
  };
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  for (; i + byte_scan::kBlock <= s.size(); i += byte_scan::kBlock) {  // blocks, then each hit
    using namespace byte_scan;
    Block w = Load(b + i);
    ForEachSet(Mask(Equal(w, '<') | Equal(w, '[') | Equal(w, '(') | Equal(w, 0xC2) | Equal(w, 0xE2)),
               i, read_at);
  }
  for (; i < s.size(); ++i) read_at(i);
}

// The paragraph holding the footnote's marker: the last marker before the
// body, else the first after it, else the paragraph the body interrupted.
int MarkerNode(const std::vector<NoteMarker>& markers, const UnitDraft& note) {
  size_t at = note.count == 0 ? 0 : note.first.start;
  int before = -1, after = -1;
  for (const NoteMarker& m : markers) {
    if (m.number != note.note || m.paren != note.paren_note) continue;
    if (m.pos < at) before = m.node;
    if (m.pos > at && after < 0) after = m.node;
  }
  return before >= 0 ? before : after >= 0 ? after : note.fallback;
}

// `pieces`: the units' pieces grouped by unit (GroupPieces), `starts` where
// each unit's begin.
void AttachNotes(std::string_view text, const std::vector<Span>& pieces,
                 const std::vector<size_t>& starts, Draft& d) {
  bool notes = std::any_of(d.units.begin(), d.units.end(),
                           [](const UnitDraft& u) { return u.note > 0; });
  if (!notes) return;
  bool parens =
      std::any_of(d.units.begin(), d.units.end(), [](const UnitDraft& u) { return u.paren_note; });
  std::vector<NoteMarker> markers;
  for (size_t i = 0; i < d.units.size(); ++i) {
    const UnitDraft& u = d.units[i];
    if (u.note > 0) continue;
    for (size_t k = starts[i]; k < starts[i + 1]; ++k) {
      ScanMarkers(text, pieces[k], u.node, parens, markers);
    }
  }
  for (const UnitDraft& u : d.units) {
    if (u.note > 0) d.nodes[u.node].parent = MarkerNode(markers, u);
  }
}

bool IsZone(NodeKind k) {
  return k == NodeKind::kHeader || k == NodeKind::kTitle || k == NodeKind::kPreamble ||
         k == NodeKind::kSignature || k == NodeKind::kRecipients;
}

bool IsNumbered(NodeKind k) {
  return !IsZone(k) && k != NodeKind::kDocument && k != NodeKind::kParagraph &&
         k != NodeKind::kItem && k != NodeKind::kFootnote;
}

// For each numbered section (Phần … letter, appendix), how many times its
// path had been given when it comes (1 the first time), counted in index
// order. A section's parent is a section or the root, whose paths are unique
// and keys hold no '/': two sections share a path iff they share parent and
// key. Counted by sorting, not by a map of path strings.
std::vector<int> TimesGiven(const Draft& d) {
  std::vector<int> order;
  for (size_t i = 1; i < d.nodes.size(); ++i) {
    if (IsNumbered(d.nodes[i].kind)) order.push_back(static_cast<int>(i));
  }
  auto place_before = [&](int a, int b) {  // by parent, then key
    int pa = d.nodes[a].parent, pb = d.nodes[b].parent;
    return pa != pb ? pa < pb : d.info[a].key < d.info[b].key;
  };
  std::stable_sort(order.begin(), order.end(), place_before);  // index order within a place
  std::vector<int> times(d.nodes.size(), 0);
  for (size_t k = 0; k < order.size(); ++k) {
    // Sorted: the one before is at the same place unless its place comes first.
    bool repeats = k > 0 && !place_before(order[k - 1], order[k]);
    times[order[k]] = repeats ? times[order[k - 1]] + 1 : 1;
  }
  return times;
}

// Paths in index order (a parent comes before its children), footnotes last
// since their parent may come after them. Returns, for each node, the node
// whose path is the section it stands in: 0 (the root) for none, path "".
std::vector<int> AssignPaths(Draft& d) {
  size_t n = d.nodes.size();
  std::vector<int> section(n, 0);  // by index, not by copies of the path
  std::vector<int> items(n, 0);    // items counted under each node
  std::map<std::string, int> zones;
  std::vector<int> times = TimesGiven(d);  // times each section path was given
  const std::string none;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 1; i < n; ++i) {
      OutlineNode& node = d.nodes[i];
      if ((node.kind == NodeKind::kFootnote) != (pass == 1)) continue;
      int parent = node.parent;
      const std::string& above = section[parent] == 0 ? none : d.nodes[section[parent]].path;
      const std::string& key = d.info[i].key;
      if (node.kind == NodeKind::kFootnote) {
        node.path = above + "^" + std::to_string(node.footnote.value_or(0));
      } else if (node.kind == NodeKind::kParagraph) {
        node.path = above;
      } else if (node.kind == NodeKind::kItem) {
        bool nested = d.nodes[parent].kind == NodeKind::kItem;
        node.path = nested ? d.nodes[parent].path : above;
        node.path += nested ? '.' : '#';
        node.path += std::to_string(++items[parent]);
      } else if (IsZone(node.kind)) {
        int seen = ++zones[key];
        node.path = key;
        if (seen > 1) node.path += std::to_string(seen);
      } else {
        node.path.reserve(above.size() + 1 + key.size());
        node.path = above;
        if (!above.empty()) node.path += '/';
        node.path += key;
        // A list restarting in the same section ("1." again): "K1-2".
        if (times[i] > 1) node.path += "-" + std::to_string(times[i]);
      }
      bool holds = node.kind != NodeKind::kParagraph && node.kind != NodeKind::kItem &&
                   node.kind != NodeKind::kFootnote;
      section[i] = holds ? static_cast<int>(i) : section[parent];
    }
  }
  d.nodes[0].path = "/";
  return section;
}

void SetSpans(const MappedText& norm, const Draft& d, Outline& out) {
  size_t n = out.nodes.size();
  std::vector<Span> own(n, Span{SIZE_MAX, 0});
  auto widen = [](Span& s, Span t) {
    s.start = std::min(s.start, t.start);
    s.end = std::max(s.end, t.end);
  };
  for (size_t i = 1; i < n; ++i) {
    if (d.info[i].b < d.info[i].e) widen(own[i], {d.info[i].b, d.info[i].e});
  }
  for (const UnitDraft& u : d.units) {  // pieces come in text order: the first and last do
    if (u.count == 0) continue;
    widen(own[u.node], u.first);
    widen(own[u.node], u.last);
  }
  for (size_t i = n; i-- > 1;) {
    int parent = out.nodes[i].parent;
    bool counts = out.nodes[i].kind != NodeKind::kFootnote && own[i].start < own[i].end;
    if (counts && parent > 0 && static_cast<size_t>(parent) < i) widen(own[parent], own[i]);
    if (own[i].start < own[i].end) out.nodes[i].span = norm.ToSource(own[i]);
  }
  out.nodes[0].span = norm.ToSource({0, norm.text.size()});
}

// The units' pieces, unit after unit, each unit's in the order read (a
// counting sort of the drafts by unit); `starts` gets where each unit's
// begin, and the end as its last entry.
std::vector<Span> GroupPieces(const Draft& d, std::vector<size_t>& starts) {
  starts.assign(d.units.size() + 1, 0);
  for (size_t i = 0; i < d.units.size(); ++i) {
    starts[i + 1] = starts[i] + static_cast<size_t>(d.units[i].count);
  }
  std::vector<Span> grouped(d.pieces.size());
  std::vector<size_t> next(starts.begin(), starts.end() - 1);
  for (const PieceDraft& p : d.pieces) grouped[next[p.unit]++] = p.span;
  return grouped;
}

// The lines a wrapped heading's title goes on to: the pieces after the
// first of its unit (ExtendHeading).
void SetWrappedTitles(const Draft& d, const std::vector<size_t>& starts, Outline& out) {
  std::span<const Span> all(out.pieces);
  for (size_t i = 1; i < out.nodes.size(); ++i) {
    const NodeDraft& info = d.info[i];
    if (info.title_more == 0) continue;
    out.nodes[i].title.more = all.subspan(starts[info.title_unit] + 1, info.title_more);
  }
}

}  // namespace

Outline FinishOutline(const MappedText& norm, Draft d) {
  std::vector<size_t> starts;
  std::vector<Span> pieces = GroupPieces(d, starts);
  AttachNotes(norm.text, pieces, starts, d);
  std::vector<int> section = AssignPaths(d);
  Outline out;
  out.nodes = std::move(d.nodes);
  std::vector<int> child_count(out.nodes.size(), 0);  // to size each list once
  for (size_t i = 1; i < out.nodes.size(); ++i) ++child_count[out.nodes[i].parent];
  for (size_t i = 0; i < out.nodes.size(); ++i) out.nodes[i].children.reserve(child_count[i]);
  for (size_t i = 1; i < out.nodes.size(); ++i) {
    out.nodes[out.nodes[i].parent].children.push_back(static_cast<int>(i));
  }
  out.pieces = std::move(pieces);  // the units and titles view it: it is not resized after this
  SetWrappedTitles(d, starts, out);
  MarkTasks(norm, d, out);
  SetSpans(norm, d, out);
  out.units.reserve(d.units.size());
  for (size_t i = 0; i < d.units.size(); ++i) {
    const UnitDraft& u = d.units[i];
    if (u.count == 0) continue;
    TextUnit unit;
    unit.pieces = std::span<const Span>(out.pieces).subspan(starts[i], starts[i + 1] - starts[i]);
    if (section[u.node] > 0) unit.section = out.nodes[section[u.node]].path;
    if (u.note > 0) unit.footnote = u.note;
    unit.task_id = out.nodes[u.node].task_id;
    unit.node = u.node;
    out.units.push_back(std::move(unit));
  }
  return out;
}

}  // namespace lexgraph::outline_internal

namespace lexgraph {

void AppendUnitText(const MappedText& norm, std::span<const Span> pieces, MappedTextBuilder& b) {
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (i > 0) {
      size_t gap_b = pieces[i - 1].end, gap_e = pieces[i].start;
      bool line_gap = gap_b <= gap_e &&
                      outline_internal::Trim(std::string_view(norm.text).substr(gap_b, gap_e - gap_b))
                          .empty();
      // A wrapped line's newline reads as a space; a rejoined cut stands for nothing.
      b.AppendReplacement(" ", gap_b, line_gap ? gap_e - gap_b : 0);
    }
    b.AppendSlice(norm, pieces[i].start, pieces[i].end);
  }
}

MappedText UnitText(const MappedText& norm, const TextUnit& unit) {
  MappedTextBuilder b;
  AppendUnitText(norm, unit.pieces, b);
  return std::move(b).Finish();
}

}  // namespace lexgraph
