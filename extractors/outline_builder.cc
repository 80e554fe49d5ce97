#include "extractors/outline_builder.h"

#include <algorithm>
#include <initializer_list>

namespace lexgraph::outline_internal {
namespace {

using Kind = MarkerKind;

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s.substr(0, w.size()) == w) return true;
  }
  return false;
}

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// The lines above a title: the issuing body, "Số: …", the national motto,
// "Hà Nội, ngày … tháng … năm …".
bool HeaderLike(std::string_view s) {
  if (s.size() > 200) return false;
  if (IsUppercaseText(s) || StartsWithAny(s, {"Số:", "Số ", "Độc lập", "V/v", "Về việc"})) {
    return true;
  }
  return s.find("ngày") != std::string_view::npos;
}

bool IsNotesCue(std::string_view s) {
  if (s.size() > 200) return false;
  for (std::string_view w : {"Ghi chú", "GHI CHÚ", "Chú thích", "Hướng dẫn", "Lưu ý"}) {
    if (s.substr(0, w.size()) == w) return true;
    if (s.size() < 300 && s.find(w) != std::string_view::npos && EndsSentence(s)) return true;
  }
  return false;
}

// A signature inside an appendix (a form's "GIÁM ĐỐC") ends at the first
// line that is not a signer's: the appendix goes on.
bool SignerLike(std::string_view s) { return s.size() <= 80 && !EndsSentence(s); }

}  // namespace

OutlineBuilder::OutlineBuilder(std::string_view text, size_t segments) : text_(text) {
  d_.nodes.reserve(segments + 1);
  d_.info.reserve(segments + 1);
  d_.units.reserve(segments);
  d_.pieces.reserve(segments);
  NewNode(NodeKind::kDocument, -1, "");
}

std::string_view OutlineBuilder::Text(const Segment& seg) const {
  return text_.substr(seg.b, seg.e - seg.b);
}

Span OutlineBuilder::RangeOf(std::string_view part) const {
  size_t b = static_cast<size_t>(part.data() - text_.data());
  return {b, b + part.size()};
}

NodeText OutlineBuilder::LabelOf(size_t b, size_t e) const {
  return {RangeOf(TrimMarkup(text_.substr(b, e - b))), Spelling::kLabel, {}};
}

void OutlineBuilder::SetTitle(int node, std::string_view title, Spelling how) {
  d_.nodes[node].title = {RangeOf(title), how, {}};
  d_.info[node].title_size = SpelledSize(title, how);
}

int OutlineBuilder::NewNode(NodeKind kind, int parent, std::string key) {
  OutlineNode& n = d_.nodes.emplace_back();  // built in place: a node is large
  n.kind = kind;
  n.parent = parent;
  d_.info.emplace_back().key = std::move(key);
  return static_cast<int>(d_.nodes.size()) - 1;
}

int OutlineBuilder::NewUnit(int node, const Segment& seg, size_t from) {
  UnitDraft& u = d_.units.emplace_back();
  u.node = node;
  last_ = static_cast<int>(d_.units.size()) - 1;
  if (from < seg.e) AddPiece(last_, {from, seg.e});
  return last_;
}

void OutlineBuilder::Append(int unit, const Segment& seg) {
  AddPiece(unit, {seg.b, seg.e});
  last_ = unit;
}

void OutlineBuilder::AddPiece(int unit, Span piece) {
  UnitDraft& u = d_.units[unit];
  if (u.count++ == 0) u.first = piece;
  u.last = piece;
  d_.pieces.push_back({piece, unit});
}

bool OutlineBuilder::Complete(int unit) const {
  const UnitDraft& u = d_.units[unit];
  if (u.count == 0) return false;
  return EndsSentence(text_.substr(u.last.start, u.last.size()));
}

bool OutlineBuilder::UnderArticle() const {
  return std::any_of(stack_.begin(), stack_.end(),
                     [&](int n) { return d_.nodes[n].kind == NodeKind::kArticle; });
}

