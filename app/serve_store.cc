#include "app/serve_store.h"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace lexgraph::app {

namespace fs = std::filesystem;

ServedStore::ServedStore(std::string dir, std::chrono::milliseconds refresh)
    : dir_(std::move(dir)), refresh_(refresh) {}

// The store's files, sorted, one a line: names alone, or with their sizes
// and times. The writer's appends (WAL, MANIFEST) change a size or a time;
// a flush, a compaction or a retired log changes the names.
std::string ServedStore::Listing(bool sizes_and_times) const {
  std::vector<std::string> parts;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::string part = it->path().filename().string();
    std::error_code e;
    if (sizes_and_times && it->is_regular_file(e)) {
      auto size = it->file_size(e);
      auto time = fs::last_write_time(it->path(), e).time_since_epoch().count();
      part += ":" + std::to_string(size) + ":" + std::to_string(time);
    }
    parts.push_back(std::move(part));
  }
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const std::string& p : parts) out += p + "\n";
  return out;
}

Result<std::shared_ptr<const ReadView>> ServedStore::Current() {
  auto now = std::chrono::steady_clock::now();
  {
    std::unique_lock<std::mutex> lock(mu_);
    // With no view yet, wait for an open already under way rather than fail.
    opened_.wait(lock, [this] { return view_ || !opening_; });
    bool due = now - checked_ >= refresh_;
    if (!due || opening_) {
      if (view_) return view_;
      return last_error_;
    }
    opening_ = true;
    checked_ = now;
  }
  // Outside the lock: listing and opening take milliseconds, and the other
  // requests go on with the view they have.
  std::string fingerprint = Listing(/*sizes_and_times=*/true);
  std::shared_ptr<const ReadView> fresh;
  Status error;
  bool unchanged;
  {
    std::lock_guard<std::mutex> lock(mu_);
    unchanged = view_ && fingerprint == fingerprint_;
  }
  bool files_changed = false;
  if (!unchanged) {
    std::string files_before = Listing(/*sizes_and_times=*/false);
    Result<ReadView> opened = OpenReadView(dir_);
    files_changed = Listing(/*sizes_and_times=*/false) != files_before;
    if (opened.ok()) {
      fresh = std::make_shared<const ReadView>(std::move(*opened));
    } else {
      error = opened.status();
    }
  }
  std::lock_guard<std::mutex> lock(mu_);
  opening_ = false;
  opened_.notify_all();
  // The writer flushed or compacted while the view opened (a log or table
  // came or went): the view may have missed a log the writer retired. Keep
  // the view held, when there is one, and open again at the next request.
  if (fresh && view_ && files_changed) {
    checked_ = {};
    return view_;
  }
  if (fresh) {
    view_ = std::move(fresh);
    fingerprint_ = std::move(fingerprint);
  } else if (!unchanged && !view_) {
    last_error_ = error;
  }
  if (view_) return view_;
  return last_error_;
}

}  // namespace lexgraph::app
