#include "tests/formats/format_fixtures.h"

#include <unistd.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lexgraph::formats::testing {

std::string ReadFixture(const std::string& relative) {
  std::ifstream in(std::filesystem::path(LEXGRAPH_TEST_DATA) / relative, std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string MakeZip(const std::map<std::string, std::string>& entries) {
  char path[] = "/tmp/lexgraph_formats_test_XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  ::close(fd);
  int err = 0;
  zip_t* z = zip_open(path, ZIP_TRUNCATE, &err);
  REQUIRE(z != nullptr);
  for (const auto& [name, bytes] : entries) {
    zip_source_t* s = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    REQUIRE(s != nullptr);
    REQUIRE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(z) == 0);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::remove(path);
  return ss.str();
}

namespace {
constexpr const char* kNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
}

std::string MakeDocx(const std::string& body_xml, const std::string& numbering_xml,
                     const std::string& footnotes_xml) {
  std::map<std::string, std::string> entries;
  entries["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types/>";
  entries["word/document.xml"] = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") +
                                 kNs + "><w:body>" + body_xml + "</w:body></w:document>";
  if (!numbering_xml.empty()) {
    entries["word/numbering.xml"] = std::string("<w:numbering ") + kNs + ">" + numbering_xml + "</w:numbering>";
  }
  if (!footnotes_xml.empty()) {
    entries["word/footnotes.xml"] = std::string("<w:footnotes ") + kNs + ">" + footnotes_xml + "</w:footnotes>";
  }
  return MakeZip(entries);
}

}  // namespace lexgraph::formats::testing
