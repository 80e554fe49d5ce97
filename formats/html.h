// HtmlToText: a saved web page (a legal text from thuvienphapluat.vn or
// vbpl.vn, or any page) as the plain text the extractors read
// (formats/plain_text.h), read with libxml2's HTML parser.
//   - The document's body without the site's chrome: when the page has a
//     known content container (thuvienphapluat.vn's div.content1 or
//     #divContentDoc, vbpl.vn's #toanvancontent or .fulltext, any
//     <article> or <main>), only that is read; script, style, noscript,
//     template, nav, header, footer, aside, form, button, select, iframe,
//     svg and elements whose id or class names a menu, breadcrumb, sidebar,
//     banner, footer or header are dropped everywhere.
//   - Block elements (p, div, h1-h6, li, blockquote, section, ...) are
//     paragraphs; <br> a line break inside one; white space collapsed.
//     List items: "-" under <ul>, "N." under <ol>. <sup> holding a mark
//     ("1", "(3)", "[2]") is kept as "<sup>..</sup>"; Word-exported
//     footnotes ("[1]" links and their bodies) read as the outline's "[N]".
//   - Tables as in formats/docx.h: three or more rows give "| a | b |"
//     lines, one or two rows (a layout table) their cells as paragraphs.
// Encoding: the <meta> charset when it names another than UTF-8 (e.g.
// windows-1258), converted by libxml2; else the bytes must be UTF-8.
// Origins: "html p[7] in div#toanvancontent": the element and its index
// among the blocks read, and the container.
// Errors (InvalidArgument naming `name`): invalid UTF-8 ("NAME: invalid
// UTF-8 at byte N"), an encoding libxml2 cannot convert, a page with no
// text. Thread-safe (libxml2 is initialised once).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "formats/plain_text.h"

namespace lexgraph::formats {

Result<PlainText> HtmlToText(std::string_view bytes, const std::string& name);

}  // namespace lexgraph::formats
