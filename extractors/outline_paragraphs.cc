// OutlineBuilder: paragraphs, items and footnote bodies, and the rules that
// join a sentence cut by a footnote block or a page break.
#include "extractors/outline_builder.h"

namespace lexgraph::outline_internal {

void OutlineBuilder::StartParagraph(const Segment& seg, bool table_row) {
  int node = NewNode(NodeKind::kParagraph, Container(seg), "");
  d_.nodes[node].b = seg.b;
  d_.nodes[node].e = seg.e;
  int unit = NewUnit(node, seg, seg.b);
  d_.units[unit].table_row = table_row;
  if (table_row) {
    body_ = -1;
  } else {
    SetBody(unit);
  }
}

// A bullet or "(N)" item; a "+" goes under the "-" item before it. Bullets
// after the signature belong to the Nơi nhận list.
void OutlineBuilder::StartItem(const Segment& seg, const Marker& m) {
  int parent = Container(seg);
  if (d_.nodes[parent].node.kind == NodeKind::kSignature && recipients_ >= 0) {
    parent = recipients_;
  }
  if (m.depth == 1 && last_item_ >= 0 && d_.nodes[last_item_].node.parent == parent) {
    parent = last_item_;
  }
  int node = NewNode(NodeKind::kItem, parent, "");
  NodeDraft& n = d_.nodes[node];
  n.b = seg.b;
  n.e = seg.e;
  n.node.label = LabelText(text_.substr(seg.b, m.body - seg.b));
  if (m.depth == 0) last_item_ = node;
  SetBody(NewUnit(node, seg, m.body));
}

// A footnote body; its parent is settled when its marker is found.
void OutlineBuilder::StartNote(const Segment& seg, const Marker& m) {
  int fallback = body_ >= 0 ? d_.units[body_].node : Top();
  int node = NewNode(NodeKind::kFootnote, fallback, "");
  d_.nodes[node].b = seg.b;
  d_.nodes[node].e = seg.e;
  d_.nodes[node].node.footnote = m.number;
  d_.nodes[node].node.label = LabelText(text_.substr(seg.b, m.body - seg.b));
  int unit = NewUnit(node, seg, m.body);
  d_.units[unit].note = m.number;
  d_.units[unit].paren_note = m.kind == MarkerKind::kParenNumber;
  d_.units[unit].fallback = fallback;
  last_note_ = unit;
  interrupted_ = true;
}

// A heading wrapped over two lines ("**I. MỤC ĐÍCH,\nYÊU CẦU**") keeps
// its whole title.
void OutlineBuilder::ExtendHeading(int unit, const Segment& seg) {
  NodeDraft& n = d_.nodes[d_.units[unit].node];
  bool heading = n.rank > 0 && !n.node.title.empty() && n.e == d_.units[unit].pieces.back().e;
  if (!heading || n.numbered_paragraph || n.node.title.size() > 300) return;
  n.node.title += " ";
  n.node.title += TitleAfterLabel(Text(seg));
  n.e = seg.e;
}

// Running text: a wrapped line continues the unit above it; after a page
// break, text that opens the footnote area continues the last footnote if
// that one was cut; a sentence cut by a footnote block, a page break, or a
// blank line before a lowercase word is joined again; else a new paragraph.
void OutlineBuilder::OnText(const Segment& seg, bool next_is_note) {
  bool adjacent = seg.blanks_before == 0 && !seg.break_before;
  if (adjacent && last_ >= 0 && !d_.units[last_].table_row &&
      (d_.units[last_].note > 0 || !Complete(last_))) {
    ExtendHeading(last_, seg);
    Append(last_, seg);
    return;
  }
  if (seg.break_before && next_is_note && last_note_ >= 0 && !Complete(last_note_)) {
    Append(last_note_, seg);
    interrupted_ = true;
    return;
  }
  bool cut = interrupted_ || seg.break_before || StartsLowercase(Text(seg));
  if (body_ >= 0 && cut && !Complete(body_)) {
    Append(body_, seg);
    interrupted_ = false;
    return;
  }
  StartParagraph(seg, false);
}

}  // namespace lexgraph::outline_internal