void OutlineBuilder::Add(const Segment& seg, const Marker& m, const Lookahead& next) {
  if (pending_title_ >= 0 && TakePendingTitle(seg, m)) return;
  pending_title_ = -1;
  bool next_is_note = next.note;
  if ((m.quoted || quote_base_ >= 0) && !TrackQuote(seg, m)) {
    OnText(seg, next_is_note);  // a quotation in running text: its label is no label
    return;
  }
  switch (m.kind) {
    case Kind::kFootnote:
      StartNote(seg, m);
      break;
    case Kind::kParenNumber:
      InNotes(m) ? StartNote(seg, m) : StartItem(seg, m);
      break;
    case Kind::kPart:
    case Kind::kChapter:
    case Kind::kSubchapter:
    case Kind::kArticle:
    case Kind::kRoman:
      OpenSection(seg, m);
      break;
    case Kind::kArabic:
      // A consolidated text opens with the list of the texts that amended it.
      amended_by_ && stack_.empty() ? StartItem(seg, m) : OpenSection(seg, m);
      break;
    case Kind::kLetter:
      IsWrappedLetter(seg, m) ? OnText(seg, next_is_note) : OpenSection(seg, m);
      break;
    case Kind::kAppendix:
      OpenAppendix(seg, m, "PL" + (m.key.empty() ? std::to_string(appendices_ + 1) : m.key));
      ++appendices_;
      break;
    case Kind::kBullet:
      IsWrappedDash(seg, m) ? OnText(seg, next_is_note) : StartItem(seg, m);
      break;
    case Kind::kTableRow:
      StartParagraph(seg, true);
      break;
    case Kind::kRecipients:
      OpenZone(NodeKind::kRecipients, "recipients");
      recipients_ = zone_;
      // Its label is "Nơi nhận" whatever the spelling (NodeLabel).
      NewUnit(zone_, seg, seg.b);
      body_ = -1;
      break;
    case Kind::kSignature:
      if (!SignatureAllowed()) {
        // The issuing authority under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN
        // TỈNH") or a title line that names a signer ("… CỦA / THỦ TƯỚNG …").
        bool own_line = ZoneKind() == NodeKind::kTitle && !ContinuesLine(seg);
        own_line ? StartParagraph(seg, false) : OnText(seg, next_is_note);
        break;
      }
      StartSignerLine(seg);
      break;
    case Kind::kTitle:
      OnTitle(seg, m, next.issued_with);
      break;
    case Kind::kText:
      OnText(seg, next_is_note);
      break;
  }
  cue_ = m.kind == Kind::kText ? Text(seg) : std::string_view();
  if (stack_.empty() && EndsWith(TrimMarkup(Text(seg)), "bởi:")) amended_by_ = true;
  if (quote_base_ >= 0 && quote_depth_ <= 0) {
    stack_.resize(std::min(stack_.size(), static_cast<size_t>(quote_base_)));
    quote_base_ = -1;
  }
}

namespace {

bool IsAmending(std::string_view body) {
  return StartsWithAny(body, {"Sửa đổi", "Bổ sung", "Bãi bỏ", "Thay thế", "Thay cụm từ"});
}

bool EndsQuotation(MarkerKind k) {
  return k == Kind::kPart || k == Kind::kChapter || k == Kind::kAppendix ||
         k == Kind::kRecipients || k == Kind::kSignature || k == Kind::kTitle;
}

// The quote marks in `s`: an odd count opens or closes a quotation.
int QuoteMarks(std::string_view s) { return static_cast<int>(std::count(s.begin(), s.end(), '"')); }

}  // namespace

