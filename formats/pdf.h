// PdfToText: a PDF with a text layer as the plain text the extractors read
// (formats/plain_text.h), through poppler's C++ API (libpoppler-cpp).
//   - Words of each page (poppler's text boxes) grouped into lines by their
//     position, lines in top-to-bottom order, words left to right.
//   - Lines into paragraphs: a vertical gap over 1.4 line heights, a line
//     above that ends short of the text block's right edge (by over 12% of
//     its width: a paragraph's last line, a heading) when this line's first
//     word would have fitted there, a line opening with a
//     section label ("2. ", "II- ", "a) ") after one ending a sentence, a bullet
//     ("•", "–" first on the line, written "-") or a footnote body starts a
//     new one, except inside a footnote body (which runs to the next body);
//     a line ending in "-" before a lowercase word, a digit, a Latin-1
//     letter (a TCVN3 or VNI word cut at its ư) or a code's tail ("217-" +
//     "QĐ/TW") is joined without a space ("2020-" + "2025"), others with one.
//   - Superscripts (digits in a font under 0.8 of the page's body size): a
//     marker "<sup>N</sup>" inside a line; the first word of a line, a
//     footnote body "<sup>N</sup> ..." (the page-bottom notes).
//   - Page furniture removed: lines of digits alone ("3", "- 3 -",
//     "Trang 3") first or last on a page, and first or last lines repeated on
//     at least 3 pages and half of them (digits ignored): running heads.
//   - Pages joined by "---" page breaks, which the outline reads across
//     (a paragraph or footnote cut by the break is joined again).
// Origins: "page N" (from 1) for each paragraph.
// Errors (InvalidArgument naming `name`): "NAME: corrupt PDF: poppler
// cannot read it", "NAME: encrypted PDF", "NAME: scanned PDF, no text
// layer" (pages without any text). Legacy Vietnamese encodings (TCVN3,
// VNI) are converted after this, by ToPlainText (formats/convert.h).
// Thread-safe: each call has its own document.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "formats/plain_text.h"

namespace lexgraph::formats {

Result<PlainText> PdfToText(std::string_view bytes, const std::string& name);

}  // namespace lexgraph::formats
