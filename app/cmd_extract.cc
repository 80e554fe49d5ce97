// lexgraph extract [--json] [--jobs N] [--no-outline] FILE...: the citations
// in each file, in file order and text order, streamed file by file.
// --no-outline skips the document's structure (FlatOutline): section and
// footnote stay null, for a quicker scan of an archive. A file that cannot be
// read or decoded is named on stderr with its reason; the others still run,
// and the exit code is 2. For a DOCX, PDF or HTML file, offsets are into the
// text it converts to (`lexgraph text`), and --json adds "origin": where
// the mention stands in the file (docs/formats.md).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>

#include "app/commands.h"
#include "app/file_reader.h"
#include "app/flags.h"
#include "engine/ordered_pool.h"
#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "queries/render_mentions.h"

namespace lexgraph::app {
namespace {

struct Options {
  bool json = false;
  bool outline = true;  // false: --no-outline
  int jobs = 1;
  std::vector<std::string> files;
};

// What one file gives: its rendered lines, or the error that stopped it.
struct FileResult {
  std::string lines;
  Status status;
};

FileResult ExtractFile(const std::string& path, const Options& opts) {
  FileResult r;
  Result<formats::PlainText> doc = ReadDocument(path);
  if (!doc.ok()) {
    r.status = doc.status();
    return r;
  }
  Result<MappedText> text = NormalizeOwned(std::move(doc->text), path);
  if (!text.ok()) {
    r.status = text.status();
    return r;
  }
  std::vector<Mention> mentions =
      opts.outline ? ExtractDocument(*text) : ExtractDocument(*text, FlatOutline(*text));
  if (Status s = CheckMentionCount(mentions.size(), path); !s.ok()) {
    r.status = s;
    return r;
  }
  for (const Mention& m : mentions) {
    if (!opts.json) {
      r.lines += MentionTextLine(m, path);
    } else {
      std::string line = MentionJsonLine(m, path);
      // A converted file (DOCX, PDF, HTML): where the mention stands in it,
      // "origin": "word/document.xml paragraph 12", "page 3" (docs/formats.md).
      if (const formats::OriginRun* o = formats::OriginAt(*doc, m.head.start);
          o != nullptr && !line.empty() && line.back() == '}') {
        line.pop_back();
        line += ",\"origin\":" + nlohmann::json(o->where).dump() + "}";
      }
      r.lines += line;
    }
    r.lines += '\n';
  }
  return r;
}

Result<Options> Parse(const Args& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      o.json = true;
    } else if (a == "--no-outline") {
      o.outline = false;
    } else if (a == "--jobs" || a == "-j") {
      if (i + 1 == args.size()) return Status::InvalidArgument("--jobs needs a number");
      Result<int> jobs = ParseJobs(args[++i]);
      if (!jobs.ok()) return jobs.status();
      o.jobs = *jobs;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return Status::InvalidArgument("extract: unknown option " + a);
    } else {
      o.files.push_back(a);
    }
  }
  if (o.files.empty()) return Status::InvalidArgument("extract: no FILE given (use - for stdin)");
  return o;
}

}  // namespace

int RunExtract(const Args& args) {
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  bool failed = false;
  auto emit = [&failed](FileResult r) {
    if (!r.status.ok()) {
      std::fprintf(stderr, "lexgraph: %s\n", r.status.message().c_str());
      failed = true;
    }
    std::fwrite(r.lines.data(), 1, r.lines.size(), stdout);
  };
  // A fixed pool of threads (each keeps its compiled patterns), files printed
  // in order, at most a window of them in flight: memory stays bounded
  // whatever the number of files.
  const size_t jobs = static_cast<size_t>(opts->jobs);
  ParallelInOrder<FileResult>(
      opts->files.size(), opts->jobs, 4 * jobs,
      [&](size_t i) { return ExtractFile(opts->files[i], *opts); },
      [&](size_t, FileResult r) { emit(std::move(r)); });
  std::fflush(stdout);
  return failed ? 2 : 0;
}

}  // namespace lexgraph::app
