#include "formats/convert.h"

#include <optional>
#include <utility>
#include <vector>

#include "formats/docx.h"
#include "formats/format.h"
#include "formats/html.h"
#include "formats/legacy_vietnamese.h"
#include "formats/pdf.h"
#include "base/utf8.h"

namespace lexgraph::formats {
namespace {

// Text in `encoding` (TCVN3, VNI) rewritten in Unicode, the origins moved to
// the new offsets; kNone leaves it as it is.
void ConvertLegacy(PlainText& plain, LegacyEncoding encoding) {
  if (encoding == LegacyEncoding::kNone) return;
  std::vector<size_t> moved;
  plain.text = ConvertLegacyVietnamese(plain.text, encoding, &moved);
  for (OriginRun& run : plain.origins) {
    run.start = moved[run.start];
    run.end = moved[run.end];
  }
  plain.legacy_encoding = encoding;
}

}  // namespace

Result<PlainText> ToPlainText(std::string bytes, const std::string& name) {
  Result<PlainText> converted = Status::InvalidArgument(name);
  std::optional<LegacyEncoding> legacy;  // set when a text file's bytes were already judged
  switch (DetectFormat(bytes)) {
    case Format::kDocx:
      converted = DocxToText(bytes, name);
      break;
    case Format::kOtherZip:
      return Status::InvalidArgument(name + ": a zip archive that is not a Word document (no "
                                            "word/document.xml)");
    case Format::kHtml:
      converted = HtmlToText(bytes, name);
      break;
    case Format::kPdf:
      converted = PdfToText(bytes, name);
      break;
    case Format::kText: {
      PlainText plain;
      if (FirstInvalidUtf8(bytes) != std::string::npos) {
        // Not UTF-8: a TCVN3 or VNI file is read in Windows-1252, its code
        // page; anything else stays as it is (and is refused downstream).
        std::string decoded = Windows1252ToUtf8(bytes);
        legacy = DetectLegacyVietnamese(decoded);
        if (*legacy == LegacyEncoding::kNone) {
          plain.text = std::move(bytes);
          return plain;
        }
        plain.text = std::move(decoded);
      } else {
        plain.text = std::move(bytes);
      }
      converted = std::move(plain);
      break;
    }
  }
  if (converted.ok()) ConvertLegacy(*converted, legacy ? *legacy : DetectLegacyVietnamese(converted->text));
  return converted;
}

}  // namespace lexgraph::formats
