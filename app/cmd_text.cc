// lexgraph text [--origins] FILE...: the plain text lexgraph reads from each
// file (a DOCX, PDF or HTML file converted by formats/, a text file as it
// is), the text every byte offset of extract, outline and ingest points
// into. With --origins, JSON Lines instead: one object per run of the text,
// {"file","format","start","end","where"} (where: the DOCX part and
// paragraph, the PDF page, the HTML element), plus "encoding" ("TCVN3",
// "VNI") when the text was converted from a legacy Vietnamese encoding; a
// text file so converted gives one run, where "whole file". A file that cannot be read or
// converted is named on stderr; the others still run; exit 2 then.
#include <nlohmann/json.hpp>

#include <cstdio>
#include <vector>

#include "app/commands.h"
#include "app/file_reader.h"

namespace lexgraph::app {

int RunText(const Args& args) {
  bool origins = false;
  std::vector<std::string> files;
  for (const std::string& a : args) {
    if (a == "--origins") {
      origins = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return UsageError("text: unknown option " + a);
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) return UsageError("text: no FILE given (use - for stdin)");
  bool failed = false;
  for (const std::string& path : files) {
    Result<formats::PlainText> doc = ReadDocument(path);
    if (!doc.ok()) {
      std::fprintf(stderr, "lexgraph: %s\n", doc.status().message().c_str());
      failed = true;
      continue;
    }
    if (!origins) {
      std::fwrite(doc->text.data(), 1, doc->text.size(), stdout);
      continue;
    }
    std::vector<formats::OriginRun> runs = doc->origins;
    const bool legacy = doc->legacy_encoding != formats::LegacyEncoding::kNone;
    if (runs.empty() && legacy) runs.push_back({0, doc->text.size(), "whole file"});
    for (const formats::OriginRun& r : runs) {
      nlohmann::json j = {{"file", path},   {"format", formats::FormatName(doc->format)},
                          {"start", r.start}, {"end", r.end},
                          {"where", r.where}};
      if (legacy) j["encoding"] = formats::LegacyEncodingName(doc->legacy_encoding);
      std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    }
  }
  std::fflush(stdout);
  return failed ? 2 : 0;
}

}  // namespace lexgraph::app
