#include "storage/faulty_store.h"

#include <string>

namespace lexgraph::storage {

void FaultyStore::FailWrite(int nth, bool sticky) {
  fail_at_ = nth > 0 ? writes_ + nth : 0;
  sticky_ = sticky;
}

Status FaultyStore::Apply(const WriteBatch& batch) {
  ++writes_;
  bool fail = fail_at_ > 0 && (writes_ == fail_at_ || (sticky_ && writes_ > fail_at_));
  if (fail) {
    return Status::IOError("injected fault: no space left on device (write " +
                           std::to_string(writes_) + ")");
  }
  return inner_->Apply(batch);
}

}  // namespace lexgraph::storage
