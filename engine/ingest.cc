#include "engine/ingest.h"

#include <chrono>
#include <ctime>
#include <map>
#include <optional>
#include <set>

#include "engine/analyze.h"
#include "engine/content_hash.h"
#include "engine/graph_ids.h"
#include "engine/graph_writer.h"
#include "engine/input_files.h"
#include "engine/ordered_pool.h"
#include "engine/re_resolve.h"
#include "formats/convert.h"
#include "storage/write_batch.h"

namespace lexgraph {
namespace {

enum class Outcome { kUnchanged, kNew, kReplaced, kReresolved, kRejected };

// What the analysis threads make of one input file.
struct FileResult {
  Outcome outcome = Outcome::kRejected;
  std::string path;
  Status reason;
  uint64_t bytes = 0;
  std::optional<SourceAnalysis> analysis;
  std::vector<std::string> document_keys;  // as the writer put them
};

// Read, hash, compare with the stored source, analyze. With `again`, a
// stored source whose bytes did not change is analyzed anyway (kReresolved)
// and one whose bytes changed is left for its next ingest (kUnchanged).
// Thread-safe.
FileResult Prepare(const InputFile& in, const storage::GraphReader& store,
                   const IdentityContext& ctx, bool again = false) {
  FileResult r;
  r.path = in.path;
  Result<std::string> bytes = ReadFileBytes(in.path);
  if (!bytes.ok()) {
    r.reason = bytes.status();
    return r;
  }
  r.bytes = bytes->size();
  Result<storage::SourceInfo> old = store.GetSource(SourceId(in.path));
  if (!old.ok() && !old.status().IsNotFound()) {
    r.reason = old.status();
    return r;
  }
  std::string file_hash = ContentHash(*bytes);
  const bool same = old.ok() && old->content_hash == file_hash;
  if (same != again) {
    r.outcome = Outcome::kUnchanged;
    return r;
  }
  // The content hash is of the file's bytes; the analysis reads its text
  // (a DOCX, PDF or HTML file converted, formats/convert.h).
  Result<formats::PlainText> plain = formats::ToPlainText(std::move(*bytes), in.path);
  if (!plain.ok()) {
    r.reason = plain.status();
    return r;
  }
  Result<SourceAnalysis> a = AnalyzeSource(plain->text, in.path, ctx);
  if (!a.ok()) {
    r.reason = a.status();
    return r;
  }
  a->content_hash = std::move(file_hash);  // of the file, so the same bytes stay unchanged
  r.outcome = again ? Outcome::kReresolved : old.ok() ? Outcome::kReplaced : Outcome::kNew;
  r.analysis = std::move(*a);
  return r;
}

// The single writer: gathers analyzed sources into batches and applies them.
class Committer {
 public:
  Committer(storage::GraphStore& store, const IngestOptions& options, IngestSummary& summary)
      : store_(store), options_(options), summary_(summary) {}

  void Add(FileResult r) {
    pending_bytes_ += r.bytes;
    pending_.push_back(std::move(r));
    if (pending_.size() >= options_.batch_files || pending_bytes_ >= options_.batch_bytes) Flush();
  }

  // Applies the pending sources; if the batch fails, each source alone.
  // Persists once options_.persist_bytes of them wait for it.
  void Flush() {
    if (pending_.empty()) return;
    Status s = Write(0, pending_.size());
    if (!s.ok() && pending_.size() > 1) {
      for (size_t i = 0; i < pending_.size(); ++i) Settle(pending_[i], Write(i, i + 1));
    } else {
      for (FileResult& r : pending_) Settle(r, s);
    }
    pending_.clear();
    pending_bytes_ = 0;
    if (unpersisted_bytes_ >= options_.persist_bytes) Persist();
  }

  // Makes the sources written so far durable, then counts them; if the
  // store cannot, each of them is reported not stored.
  void Persist() {
    if (unpersisted_.empty()) return;
    const Status s = store_.Persist();
    for (const Written& w : unpersisted_) {
      if (s.ok()) Count(w);
      else Reject(w.path, s);
    }
    unpersisted_.clear();
    unpersisted_bytes_ = 0;
  }

  // The distinct documents the sources written by this run cite, as last
  // written: a source rewritten by the re-resolution counts with its new
  // keys, not the termless ones it gave first (which may be gone).
  uint64_t documents() const {
    std::set<std::string_view> keys;
    for (const auto& [path, doc_keys] : doc_keys_by_path_) keys.insert(doc_keys.begin(), doc_keys.end());
    return keys.size();
  }

  // The termless keys beside the qualified Party documents written so far.
  const std::set<std::string>& termless_keys() const { return termless_keys_; }

 private:
  Status Write(size_t begin, size_t end) {
    GraphWriter writer(store_, &decoded_);
    storage::WriteBatch batch;
    const int64_t now = static_cast<int64_t>(std::time(nullptr));
    for (size_t i = begin; i < end; ++i) {
      FileResult& r = pending_[i];
      if (Status s = writer.Add(*r.analysis, now, batch, &r.document_keys); !s.ok()) return s;
    }
    return store_.Apply(batch);
  }

