// OutlineBuilder: the nodes that open a section, an appendix or a title.
#include "extractors/outline_builder.h"

namespace lexgraph::outline_internal {
namespace {

using Kind = MarkerKind;

struct SectionKind {
  NodeKind kind;
  std::string key;
  int rank;  // Phần 1, Chương 2, Mục 3, Điều and Roman 4, arabic 5-7, letter 8
};

std::string LastComponent(const std::string& dotted) {
  size_t dot = dotted.rfind('.');
  return dot == std::string::npos ? dotted : dotted.substr(dot + 1);
}

}  // namespace

void OutlineBuilder::OpenSection(const Segment& seg, const Marker& m) {
  SectionKind k{NodeKind::kArabic, m.key, 4 + std::min(m.depth, 3)};
  switch (m.kind) {
    case Kind::kPart:
      k = {NodeKind::kPart, "P" + m.key, 1};
      break;
    case Kind::kChapter:
      k = {NodeKind::kChapter, "C" + m.key, 2};
      break;
    case Kind::kSubchapter:
      k = {NodeKind::kSubchapter, "M" + m.key, 3};
      break;
    case Kind::kArticle:
      k = {NodeKind::kArticle, "D" + m.key, 4};
      break;
    case Kind::kRoman:
      k = {NodeKind::kRoman, m.key, 4};
      break;
    case Kind::kLetter:
      k = {NodeKind::kLetter, m.key, 8};
      break;
    default:
      if (m.depth == 1 && UnderArticle()) k = {NodeKind::kClause, "K" + m.key, 5};
      break;
  }
  size_t floor = quote_base_ >= 0 ? static_cast<size_t>(quote_base_) : 0;
  while (stack_.size() > floor && d_.info[stack_.back()].rank >= k.rank) stack_.pop_back();
  if (m.kind == Kind::kLetter) d_.info[Top()].last_letter = m.key;
  NodeKind top = d_.nodes[Top()].kind;
  if (k.kind == NodeKind::kLetter && top == NodeKind::kClause) k.kind = NodeKind::kPoint;
  if (k.kind == NodeKind::kArabic && m.depth > 1 && top == NodeKind::kArabic) {
    k.key = LastComponent(m.key);
  }
  int node = NewNode(k.kind, Top(), k.key);
  OutlineNode& n = d_.nodes[node];
  NodeDraft& info = d_.info[node];
  info.rank = k.rank;
  info.b = seg.b;
  info.e = seg.e;
  n.label = LabelOf(seg.b, m.body);
  std::string_view title = TitleAfterLabel(text_.substr(m.body, seg.e - m.body));
  // "MỤC** TIÊU": emphasis inside a heading (asked first: a find is a fast
  // scan). Only such a title is spelled here, to read its end.
  bool stars = title.find('*') != std::string_view::npos;
  std::string spelled;
  if (stars) AppendSpelled(title, Spelling::kNoStars, spelled);
  std::string_view as_read = stars ? std::string_view(spelled) : title;
  SetTitle(node, title, stars ? Spelling::kNoStars : Spelling::kAsIs);
  bool numbered = k.kind == NodeKind::kArabic || k.kind == NodeKind::kLetter;
  info.numbered_paragraph = numbered && (EndsSentence(as_read) || as_read.size() > 200);
  stack_.push_back(node);
  zone_ = -1;
  recipients_ = -1;
  header_done_ = true;
  if (as_read.empty()) pending_title_ = node;
  SetBody(NewUnit(node, seg, m.body));
}

void OutlineBuilder::OpenAppendix(const Segment& seg, const Marker& m, std::string key) {
  stack_.clear();
  int node = NewNode(NodeKind::kAppendix, 0, std::move(key));
  OutlineNode& n = d_.nodes[node];
  d_.info[node].b = seg.b;
  d_.info[node].e = seg.e;
  bool titled_by_type = m.kind == Kind::kTitle;  // "KẾ HOẠCH …" issued with the document
  n.label = LabelOf(seg.b, titled_by_type ? seg.e : m.body);
  if (titled_by_type) {
    SetTitle(node, text_.substr(n.label.line.start, n.label.line.size()), Spelling::kLabel);
  } else {
    SetTitle(node, TitleAfterLabel(text_.substr(m.body, seg.e - m.body)), Spelling::kAsIs);
  }
  stack_.push_back(node);
  zone_ = -1;
  recipients_ = -1;
  header_done_ = true;
  if (d_.info[node].title_size == 0) pending_title_ = node;
  SetBody(NewUnit(node, seg, titled_by_type ? seg.b : m.body));
}

// The first type-word line is the document's title; one after the signature,
// or followed by "(Ban hành kèm theo …)", starts a text issued with the
// document; anywhere else it is running text.
void OutlineBuilder::OnTitle(const Segment& seg, const Marker& m, bool issued_with) {
  NodeKind zone = ZoneKind();
  if (titles_ == 0 && stack_.empty()) {
    ++titles_;
    OpenZone(NodeKind::kTitle, "title");
    SetTitle(zone_, TrimMarkup(Text(seg)), Spelling::kAsIs);
    title_unit_ = NewUnit(zone_, seg, seg.b);
    SetBody(title_unit_);
  } else if (zone == NodeKind::kSignature || zone == NodeKind::kRecipients || issued_with) {
    OpenAppendix(seg, m, "A" + std::to_string(++attachments_));
  } else {
    OnText(seg, false);
  }
}

}  // namespace lexgraph::outline_internal
