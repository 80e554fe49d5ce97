// Test helpers for formats/: the committed fixtures of tests/data/formats/
// and small documents written on the spot (a DOCX zipped with libzip from
// WordprocessingML given as text).
#pragma once

#include <map>
#include <string>

namespace lexgraph::formats::testing {

std::string ReadFixture(const std::string& relative);  // under tests/data/

// A zip in memory holding `entries` (name -> bytes), stored uncompressed.
std::string MakeZip(const std::map<std::string, std::string>& entries);

// A DOCX whose word/document.xml has `body_xml` inside <w:body>, plus the
// optional numbering and footnotes parts (their inner XML).
std::string MakeDocx(const std::string& body_xml, const std::string& numbering_xml = "",
                     const std::string& footnotes_xml = "");

}  // namespace lexgraph::formats::testing
