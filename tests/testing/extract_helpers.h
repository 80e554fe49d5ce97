// Helpers for extractor tests: run the whole pipeline on a string the way
// `lexgraph extract` runs it on a file.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/citations.h"
#include "extractors/normalize.h"

namespace lexgraph::testing {

inline std::vector<Mention> ExtractText(const std::string& bytes) {
  Result<MappedText> text = Normalize(bytes, "test");
  REQUIRE(text.ok());
  return ExtractCitations(StripMarkup(*text));
}

// The mentions of kind numbered or self, in text order.
inline std::vector<Mention> Numbered(const std::vector<Mention>& all) {
  std::vector<Mention> out;
  for (const Mention& m : all) {
    if (m.kind != MentionKind::kNamed) out.push_back(m);
  }
  return out;
}

inline std::string Slice(const std::string& bytes, Span s) {
  return bytes.substr(s.start, s.end - s.start);
}

}  // namespace lexgraph::testing
