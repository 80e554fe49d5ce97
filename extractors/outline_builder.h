// Internal to the outline: reads segments in text order and keeps the tree
// open at the current section, deciding for each segment whether it opens a
// node, continues the paragraph or footnote it belongs to, or starts a new
// paragraph. Paths, footnote attachment, tasks and spans are settled after
// the last segment by FinishOutline (outline_finish.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/mapped_text.h"
#include "extractors/outline.h"
#include "extractors/outline_lines.h"
#include "extractors/outline_marker.h"

namespace lexgraph::outline_internal {

// A text unit before its section and task are known. Its pieces are in
// Draft::pieces; the unit keeps its first and last and their count.
struct UnitDraft {
  Span first, last;  // its first and last piece (when count > 0)
  int count = 0;     // how many pieces it has
  int node = 0;
  int note = 0;             // footnote number; 0 for body text
  bool paren_note = false;  // a "(N)" note: its markers are "(N)" in the text
  int fallback = 0;         // for notes: the node to attach to when no marker is found
  bool table_row = false;   // never continued by the next line
};

// What the builder keeps of a node besides the OutlineNode itself (kind,
// label, title, parent and footnote filled; its path comes last).
struct NodeDraft {
  std::string key;      // path key: "P2", "II", "3", "D5", "K1", "a", "PL1", "header"
  size_t b = 0, e = 0;  // the heading or first line, in the normalized text
  size_t title_size = 0;  // bytes of the node's title as spelled (NodeTitle)
  // A heading wrapped over lines: its title goes on over pieces 1 to
  // title_more of unit title_unit (FinishOutline makes them NodeText::more).
  int title_unit = -1;
  int title_more = 0;
  int rank = 0;         // sections only: a new section closes open ones of equal or lower rank
  bool numbered_paragraph = false;  // "1. Ban thường vụ … ." : a sentence, not a heading
  std::string last_letter;          // key of the last letter section opened under this node
};

// What the segments after the current one say about it.
struct Lookahead {
  bool note = false;         // the next segment starts a footnote body
  bool issued_with = false;  // a "(Ban hành) kèm theo …" line follows the title lines
};

// One piece of a unit's text, in the order the builder read it.
struct PieceDraft {
  Span span;  // byte range of the normalized text
  int unit;   // index into Draft::units
};

struct Draft {
  // nodes[0] is the root; they become the Outline's nodes as they stand (a
  // move of the vector, not of each node). info[i] belongs to nodes[i].
  std::vector<OutlineNode> nodes;
  std::vector<NodeDraft> info;
  std::vector<UnitDraft> units;
  // All units' pieces in the order they were read (a unit continued after a
  // footnote block has its pieces apart): FinishOutline groups them by unit.
  std::vector<PieceDraft> pieces;
};

class OutlineBuilder {
 public:
  // `segments`: how many segments will be added (to size the drafts).
  OutlineBuilder(std::string_view text, size_t segments);
  void Add(const Segment& seg, const Marker& m, const Lookahead& next);
  Draft Finish() && { return std::move(d_); }

 private:
  int NewNode(NodeKind kind, int parent, std::string key);
  int NewUnit(int node, const Segment& seg, size_t from);
  void Append(int unit, const Segment& seg);
  void AddPiece(int unit, Span piece);
  bool Complete(int unit) const;
  std::string_view Text(const Segment& seg) const;
  // Where `part`, a view into the text, stands in it.
  Span RangeOf(std::string_view part) const;
  // The label written in [b, e) of the text, without its markup.
  NodeText LabelOf(size_t b, size_t e) const;
  // Sets the title of `node` to `title`, a view into the text, spelled `how`.
  void SetTitle(int node, std::string_view title, Spelling how);

  void OpenSection(const Segment& seg, const Marker& m);
  void OpenAppendix(const Segment& seg, const Marker& m, std::string key);
  void OpenZone(NodeKind kind, const char* key);
  void StartNote(const Segment& seg, const Marker& m);
  void StartItem(const Segment& seg, const Marker& m);
  void StartParagraph(const Segment& seg, bool table_row);
  void OnTitle(const Segment& seg, const Marker& m, bool issued_with);
  void OnText(const Segment& seg, bool next_is_note);
  void ExtendHeading(int unit, const Segment& seg);
  bool TakePendingTitle(const Segment& seg, const Marker& m);
  bool InNotes(const Marker& m) const;
  NodeKind ZoneKind() const;
  bool SignatureAllowed() const;
  bool ContinuesLine(const Segment& seg) const;
  bool IsWrappedDash(const Segment& seg, const Marker& m) const;
  bool IsWrappedLetter(const Segment& seg, const Marker& m) const;
  bool JoinsAcrossBreak(int unit) const;
  bool TrackQuote(const Segment& seg, const Marker& m);
  bool LastUnitEndsWith(char c) const;
  // The node new paragraphs and items go under; `item`: for a bullet.
  int Container(const Segment& seg, bool item = false);
  void StartSignerLine(const Segment& seg);
  int Top() const { return stack_.empty() ? 0 : stack_.back(); }
  bool UnderArticle() const;
  void SetBody(int unit) { body_ = unit, interrupted_ = false; }

  std::string_view text_;
  Draft d_;
  std::vector<int> stack_;    // open sections, outermost first
  int zone_ = -1;             // open header/title/preamble/signature/recipients node
  int recipients_ = -1;       // the last Nơi nhận node, for bullets after the signature
  int pending_title_ = -1;    // a section whose title is on the next heading line
  int title_unit_ = -1;       // the unit of the document's title and subject lines
  int quote_base_ = -1;       // in a quoted amendment: the stack size its sections nest above
  int quote_depth_ = 0;       // 1 while the quotation is open (quote marks seen, mod 2)
  int body_ = -1;             // the body unit a cut sentence continues
  int last_ = -1;             // the unit of the previous segment
  int last_note_ = -1;        // the last footnote unit
  int last_item_ = -1;        // the last "-" item, parent of a "+"
  bool interrupted_ = false;  // a footnote block came after `body_`
  bool header_done_ = false;  // the header zone can no longer open
  // The previous segment when it was running text, else empty: InNotes asks
  // whether it was "Ghi chú:" or the like (read then, as few segments ask).
  std::string_view cue_;
  bool amended_by_ = false;   // "… được sửa đổi, bổ sung bởi:": "1." lists the amending texts
  int titles_ = 0, attachments_ = 0, appendices_ = 0;
};

// Paths, footnote attachment, tasks, spans, the units' pieces and the titles
// of wrapped headings.
Outline FinishOutline(const MappedText& norm, Draft draft);

}  // namespace lexgraph::outline_internal
