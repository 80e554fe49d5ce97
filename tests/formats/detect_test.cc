// DetectFormat: the kind of a file told by its bytes, never by its name.
#include <catch2/catch.hpp>

#include "formats/format.h"
#include "tests/formats/format_fixtures.h"

namespace lexgraph::formats {
namespace {

TEST_CASE("the committed fixtures are told by their content", "[formats][detect]") {
  CHECK(DetectFormat(testing::ReadFixture("formats/kien-giang-dan-van-2020.docx")) == Format::kDocx);
  CHECK(DetectFormat(testing::ReadFixture("formats/kien-giang-dan-van-2020.pdf")) == Format::kPdf);
  CHECK(DetectFormat(testing::ReadFixture("kien-giang-dan-van-2020.md")) == Format::kText);
}

TEST_CASE("HTML only when the document opens with it", "[formats][detect]") {
  CHECK(DetectFormat("<!DOCTYPE html><html><body>x</body></html>") == Format::kHtml);
  CHECK(DetectFormat("\xEF\xBB\xBF\n  <!doctype HTML>\n<html>") == Format::kHtml);
  CHECK(DetectFormat("<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"x\">") == Format::kHtml);
  CHECK(DetectFormat("<HTML><HEAD>") == Format::kHtml);
  // A markdown report that talks about <html> is text.
  CHECK(DetectFormat("# Báo cáo\n\nTrang <html> của Tỉnh ủy") == Format::kText);
  CHECK(DetectFormat("<!-- never closed <html>") == Format::kText);
}

TEST_CASE("a zip is a DOCX only with word/document.xml", "[formats][detect]") {
  CHECK(DetectFormat(testing::MakeDocx("<w:p/>")) == Format::kDocx);
  CHECK(DetectFormat(testing::MakeZip({{"content.xml", "<office/>"}})) == Format::kOtherZip);
  CHECK(DetectFormat("%PDF-1.7\n%\xE2\xE3") == Format::kPdf);
  CHECK(DetectFormat("") == Format::kText);
  CHECK(DetectFormat("PK") == Format::kText);
}

}  // namespace
}  // namespace lexgraph::formats
