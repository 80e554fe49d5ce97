#include "extractors/outline.h"

#include "extractors/outline_builder.h"
#include "extractors/outline_lines.h"
#include "extractors/outline_marker.h"

namespace lexgraph {
namespace {

// True iff "(Ban hành kèm theo …)" or "(Kèm theo …)" stands among the
// capital lines after the title line `i`: a text issued with the document.
bool IssuedWithFollows(std::string_view text, const std::vector<outline_internal::Segment>& segs,
                       size_t i) {
  using outline_internal::IsUppercaseText;
  for (size_t j = i + 1; j < segs.size() && j <= i + 4; ++j) {
    std::string_view s = text.substr(segs[j].b, segs[j].e - segs[j].b);
    while (!s.empty() && (s[0] == '*' || s[0] == '_')) s.remove_prefix(1);
    for (std::string_view cue : {"(Ban hành kèm theo", "(ban hành kèm theo", "(Kèm theo",
                                 "(kèm theo"}) {
      if (s.substr(0, cue.size()) == cue) return true;
    }
    if (!IsUppercaseText(s)) return false;
  }
  return false;
}

}  // namespace

const char* NodeKindName(NodeKind kind) {
  static constexpr const char* kNames[] = {
      "document",  "header",   "title",    "preamble",  "part",      "chapter", "subchapter",
      "article",   "clause",   "point",    "roman",     "arabic",    "letter",  "item",
      "paragraph", "footnote", "appendix", "signature", "recipients"};
  return kNames[static_cast<int>(kind)];
}

std::string NodeLabel(const MappedText& norm, const OutlineNode& node) {
  if (node.kind == NodeKind::kRecipients) return "Nơi nhận";
  std::string out;
  outline_internal::AppendSpelled(std::string_view(norm.text).substr(node.label.line.start, node.label.line.size()),
                                  node.label.spelling, out);
  return out;
}

std::string NodeTitle(const MappedText& norm, const OutlineNode& node) {
  std::string scratch;
  return std::string(NodeTitleView(norm, node, scratch));
}

std::string_view NodeTitleView(const MappedText& norm, const OutlineNode& node,
                               std::string& scratch) {
  using namespace outline_internal;
  std::string_view text = norm.text;
  const NodeText& t = node.title;
  std::string_view line = text.substr(t.line.start, t.line.size());
  if (t.spelling == Spelling::kAsIs && t.more.empty()) return line;
  scratch.clear();
  AppendSpelled(line, t.spelling, scratch);
  for (const Span& p : t.more) {
    scratch += ' ';
    scratch += TrimMarkup(text.substr(p.start, p.size()));
  }
  return scratch;
}

Outline BuildOutline(const MappedText& norm) {
  using namespace outline_internal;
  std::vector<Segment> segments = SplitSegments(norm.text);
  std::vector<Marker> markers;
  markers.reserve(segments.size());
  for (const Segment& seg : segments) markers.push_back(ReadMarker(norm.text, seg));
  OutlineBuilder builder(norm.text, segments.size());
  for (size_t i = 0; i < segments.size(); ++i) {
    Lookahead next;
    next.note = i + 1 < segments.size() && markers[i + 1].kind == MarkerKind::kFootnote;
    if (markers[i].kind == MarkerKind::kTitle) next.issued_with = IssuedWithFollows(norm.text, segments, i);
    builder.Add(segments[i], markers[i], next);
  }
  return FinishOutline(norm, std::move(builder).Finish());
}

Outline FlatOutline(const MappedText& norm) {
  Outline flat;
  OutlineNode root;
  root.kind = NodeKind::kDocument;
  root.path = "/";
  root.span = norm.ToSource({0, norm.text.size()});
  flat.nodes.push_back(std::move(root));
  if (!norm.text.empty()) {
    flat.pieces.push_back(Span{0, norm.text.size()});
    flat.units.push_back(TextUnit{flat.pieces, "", {}, "", 0});
  }
  return flat;
}

}  // namespace lexgraph
