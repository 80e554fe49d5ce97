// Ingest: files into a GraphStore, one atomic source group per file.
//   ListInputs -> read + hash -> unchanged? (same content hash as stored)
//   -> the bytes as text (formats/convert.h: DOCX, PDF, HTML converted)
//   -> AnalyzeSource (on `jobs` threads) -> GraphWriter -> store.Apply
//   -> sources stored earlier that cited a code of this run without a term
//      are analyzed again (engine/re_resolve.h), also on `jobs` threads
// One writer (the calling thread) applies the groups in input order, several
// sources per batch; a failed batch is retried source by source, so one bad
// source never keeps the others out. A file that cannot be read or decoded
// is rejected with its reason; the others go in. Inside folders, files
// that are not documents by their names are left out and counted.
// Durability: the writer calls store.Persist after every `persist_bytes` of
// sources and at the end, and counts a source as stored only once Persist
// returned OK; when it fails, each source applied since the last one is
// reported not stored (it may be in the store or not, whole either way).
// Threads: call from one thread; `progress` runs on that thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "engine/identity.h"
#include "storage/graph_store.h"

namespace lexgraph {

struct IngestOptions {
  int jobs = 1;                        // analysis threads
  size_t batch_files = 8;              // sources per write batch, at most
  uint64_t batch_bytes = 2u << 20;     // source bytes per write batch, about
  uint64_t persist_bytes = 64u << 20;  // source bytes between two store.Persist calls, about
  IdentityContext context;             // what identity may assume of every source
};

struct IngestProgress {
  size_t files_done = 0, files_total = 0;
  uint64_t bytes_done = 0, bytes_total = 0;  // bytes_total excludes stdin
  double seconds = 0;                        // since the start
};
using IngestProgressFn = std::function<void(const IngestProgress&)>;

struct RejectedFile {
  std::string path;
  Status reason;  // "report.md: invalid UTF-8 at byte 12"
};

struct IngestSummary {
  size_t added = 0, unchanged = 0, replaced = 0;
  size_t re_resolved = 0;  // earlier sources rewritten because a citation they
                           // gave without a term now finds its document
  std::vector<RejectedFile> rejected;
  size_t not_stored = 0;   // of those rejected, read and analyzed but the store
                           // refused the write (a full disk, an I/O error)
  uint64_t mentions = 0;   // of the sources written
  uint64_t documents = 0;  // distinct documents those sources cite
  uint64_t bytes = 0;      // of every file read
  double seconds = 0;
  // Files inside the folders given that are not documents (IsDocumentName),
  // left out, by extension ("json" -> 25).
  std::map<std::string, size_t> skipped;
};

// Ingests `paths` (files, folders, "-") into `store`. Errors are per file
// (in the summary); the Status is not OK only when nothing could be tried.
Result<IngestSummary> Ingest(const std::vector<std::string>& paths, storage::GraphStore& store,
                             const IngestOptions& options, const IngestProgressFn& progress = {});

}  // namespace lexgraph
