// PlainText: what a file of any format gives the extractors. `text` is the
// markdown-like text they already read: one paragraph per line, a blank line
// between paragraphs, list numbering written out ("1.", "a)", "-"), footnote
// markers as "<sup>N</sup>" and footnote bodies as lines "<sup>N</sup> body",
// table rows as "| cell | cell |". Every byte offset the extractors report
// for a converted file is an offset into `text`, not into the file.
//
// `origins` says where each run of `text` came from in the file, for
// evidence: the DOCX part and paragraph, the PDF page, the HTML element.
// For a text file `text` is the file itself and `origins` is empty.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "formats/format.h"
#include "formats/legacy_vietnamese.h"

namespace lexgraph::formats {

struct OriginRun {
  size_t start = 0;  // [start, end) of PlainText::text
  size_t end = 0;
  // "word/document.xml paragraph 12", "word/footnotes.xml footnote 3",
  // "page 4", "html p[7] in div#noidung".
  std::string where;
};

struct PlainText {
  Format format = Format::kText;
  std::string text;
  std::vector<OriginRun> origins;  // sorted by start, not overlapping
  // The legacy Vietnamese encoding `text` was converted from (TCVN3, VNI;
  // formats/legacy_vietnamese.h), kNone when it was Unicode already.
  LegacyEncoding legacy_encoding = LegacyEncoding::kNone;
};

// The run holding text offset `offset`, or nullptr (a text file, or a
// separator that came from nowhere).
const OriginRun* OriginAt(const PlainText& plain, size_t offset);

// Builds a PlainText block by block. Not thread-safe; one per conversion.
class PlainTextBuilder {
 public:
  explicit PlainTextBuilder(Format format) { out_.format = format; }

  // Appends one block (a paragraph, a heading, a table row, a footnote body)
  // as its own paragraph: a blank line before it unless it is the first.
  // Empty or all-space blocks are dropped. Inner line breaks are kept.
  void AddBlock(std::string_view block, std::string where);

  // Appends a page break ("---" on its own line).
  void AddPageBreak();

  size_t size() const { return out_.text.size(); }
  // The text, ending with a newline when not empty.
  PlainText Finish() &&;

 private:
  PlainText out_;
};

// True when `s` holds nothing but ASCII white space and no-break spaces.
bool IsBlank(std::string_view s);

}  // namespace lexgraph::formats
