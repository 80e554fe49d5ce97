#include "formats/convert.h"

#include "formats/docx.h"
#include "formats/format.h"
#include "formats/html.h"
#include "formats/pdf.h"

namespace lexgraph::formats {

Result<PlainText> ToPlainText(std::string bytes, const std::string& name) {
  switch (DetectFormat(bytes)) {
    case Format::kDocx:
      return DocxToText(bytes, name);
    case Format::kOtherZip:
      return Status::InvalidArgument(name + ": a zip archive that is not a Word document (no "
                                            "word/document.xml)");
    case Format::kHtml:
      return HtmlToText(bytes, name);
    case Format::kPdf:
      return PdfToText(bytes, name);
    case Format::kText:
      break;
  }
  PlainText plain;
  plain.text = std::move(bytes);
  return plain;
}

}  // namespace lexgraph::formats
