// BuildOutline: the structure of a document read from its own numbering
// (Phần / I- / 1. / a) / bullets for reports; Phần / Chương / Mục / Điều /
// khoản / điểm for State legal texts), never from markdown heading levels.
// It also cuts the text into units for the citation extractor: one unit per
// paragraph, item or heading (rejoined across footnote blocks and page breaks,
// footnote bodies lifted out) and one per footnote body (rejoined across page
// breaks). Path scheme: docs/outline.md.
//
// A pure function of its input; the result owns its data and may be shared.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/mapped_text.h"

namespace lexgraph {

enum class NodeKind {
  kDocument,    // the root
  kHeader,      // issuer, "Số: ...", national motto, place and date
  kTitle,       // "BÁO CÁO ...", "NGHỊ ĐỊNH ...": the type word and its subject
  kPreamble,    // "Căn cứ ...", "Theo đề nghị ...", text before the first section
  kPart,        // Phần thứ nhất / Phần I
  kChapter,     // Chương II
  kSubchapter,  // Mục 1 (of a Chương)
  kArticle,     // Điều 5.
  kClause,      // khoản: "1." under an Điều
  kPoint,       // điểm: "a)" under a khoản
  kRoman,       // I-, II.
  kArabic,      // 1., 1.2.
  kLetter,      // a) outside an Điều
  kItem,        // a bullet "-", "+", "•", "*" or "(1)" item
  kParagraph,   // running text
  kFootnote,    // a footnote body, child of the paragraph holding its marker
  kAppendix,    // Phụ lục, or a text issued with the document ("ban hành kèm theo")
  kSignature,   // T/M, KT., the signer's title and name
  kRecipients,  // Nơi nhận
};
const char* NodeKindName(NodeKind kind);  // "part", "article", ...

// How a label or a title is spelled from its bytes of the normalized text.
enum class Spelling : unsigned char {
  kAsIs,     // the bytes as they stand
  kNoStars,  // '*' dropped: emphasis inside a heading ("MỤC** TIÊU")
  kLabel,    // '*', '\\' and '"' dropped: a label without its markup ("**1**." -> "1.")
};

// A node's label or title where it stands in the normalized text, not a copy
// (NodeLabel and NodeTitle spell it): its bytes on the heading's line, markup
// at their ends already cut off, and for the title of a heading wrapped over
// several lines, the lines it goes on to.
struct NodeText {
  Span line;  // bytes of the normalized text; empty for none
  Spelling spelling = Spelling::kAsIs;
  // Title only: the next pieces of the heading's unit, each joined by one
  // space without the markup at its ends. A view into Outline::pieces.
  std::span<const Span> more;
};

struct OutlineNode {
  NodeKind kind = NodeKind::kParagraph;
  // Sections: "P2/II/6", "C2/D5/K1/a". Items: section path + "#k" (k from 1
  // in text order within the section; "#2.1" for a "+" under item 2).
  // Paragraphs: the path of their section. Footnotes: marker's section + "^N".
  std::string path;
  NodeText label;  // the numbering as written: "Phần thứ hai", "II-", "Điều 5.", "-"
  NodeText title;  // heading text after the label, markup dropped
  Span span;       // bytes of the original file; a section covers its subtree
  int parent = -1;    // index into Outline::nodes; -1 for the root
  std::vector<int> children;
  std::optional<int> footnote;  // for kFootnote: its number
  std::string task_id;          // non-empty iff the node is a task of a programme or plan
};

// A piece of logical text: one paragraph, item, heading or footnote body.
// It holds where its text lies, not a copy: UnitText() builds the text.
struct TextUnit {
  // Byte ranges of the normalized text, in order: a view into the array of
  // the Outline that holds the unit (Outline::pieces), valid as long as it.
  std::span<const Span> pieces;
  // The path of the section it stands in ("" before any) and the task it
  // belongs to ("" for none): views of those nodes' strings in the same
  // Outline (its nodes are not changed after it is built), not copies.
  std::string_view section;
  std::optional<int> footnote;  // set iff the unit is a footnote body
  std::string_view task_id;
  int node = 0;                 // the node the unit belongs to
};

// Move-only: the units and the nodes' titles view its `pieces`, the units its
// nodes' paths (a move keeps them where they are, a copy would not).
struct Outline {
  std::vector<OutlineNode> nodes;  // nodes[0] is the document root
  std::vector<TextUnit> units;     // in text order of their first byte
  std::vector<int> tasks;          // node indexes of the tasks, in text order
  std::vector<Span> pieces;        // all units' pieces, unit after unit (one array, not one each)

  Outline() = default;
  Outline(Outline&&) = default;
  Outline& operator=(Outline&&) = default;
  Outline(const Outline&) = delete;
  Outline& operator=(const Outline&) = delete;
};

// The deepest a node can stand below the root (docs/limits.md). Not a check
// on input: sections nest by rank (Phần, Chương, Mục, Điều or Roman, arabic
// 1. to 1.2.3., letter), a marker of a rank already open closes it, an
// amendment's quotation nests one more such ladder, items nest two deep, and
// footnotes hang under a paragraph: no input goes deeper (tests and the fuzz
// target of the outline check it).
inline constexpr int kMaxOutlineDepth = 16;

// REQUIRES: `norm` comes from Normalize() (or MappedText::Identity for
// tests): lines and markup kept.
Outline BuildOutline(const MappedText& norm);

// The outline of a document read without its structure: the root alone and
// one unit holding the whole text, outside any section. Extraction over it is
// "extraction alone" (`lexgraph extract --no-outline`): the same citations,
// without section and footnote, and a citation cut by a footnote block or a
// page break stays cut. REQUIRES: as BuildOutline.
Outline FlatOutline(const MappedText& norm);

// The label and the title of `node` as written ("" for none): "Nơi nhận" for
// the Nơi nhận list, else spelled from its NodeText. REQUIRES: `norm` is the
// text the node's outline was built from. Allocates: for output, not for a
// scan over every node.
std::string NodeLabel(const MappedText& norm, const OutlineNode& node);
std::string NodeTitle(const MappedText& norm, const OutlineNode& node);
// The title of `node` without a copy when it is one line spelled as it
// stands (most are); else spelled into `scratch`. The view lives as long as
// `norm` and `scratch`. REQUIRES: as NodeTitle.
std::string_view NodeTitleView(const MappedText& norm, const OutlineNode& node,
                               std::string& scratch);

// The text of `unit`: its pieces joined by one space each (the space stands
// for the blank between them, or for nothing across a cut), mapped into the
// original. REQUIRES: `norm` is the text the outline was built from.
MappedText UnitText(const MappedText& norm, const TextUnit& unit);
// Appends that same text to `b`, for callers that join many units.
void AppendUnitText(const MappedText& norm, std::span<const Span> pieces, MappedTextBuilder& b);

}  // namespace lexgraph
