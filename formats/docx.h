// DocxToText: a Word document (.docx, WordprocessingML in a zip) as the
// plain text the extractors read (formats/plain_text.h).
//   - word/document.xml: each paragraph a block; list numbering (w:numPr on
//     the paragraph or its style) written out as its label from
//     word/numbering.xml ("1.", "a)", "-"); tracked deletions, field codes
//     and drawings left out; soft line breaks kept as newlines;
//     superscript runs of digits or "(N)" written "<sup>..</sup>".
//   - text boxes (w:txbxContent, once: the mc:Choice of an
//     mc:AlternateContent, not its mc:Fallback copy) follow the paragraph
//     they are anchored in, their paragraphs as blocks.
//   - footnotes and endnotes (word/footnotes.xml, word/endnotes.xml): the
//     reference mark becomes "<sup>N</sup>", N counted 1, 2, ... in order of
//     reference over both kinds; the bodies follow the document's text at its
//     end, one block "<sup>N</sup> body" each, in number order. The outline
//     attaches each to the paragraph holding its marker.
//   - tables: a table of more than two rows becomes markdown rows
//     "| cell | cell |" (cells' paragraphs joined by a space); a table of one
//     or two rows is a layout table (the issuer / motto header, the Nơi nhận /
//     signature block) and gives its cells' paragraphs as blocks, cell by cell.
//   - headers and footers (page furniture) are skipped.
// Origins: "word/document.xml paragraph K" (K counts every w:p of the part
// from 1, table paragraphs included), "word/document.xml table T",
// "word/footnotes.xml footnote ID", "word/endnotes.xml endnote ID".
// Errors (InvalidArgument, naming `name`): a corrupt zip, a missing
// word/document.xml, malformed XML in it (with the byte offset in the part).
// Thread-safe (no shared state).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "formats/plain_text.h"

namespace lexgraph::formats {

Result<PlainText> DocxToText(std::string_view bytes, const std::string& name);

}  // namespace lexgraph::formats
