// PdfToText on the sample report printed to PDF by LibreOffice
// (tests/data/formats/, scripts/make_format_fixtures.sh): reading order,
// paragraphs rebuilt from lines, superscript marks and page-bottom footnote
// bodies, page breaks; and the errors of truncated and scanned files.
#include <catch2/catch.hpp>

#include <string>

#include "formats/convert.h"
#include "formats/pdf.h"
#include "tests/formats/format_fixtures.h"

namespace lexgraph::formats {
namespace {

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

TEST_CASE("the sample report as PDF: paragraphs, marks, footnote bodies, pages", "[formats][pdf]") {
  const std::string bytes = testing::ReadFixture("formats/kien-giang-dan-van-2020.pdf");
  Result<PlainText> r = ToPlainText(bytes, "k.pdf");
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  CHECK(r->format == Format::kPdf);
  const std::string& t = r->text;
  // Headings and wrapped lines rebuilt into paragraphs.
  CHECK(t.rfind("BÁO CÁO\n\ntổng kết công tác dân vận năm 2020 và chương trình chỉ đạo năm 2021\n\n"
                "Phần thứ nhất\n\n", 0) == 0);
  CHECK(Has(t, "\n\nI- KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ\n\n"
               "1. Sự lãnh đạo, chỉ đạo của các cấp ủy đảng\n\n- Các cấp ủy đảng tăng cường"));
  // A number cut at the line's end joined without a space; a bullet glyph as "-".
  CHECK(Has(t, "nhiệm kỳ 2020-2025. Ban hành"));
  // Superscript marks and the page-bottom bodies.
  CHECK(Has(t, "trên các lĩnh vực<sup>1</sup>. Chỉ đạo"));
  CHECK(Has(t, "\n\n<sup>1</sup> Ban Thường vụ Tỉnh ủy ban hành Chương trình"));
  // A footnote LibreOffice continues at the next page's bottom is one body.
  CHECK(Has(t, "đồng bào dân tộc Khmer năm 2020; Công văn số 1247-CV/TU"));
  // A heading on the line after a sentence's end is its own paragraph.
  CHECK(Has(t, "thực hiện<sup>7</sup>.\n\n2. Công tác dân vận của cơ quan nhà nước"));
  for (int n = 1; n <= 23; ++n) {
    INFO(n);
    CHECK(Has(t, "\n<sup>" + std::to_string(n) + "</sup> "));
  }
  // Pages parted by the outline's page break; every run from a page.
  CHECK(Has(t, "\n\n---\n\n"));
  REQUIRE_FALSE(r->origins.empty());
  CHECK(r->origins.front().where == "page 1");
  CHECK(r->origins.back().where == "page 17");
}

// A page drawing a filled square and no text: what a scanner gives.
constexpr const char* kScanned =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n"
    "4 0 obj<</Length 18>>stream\n0 0 100 100 re f\nendstream\nendobj\n"
    "trailer<</Root 1 0 R>>\n%%EOF\n";

TEST_CASE("PDF errors name the file", "[formats][pdf][errors]") {
  SECTION("no text layer") {
    Result<PlainText> r = ToPlainText(kScanned, "scan.pdf");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "scan.pdf: scanned PDF, no text layer");
  }
  SECTION("truncated") {
    const std::string bytes = testing::ReadFixture("formats/kien-giang-dan-van-2020.pdf");
    Result<PlainText> r = ToPlainText(bytes.substr(0, 300), "cut.pdf");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "cut.pdf: corrupt PDF: poppler cannot read it");
  }
  SECTION("not a PDF past its signature") {
    Result<PlainText> r = ToPlainText("%PDF-1.7\nnothing else", "x.pdf");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message().rfind("x.pdf: ", 0) == 0);
  }
}

}  // namespace
}  // namespace lexgraph::formats
