#include <algorithm>
#include <cctype>

#include "formats/format.h"

namespace lexgraph::formats {
namespace {

constexpr size_t kHeadBytes = 1024;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// After a BOM, white space, an XML declaration and comments, does the text
// open an HTML document?
bool LooksLikeHtml(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  for (;;) {
    size_t i = 0;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    head.remove_prefix(i);
    if (head.substr(0, 2) == "<?" || head.substr(0, 4) == "<!--") {
      const std::string_view close = head[1] == '?' ? "?>" : "-->";
      const size_t end = head.find(close);
      if (end == std::string_view::npos) return false;
      head.remove_prefix(end + close.size());
      continue;
    }
    return StartsWithNoCase(head, "<!doctype html") || StartsWithNoCase(head, "<html");
  }
}

}  // namespace

Format DetectFormat(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kHeadBytes);
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    // Entry names stand in clear in the local headers and the central
    // directory; a Word document has its main part under this name.
    return bytes.find("word/document.xml") != std::string_view::npos ? Format::kDocx
                                                                      : Format::kOtherZip;
  }
  if (head.find("%PDF-") != std::string_view::npos) return Format::kPdf;
  if (LooksLikeHtml(head)) return Format::kHtml;
  return Format::kText;
}

const char* FormatName(Format format) {
  switch (format) {
    case Format::kText: return "text";
    case Format::kDocx: return "docx";
    case Format::kPdf: return "pdf";
    case Format::kHtml: return "html";
    case Format::kOtherZip: return "zip";
  }
  return "text";
}

}  // namespace lexgraph::formats
