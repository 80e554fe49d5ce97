// ToPlainText: any file lexgraph reads, as the plain text the extractors
// read (formats/plain_text.h). The format is told by the bytes
// (formats/format.h), never by the file name: DOCX (formats/docx.h), HTML (formats/html.h), PDF (formats/pdf.h), and
// text (markdown, plain text) passed through unchanged, byte for byte.
// Then text of any format in a legacy Vietnamese encoding (TCVN3, VNI;
// formats/legacy_vietnamese.h) is converted to Unicode and the origins moved
// with it; a text file that is not UTF-8 is read as Windows-1252 for that
// (and left as it is when it is not TCVN3 or VNI).
// Errors are InvalidArgument naming `name` (a corrupt DOCX, a zip that is
// not a Word document); the caller reports them and goes on with its other
// files. Thread-safe.
#pragma once

#include <string>

#include "base/status.h"
#include "formats/plain_text.h"

namespace lexgraph::formats {

Result<PlainText> ToPlainText(std::string bytes, const std::string& name);

}  // namespace lexgraph::formats
