#include "storage/disk_faults.h"

namespace lexgraph::storage {

void DiskFaults::FailWrite(uint64_t nth, DiskFault kind, bool sticky) {
  std::lock_guard<std::mutex> lock(mu_);
  seen_ = 0;
  fail_at_ = nth;
  kind_ = kind;
  sticky_ = sticky;
  fired_ = 0;
  first_fault_.clear();
}

void DiskFaults::OnlyFilesEndingWith(std::string suffix) {
  std::lock_guard<std::mutex> lock(mu_);
  suffix_ = std::move(suffix);
}

uint64_t DiskFaults::writes_seen() const {
  std::lock_guard<std::mutex> lock(mu_);
  return seen_;
}

uint64_t DiskFaults::faults_fired() const {
  std::lock_guard<std::mutex> lock(mu_);
  return fired_;
}

std::string DiskFaults::first_fault() const {
  std::lock_guard<std::mutex> lock(mu_);
  return first_fault_;
}

DiskFaults::Verdict DiskFaults::OnWrite(const std::string& file, const char* op) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!suffix_.empty() &&
      (file.size() < suffix_.size() ||
       file.compare(file.size() - suffix_.size(), suffix_.size(), suffix_) != 0)) {
    return {};
  }
  ++seen_;
  const bool fail = fail_at_ > 0 && (seen_ == fail_at_ || (sticky_ && seen_ > fail_at_));
  if (!fail) return {};
  if (fired_++ == 0) first_fault_ = std::string(op) + " of " + file;
  return {true, kind_};
}

}  // namespace lexgraph::storage
