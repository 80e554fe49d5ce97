// ServedStore: the read view `lexgraph serve` answers from. The store is
// opened as a reader (app/store_options.h OpenReadView: a RocksDB secondary
// and a snapshot of it). While an ingest runs beside the server, the view is
// reopened when the store's files have changed, at most once per
// `refresh` interval; requests already answering keep the view they took
// (shared ownership), so a reopen never pulls a view out from under a
// request. A store that does not exist yet is looked for again on later
// requests.
// Threads: Current() may be called from any thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "app/store_options.h"
#include "base/status.h"

namespace lexgraph::app {

class ServedStore {
 public:
  ServedStore(std::string dir, std::chrono::milliseconds refresh);

  // The latest view. NotFound "no store there yet …" before the first
  // ingest; the open's other errors (NotSupported for a newer schema, …).
  Result<std::shared_ptr<const ReadView>> Current();

  const std::string& dir() const { return dir_; }

 private:
  // The store's files, sorted: names only (they change when the writer
  // flushes, compacts or retires a log), or with sizes and times (they
  // change with every append too).
  std::string Listing(bool sizes_and_times) const;

  const std::string dir_;
  const std::chrono::milliseconds refresh_;
  std::mutex mu_;  // guards the members below
  std::condition_variable opened_;  // signalled when an open ends
  std::shared_ptr<const ReadView> view_;
  std::string fingerprint_;  // of the files when view_ was opened
  std::chrono::steady_clock::time_point checked_{};
  Status last_error_;
  bool opening_ = false;  // one thread reopens; the others keep the old view
};

}  // namespace lexgraph::app
