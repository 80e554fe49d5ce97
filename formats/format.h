// What kind of file a byte string is, told by its content, never by its name:
//   "PK\3\4" zip holding word/document.xml  -> DOCX
//   "%PDF-" in the first KiB                 -> PDF
//   "<!DOCTYPE html" / "<html" near the start (only space, a BOM, an XML
//   declaration or comments before it)       -> HTML
//   a zip without word/document.xml          -> kOtherZip (refused)
//   anything else                            -> text (markdown, plain text)
// Pure; thread-safe.
#pragma once

#include <string_view>

namespace lexgraph::formats {

enum class Format { kText, kDocx, kPdf, kHtml, kOtherZip };

Format DetectFormat(std::string_view bytes);

// "text", "docx", "pdf", "html", "zip".
const char* FormatName(Format format);

}  // namespace lexgraph::formats
