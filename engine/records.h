// Records: the props the engine stores on nodes and edges, and their JSON
// encoding (nlohmann/json, kept inside records.cc). One place decides the
// stored shape, so the writer and the queries agree. Decoding never throws:
// malformed props come back as Corruption. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"

namespace lexgraph {

// The props of a `mentions` edge: where the mention stands and what it says.
struct MentionRecord {
  std::string kind;  // "numbered", "named", "self"
  Span span;         // the head's bytes in the source file
  std::string text;  // the head as written
  std::string sentence;
  std::string section;
  std::optional<int> footnote;
  std::string task;  // task id, "" if none
  std::vector<Finding> findings;  // the consistency findings about this mention
};

// The props of a source node.
struct SourceRecord {
  std::string path;
  uint64_t size = 0;
  std::string content_hash;
  std::string self_key;  // the document the source is, "" if none
  uint64_t mentions = 0;
  uint64_t unresolved = 0;
};

std::string EncodeDocument(const DocumentFacts& f);
Result<DocumentFacts> DecodeDocument(std::string_view props);

std::string EncodeMention(const MentionRecord& m);
Result<MentionRecord> DecodeMention(std::string_view props);

std::string EncodeSection(const SectionInfo& s);
Result<SectionInfo> DecodeSection(std::string_view props);

std::string EncodeSource(const SourceRecord& s);
Result<SourceRecord> DecodeSource(std::string_view props);

// Issuer and date nodes: {"name":…} and {"date":"2009-12-08"}.
std::string EncodeIssuer(std::string_view name);
std::string EncodeDate(const Date& date);

}  // namespace lexgraph