  // A source applied to the store, waiting for Persist: what counting it takes.
  struct Written {
    std::string path;
    Outcome outcome;
    uint64_t mentions = 0;
    std::vector<std::string> document_keys;  // as the writer put them
    std::vector<std::string> termless_keys;  // of the documents it cites
  };

  // After the write of `r`: rejected, or waiting for Persist.
  void Settle(FileResult& r, const Status& s) {
    if (!s.ok()) {
      Reject(r.path, s);
      return;
    }
    Written w{r.path, r.outcome, r.analysis->mentions.size(), std::move(r.document_keys), {}};
    for (const DocumentFacts& d : r.analysis->documents) {
      if (std::string termless = TermlessKeyOf(d.key); !termless.empty()) {
        w.termless_keys.push_back(std::move(termless));
      }
    }
    unpersisted_bytes_ += r.bytes;
    unpersisted_.push_back(std::move(w));
  }

  void Reject(const std::string& path, const Status& s) {
    summary_.rejected.push_back(
        {path, Status::IOError(path + ": not stored, the store keeps what it held before: " +
                               s.ToString())});
    summary_.not_stored++;
  }

  void Count(const Written& w) {
    if (w.outcome == Outcome::kReresolved) {
      summary_.re_resolved++;
      if (auto written = doc_keys_by_path_.find(w.path); written != doc_keys_by_path_.end()) {
        written->second = w.document_keys;
      }
      return;
    }
    (w.outcome == Outcome::kNew ? summary_.added : summary_.replaced)++;
    summary_.mentions += w.mentions;
    termless_keys_.insert(w.termless_keys.begin(), w.termless_keys.end());
    doc_keys_by_path_[w.path] = w.document_keys;
  }

  storage::GraphStore& store_;
  const IngestOptions& options_;
  IngestSummary& summary_;
  std::vector<FileResult> pending_;
  uint64_t pending_bytes_ = 0;
  std::vector<Written> unpersisted_;  // applied, in order, not yet durable
  uint64_t unpersisted_bytes_ = 0;
  std::map<std::string, std::vector<std::string>> doc_keys_by_path_;
  std::set<std::string> termless_keys_;
  DecodedDocuments decoded_;  // stored documents, decoded once while unchanged
};

// The stored sources that cited termless a code this run gave a qualified
// document, analyzed again and rewritten (engine/re_resolve.h). A source
// that cannot be read again is left as it is; the store stays consistent.
void ReresolveEarlierSources(storage::GraphStore& store, const IngestOptions& options,
                             Committer& committer) {
  if (committer.termless_keys().empty()) return;
  Result<std::vector<std::string>> paths = SourcesCitingTermless(store, committer.termless_keys());
  if (!paths.ok()) return;
  std::vector<std::string> again;
  for (const std::string& path : *paths) {
    if (path != "-") again.push_back(path);  // stdin cannot be read twice
  }
  // Analyzed on the analysis threads like the first pass (a run over copies
  // of one corpus re-resolves hundreds), written in order by this thread.
  const size_t window = static_cast<size_t>(std::max(options.jobs, 1)) * 4;
  ParallelInOrder<FileResult>(
      again.size(), options.jobs, window,
      [&](size_t i) { return Prepare(InputFile{again[i], 0}, store, options.context, /*again=*/true); },
      [&](size_t, FileResult r) {
        if (r.outcome == Outcome::kReresolved) committer.Add(std::move(r));
      });
  committer.Flush();
  committer.Persist();
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

Result<IngestSummary> Ingest(const std::vector<std::string>& paths, storage::GraphStore& store,
                             const IngestOptions& options, const IngestProgressFn& progress) {
  const auto start = std::chrono::steady_clock::now();
  InputList inputs = ListInputs(paths);
  IngestSummary summary;
  for (auto& [path, reason] : inputs.unreadable) summary.rejected.push_back({path, reason});
  summary.skipped = std::move(inputs.skipped_by_extension);
  IngestProgress p;
  p.files_total = inputs.files.size();
  for (const InputFile& f : inputs.files) p.bytes_total += f.size;

  Committer committer(store, options, summary);
  const size_t window = static_cast<size_t>(std::max(options.jobs, 1)) * 4;
  ParallelInOrder<FileResult>(
      inputs.files.size(), options.jobs, window,
      [&](size_t i) { return Prepare(inputs.files[i], store, options.context); },
      [&](size_t, FileResult r) {
        summary.bytes += r.bytes;
        p.files_done++;
        p.bytes_done += r.bytes;
        p.seconds = SecondsSince(start);
        if (r.outcome == Outcome::kUnchanged) summary.unchanged++;
        else if (r.outcome == Outcome::kRejected) summary.rejected.push_back({r.path, r.reason});
        else committer.Add(std::move(r));
        if (progress) progress(p);
      });
  committer.Flush();
  committer.Persist();  // counts the sources, and their termless codes for the next step
  ReresolveEarlierSources(store, options, committer);
  summary.documents = committer.documents();
  summary.seconds = SecondsSince(start);
  return summary;
}

}  // namespace lexgraph
