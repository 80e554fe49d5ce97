// OutlineBuilder: paragraphs, items and footnote bodies, and the rules that
// join a sentence cut by a footnote block or a page break.
#include "extractors/outline_builder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <iterator>

namespace lexgraph::outline_internal {

void OutlineBuilder::StartParagraph(const Segment& seg, bool table_row) {
  int node = NewNode(NodeKind::kParagraph, Container(seg), "");
  d_.info[node].b = seg.b;
  d_.info[node].e = seg.e;
  int unit = NewUnit(node, seg, seg.b);
  d_.units[unit].table_row = table_row;
  if (table_row) {
    body_ = -1;
  } else {
    SetBody(unit);
  }
}

// A signer's line ("KT. CHỦ TỊCH", "(Đã ký)") opens or goes on the signature.
void OutlineBuilder::StartSignerLine(const Segment& seg) {
  if (ZoneKind() != NodeKind::kSignature) OpenZone(NodeKind::kSignature, "signature");
  int node = NewNode(NodeKind::kParagraph, zone_, "");
  d_.info[node].b = seg.b;
  d_.info[node].e = seg.e;
  SetBody(NewUnit(node, seg, seg.b));
}

// A bullet or "(N)" item; a "+" goes under the "-" item before it. Bullets
// after the signature belong to the Nơi nhận list.
void OutlineBuilder::StartItem(const Segment& seg, const Marker& m) {
  int parent = Container(seg, true);
  if (d_.nodes[parent].kind == NodeKind::kSignature && recipients_ >= 0) {
    parent = recipients_;
  }
  if (m.depth == 1 && last_item_ >= 0 && d_.nodes[last_item_].parent == parent) {
    parent = last_item_;
  }
  int node = NewNode(NodeKind::kItem, parent, "");
  d_.info[node].b = seg.b;
  d_.info[node].e = seg.e;
  d_.nodes[node].label = LabelOf(seg.b, m.body);
  if (m.depth == 0) last_item_ = node;
  SetBody(NewUnit(node, seg, m.body));
}

// A footnote body; its parent is settled when its marker is found.
void OutlineBuilder::StartNote(const Segment& seg, const Marker& m) {
  int fallback = body_ >= 0 ? d_.units[body_].node : Top();
  int node = NewNode(NodeKind::kFootnote, fallback, "");
  d_.info[node].b = seg.b;
  d_.info[node].e = seg.e;
  d_.nodes[node].footnote = m.number;
  d_.nodes[node].label = LabelOf(seg.b, m.body);
  int unit = NewUnit(node, seg, m.body);
  d_.units[unit].note = m.number;
  d_.units[unit].paren_note = m.kind == MarkerKind::kParenNumber;
  d_.units[unit].fallback = fallback;
  last_note_ = unit;
  interrupted_ = true;
}

// A heading wrapped over two lines ("**I. MỤC ĐÍCH,\nYÊU CẦU**") keeps
// its whole title.
// The title's first line is the first piece of `unit` (OpenSection,
// TakePendingTitle) and each line it goes on to the next: the line before
// ends where the unit's last piece does, and `seg` is appended to it next.
void OutlineBuilder::ExtendHeading(int unit, const Segment& seg) {
  int node = d_.units[unit].node;
  NodeDraft& info = d_.info[node];
  bool heading = info.rank > 0 && info.title_size > 0 && info.e == d_.units[unit].last.end;
  if (!heading || info.numbered_paragraph || info.title_size > 300) return;
  // "Điều 3. Giải thích từ ngữ" stands on its line; a wrapped one goes on lowercase.
  if (d_.nodes[node].kind == NodeKind::kArticle && !StartsLowercase(Text(seg))) return;
  info.title_size += 1 + TrimMarkup(Text(seg)).size();  // "- 2030 …" keeps its dash
  info.title_unit = unit;
  ++info.title_more;
  info.e = seg.e;
}

// Running text: a wrapped line continues the unit above it; after a page
// break, text that opens the footnote area continues the last footnote if
// that one was cut; a sentence cut by a footnote block, a page break, or a
// blank line before a lowercase word is joined again; else a new paragraph.
void OutlineBuilder::OnText(const Segment& seg, bool next_is_note) {
  if (ContinuesLine(seg)) {
    ExtendHeading(last_, seg);
    Append(last_, seg);
    return;
  }
  std::string_view s = Text(seg);
  if (ZoneKind() == NodeKind::kTitle && title_unit_ >= 0 && IsUppercaseText(s) &&
      !EndsSentence(s)) {
    Append(title_unit_, seg);  // the subject in capitals, below the type word
    return;
  }
  if (seg.break_before && next_is_note && last_note_ >= 0 && !Complete(last_note_)) {
    Append(last_note_, seg);
    interrupted_ = true;
    return;
  }
  bool cut = interrupted_ || seg.break_before || StartsLowercase(s);
  if (body_ >= 0 && cut && !Complete(body_) && JoinsAcrossBreak(body_)) {
    Append(body_, seg);
    interrupted_ = false;
    return;
  }
  StartParagraph(seg, false);
}

// A line right below another continues it, unless the line above ends a
// sentence (footnote bodies excepted) or is a table row.
bool OutlineBuilder::ContinuesLine(const Segment& seg) const {
  bool adjacent = seg.blanks_before == 0 && !seg.break_before;
  return adjacent && last_ >= 0 && !d_.units[last_].table_row &&
         (d_.units[last_].note > 0 || !Complete(last_));
}

// Signer lines and the Nơi nhận list are never joined across a blank line
// or a page break: what follows is a new block (an appendix, a form).
bool OutlineBuilder::JoinsAcrossBreak(int unit) const {
  int parent = d_.nodes[d_.units[unit].node].parent;
  NodeKind k = parent >= 0 ? d_.nodes[parent].kind : NodeKind::kDocument;
  return k != NodeKind::kSignature && k != NodeKind::kRecipients;
}

namespace {

// True iff the text ends in a letter or digit: "giai đoạn 2021", "kinh tế".
bool EndsInWord(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return false;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  return u_isalnum(c);
}

// The Vietnamese order of points (a b c d đ e g h …) or the Latin one.
bool IsNextLetter(std::string_view prev, std::string_view key) {
  static const std::string_view kVietnamese[] = {"a", "b", "c", "d", "đ", "e", "g", "h",
                                                 "i", "k", "l", "m", "n", "o", "p", "q",
                                                 "r", "s", "t", "u", "v", "x", "y"};
  for (size_t i = 0; i + 1 < std::size(kVietnamese); ++i) {
    if (kVietnamese[i] == prev && kVietnamese[i + 1] == key) return true;
  }
  return prev.size() == 1 && key.size() == 1 && key[0] == prev[0] + 1;
}

}  // namespace

// "- 2030, tập trung …" below "… giai đoạn 2026": a range or a compound
// ("kinh tế - xã hội") broken before its dash, not a new bullet.
bool OutlineBuilder::IsWrappedDash(const Segment& seg, const Marker& m) const {
  if (m.depth != 0 || !ContinuesLine(seg) || d_.units[last_].note > 0) return false;
  std::string_view s = Text(seg);
  if (s[0] != '-' && s.substr(0, 3) != "–") return false;
  std::string_view rest = text_.substr(m.body, seg.e - m.body);
  if (rest.empty() || rest.substr(0, 4) == "http" || d_.units[last_].count == 0) return false;
  const Span& above = d_.units[last_].last;
  if (!EndsInWord(text_.substr(above.start, above.size()))) return false;
  return (rest[0] >= '0' && rest[0] <= '9') || StartsLowercase(rest);
}

// "d) khoản 1, Điều 10 …" below an unfinished line, where no point "d"
// can come next: a reference broken before its letter.
bool OutlineBuilder::IsWrappedLetter(const Segment& seg, const Marker& m) const {
  if (!ContinuesLine(seg) || m.key == "a") return false;
  int parent = 0;
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    if (d_.info[*it].rank < 8) {
      parent = *it;
      break;
    }
  }
  return !IsNextLetter(d_.info[parent].last_letter, m.key);
}

}  // namespace lexgraph::outline_internal