// An amendment quotes the new text after "… như sau:"; the provisions in the
// quotation ("“Điều 3. …", "1. …") nest under the provision that quotes them
// until the quotation closes, or a Chương, Phần, Phụ lục or Nơi nhận comes.
// Returns false iff `m` is a quoted label outside such a quotation.
bool OutlineBuilder::TrackQuote(const Segment& seg, const Marker& m) {
  // A quotation left open by the source ends at the next amending provision
  // ("3. Sửa đổi, bổ sung Điều 7 …") or at a new quoted provision.
  std::string_view body = text_.substr(m.body, seg.e - m.body);
  bool closes = m.quoted ? m.kind != Kind::kText
                         : EndsQuotation(m.kind) ||
                               (m.kind == Kind::kArabic && IsAmending(body));
  if (quote_base_ >= 0 && closes) {
    stack_.resize(std::min(stack_.size(), static_cast<size_t>(quote_base_)));
    quote_base_ = -1;
    if (!m.quoted) return true;
  }
  if (quote_base_ < 0) {
    if (!m.quoted || stack_.empty() || !LastUnitEndsWith(':')) return false;
    quote_base_ = static_cast<int>(stack_.size());
    quote_depth_ = 0;
  }
  quote_depth_ = (quote_depth_ + QuoteMarks(Text(seg))) % 2;
  return true;
}

bool OutlineBuilder::LastUnitEndsWith(char c) const {
  if (last_ < 0 || d_.units[last_].count == 0) return false;
  const Span& p = d_.units[last_].last;
  std::string_view above = TrimMarkup(text_.substr(p.start, p.size()));
  return !above.empty() && above.back() == c;
}

bool OutlineBuilder::TakePendingTitle(const Segment& seg, const Marker& m) {
  if ((m.kind != Kind::kText && m.kind != Kind::kTitle) || !LooksLikeHeading(text_, seg, m)) {
    return false;
  }
  int node = pending_title_;
  pending_title_ = -1;
  SetTitle(node, TitleAfterLabel(Text(seg)), Spelling::kAsIs);
  d_.info[node].e = seg.e;
  SetBody(NewUnit(node, seg, seg.b));
  return true;
}

bool OutlineBuilder::InNotes(const Marker&) const {
  if (last_ >= 0 && d_.units[last_].note > 0) return true;
  return IsNotesCue(cue_) || (zone_ >= 0 && d_.nodes[zone_].kind == NodeKind::kSignature);
}

NodeKind OutlineBuilder::ZoneKind() const {
  return zone_ >= 0 ? d_.nodes[zone_].kind : NodeKind::kDocument;
}

// A signature comes after the body: never in the header or the title, nor
// before anything but a header has been read.
bool OutlineBuilder::SignatureAllowed() const {
  NodeKind zone = ZoneKind();
  if (zone == NodeKind::kHeader || zone == NodeKind::kTitle) return false;
  return titles_ > 0 || !stack_.empty() || zone != NodeKind::kDocument;
}

void OutlineBuilder::OpenZone(NodeKind kind, const char* key) {
  zone_ = NewNode(kind, 0, key);
  if (kind != NodeKind::kHeader) header_done_ = true;
}

int OutlineBuilder::Container(const Segment& seg, bool item) {
  NodeKind zone = ZoneKind();
  if (zone == NodeKind::kTitle) OpenZone(NodeKind::kPreamble, "preamble");
  bool in_appendix = !stack_.empty() && d_.nodes[stack_[0]].kind == NodeKind::kAppendix;
  if (zone == NodeKind::kSignature && in_appendix && (item || !SignerLike(Text(seg)))) zone_ = -1;
  if (zone == NodeKind::kHeader && !HeaderLike(Text(seg))) {
    header_done_ = true;
    zone_ = -1;
  }
  if (zone_ >= 0) return zone_;
  if (!stack_.empty()) return stack_.back();
  if (!header_done_ && HeaderLike(Text(seg))) {
    OpenZone(NodeKind::kHeader, "header");
  } else {
    OpenZone(NodeKind::kPreamble, "preamble");
  }
  return zone_;
}

}  // namespace lexgraph::outline_internal
