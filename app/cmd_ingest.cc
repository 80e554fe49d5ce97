// lexgraph ingest [--db DIR] [--jobs N] [--save-every MB] [--json] PATH...:
// files, folders (recursively: the documents in them, by their names) and
// "-" into the store, one atomic batch per file, saved to disk every MB of files (default 64) and at the end. A progress
// bar on a terminal, a summary on stdout, each rejected file on stderr with
// its reason. Exit 0; 2 if a file was rejected or the usage is wrong; 3 if
// the store cannot be opened (another ingest holds it, newer, damaged).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>

#include "app/commands.h"
#include "app/flags.h"
#include "app/progress_bar.h"
#include "app/store_options.h"
#include "engine/ingest.h"

namespace lexgraph::app {
namespace {

struct Options {
  bool json = false;
  IngestOptions ingest;
  std::vector<std::string> paths;
};

// A number of MB above 0, decimals allowed ("0.5").
Result<uint64_t> ParseMegabytes(const std::string& flag, const std::string& text) {
  char* end = nullptr;
  const double mb = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !(mb > 0) || mb > 1e6) {
    return Status::InvalidArgument(flag + " needs a number of MB above 0, not \"" + text + "\"");
  }
  return static_cast<uint64_t>(mb * 1e6);
}

Result<Options> Parse(const Args& args) {
  Options o;
  o.ingest.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      o.json = true;
    } else if (a == "--jobs" || a == "-j") {
      if (i + 1 == args.size()) return Status::InvalidArgument("--jobs needs a number");
      Result<int> jobs = ParseJobs(args[++i]);
      if (!jobs.ok()) return jobs.status();
      o.ingest.jobs = *jobs;
    } else if (a == "--save-every") {
      if (i + 1 == args.size()) return Status::InvalidArgument("--save-every needs a number of MB");
      Result<uint64_t> bytes = ParseMegabytes(a, args[++i]);
      if (!bytes.ok()) return bytes.status();
      o.ingest.persist_bytes = *bytes;
    } else if (a.size() > 1 && a[0] == '-') {
      return Status::InvalidArgument("ingest: unknown option " + a);
    } else {
      o.paths.push_back(a);
    }
  }
  if (o.paths.empty()) return Status::InvalidArgument("ingest: no PATH given (files, folders or -)");
  return o;
}

// "25 .json, 1 without an extension": the skipped files by extension.
std::string SkippedList(const std::map<std::string, size_t>& skipped) {
  std::string out;
  for (const auto& [ext, n] : skipped) {
    out += (out.empty() ? "" : ", ") + std::to_string(n) + (ext.empty() ? " without an extension" : " ." + ext);
  }
  return out;
}

void PrintSummary(const IngestSummary& s, bool json) {
  size_t files = s.added + s.unchanged + s.replaced + s.rejected.size();
  size_t skipped = 0;
  for (const auto& [ext, n] : s.skipped) skipped += n;
  if (json) {
    nlohmann::json j = {{"files", files},         {"new", s.added},
                        {"unchanged", s.unchanged}, {"replaced", s.replaced},
                        {"rejected", s.rejected.size()}, {"mentions", s.mentions},
                        {"documents", s.documents}, {"re_resolved", s.re_resolved},
                        {"bytes", s.bytes},         {"seconds", s.seconds},
                        {"skipped", skipped}};
    std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return;
  }
  std::printf("%zu %s: %zu new, %zu unchanged, %zu replaced, %zu rejected; "
              "%llu mentions of %llu documents; %.1f MB in %.2f s\n",
              files, files == 1 ? "file" : "files", s.added, s.unchanged, s.replaced, s.rejected.size(),
              static_cast<unsigned long long>(s.mentions),
              static_cast<unsigned long long>(s.documents), double(s.bytes) / 1e6, s.seconds);
  if (skipped > 0) {
    std::printf("%zu %s in the folders left out, not documents by their names: %s\n", skipped,
                skipped == 1 ? "file" : "files", SkippedList(s.skipped).c_str());
  }
  if (s.re_resolved > 0) {
    std::printf("%zu earlier %s re-resolved: a citation they gave without a term now finds its "
                "document\n",
                s.re_resolved, s.re_resolved == 1 ? "source" : "sources");
  }
}

}  // namespace

int RunIngest(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  auto store = OpenStore(*dir, /*writer=*/true);
  if (!store.ok()) return StoreUnavailable(*dir, store.status());

  ProgressBar bar(stderr);
  Result<IngestSummary> summary =
      Ingest(opts->paths, **store, opts->ingest, [&bar](const IngestProgress& p) { bar.Update(p); });
  bar.Finish();
  if (!summary.ok()) {
    std::fprintf(stderr, "lexgraph: ingest: %s\n", summary.status().ToString().c_str());
    return 2;
  }
  for (const RejectedFile& r : summary->rejected) {
    std::fprintf(stderr, "lexgraph: rejected %s\n", r.reason.message().c_str());
  }
  if (summary->not_stored > 0) {
    std::fprintf(stderr,
                 "lexgraph: %zu %s not stored: the store at %s refused the write (see above); it "
                 "keeps every file it held before, and they go in on the next ingest once it can "
                 "be written\n",
                 summary->not_stored, summary->not_stored == 1 ? "file" : "files", dir->c_str());
  }
  PrintSummary(*summary, opts->json);
  std::fflush(stdout);
  return summary->rejected.empty() ? 0 : 2;
}

}  // namespace lexgraph::app
