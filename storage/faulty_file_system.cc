#include "storage/faulty_file_system.h"

#include <string>
#include <utility>

namespace lexgraph::storage {
namespace {

using rocksdb::FileOptions;
using rocksdb::FSWritableFile;
using rocksdb::IODebugContext;
using rocksdb::IOOptions;
using rocksdb::IOStatus;
using rocksdb::Slice;

IOStatus Injected(DiskFault kind, const std::string& file, const char* op) {
  const std::string what = std::string("injected fault: ") + op + " of " + file;
  return kind == DiskFault::kNoSpace ? IOStatus::NoSpace(what, "no space left on device")
                                     : IOStatus::IOError(what, "input/output error");
}

// One file open for writing; its writes ask the plan first.
class FaultyWritableFile final : public rocksdb::FSWritableFileOwnerWrapper {
 public:
  FaultyWritableFile(std::unique_ptr<FSWritableFile> file, std::string name,
                     std::shared_ptr<DiskFaults> faults)
      : FSWritableFileOwnerWrapper(std::move(file)),
        name_(std::move(name)),
        faults_(std::move(faults)) {}

  IOStatus Append(const Slice& data, const IOOptions& options, IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "Append"); v.fail) return Torn(v.kind, data, options, dbg);
    return FSWritableFileOwnerWrapper::Append(data, options, dbg);
  }
  IOStatus Append(const Slice& data, const IOOptions& options,
                  const rocksdb::DataVerificationInfo& info, IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "Append"); v.fail) return Torn(v.kind, data, options, dbg);
    return FSWritableFileOwnerWrapper::Append(data, options, info, dbg);
  }
  IOStatus PositionedAppend(const Slice& data, uint64_t offset, const IOOptions& options,
                            IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "PositionedAppend"); v.fail) {
      return Injected(v.kind, name_, "PositionedAppend");
    }
    return FSWritableFileOwnerWrapper::PositionedAppend(data, offset, options, dbg);
  }
  IOStatus PositionedAppend(const Slice& data, uint64_t offset, const IOOptions& options,
                            const rocksdb::DataVerificationInfo& info,
                            IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "PositionedAppend"); v.fail) {
      return Injected(v.kind, name_, "PositionedAppend");
    }
    return FSWritableFileOwnerWrapper::PositionedAppend(data, offset, options, info, dbg);
  }
  IOStatus Flush(const IOOptions& options, IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "Flush"); v.fail) return Injected(v.kind, name_, "Flush");
    return FSWritableFileOwnerWrapper::Flush(options, dbg);
  }
  IOStatus Sync(const IOOptions& options, IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "Sync"); v.fail) return Injected(v.kind, name_, "Sync");
    return FSWritableFileOwnerWrapper::Sync(options, dbg);
  }
  IOStatus Fsync(const IOOptions& options, IODebugContext* dbg) override {
    if (auto v = faults_->OnWrite(name_, "Fsync"); v.fail) return Injected(v.kind, name_, "Fsync");
    return FSWritableFileOwnerWrapper::Fsync(options, dbg);
  }

 private:
  // A full disk stores what fits (here half) before it fails; an I/O error
  // stores nothing.
  IOStatus Torn(DiskFault kind, const Slice& data, const IOOptions& options,
                IODebugContext* dbg) {
    if (kind == DiskFault::kNoSpace && data.size() > 1) {
      FSWritableFileOwnerWrapper::Append(Slice(data.data(), data.size() / 2), options, dbg)
          .PermitUncheckedError();
    }
    return Injected(kind, name_, "Append");
  }

  std::string name_;
  std::shared_ptr<DiskFaults> faults_;
};

class FaultyFileSystem final : public rocksdb::FileSystemWrapper {
 public:
  FaultyFileSystem(std::shared_ptr<rocksdb::FileSystem> base, std::shared_ptr<DiskFaults> faults)
      : FileSystemWrapper(base), faults_(std::move(faults)) {}

  const char* Name() const override { return "LexgraphFaultyFileSystem"; }

  IOStatus NewWritableFile(const std::string& f, const FileOptions& options,
                           std::unique_ptr<FSWritableFile>* r, IODebugContext* dbg) override {
    return Wrap(f, target()->NewWritableFile(f, options, r, dbg), r);
  }
  IOStatus ReopenWritableFile(const std::string& f, const FileOptions& options,
                              std::unique_ptr<FSWritableFile>* r, IODebugContext* dbg) override {
    return Wrap(f, target()->ReopenWritableFile(f, options, r, dbg), r);
  }
  IOStatus ReuseWritableFile(const std::string& f, const std::string& old, const FileOptions& options,
                             std::unique_ptr<FSWritableFile>* r, IODebugContext* dbg) override {
    return Wrap(f, target()->ReuseWritableFile(f, old, options, r, dbg), r);
  }

 private:
  IOStatus Wrap(const std::string& name, IOStatus opened, std::unique_ptr<FSWritableFile>* r) {
    if (opened.ok()) *r = std::make_unique<FaultyWritableFile>(std::move(*r), name, faults_);
    return opened;
  }

  std::shared_ptr<DiskFaults> faults_;
};

}  // namespace

std::shared_ptr<rocksdb::FileSystem> NewFaultyFileSystem(std::shared_ptr<rocksdb::FileSystem> base,
                                                         std::shared_ptr<DiskFaults> faults) {
  return std::make_shared<FaultyFileSystem>(std::move(base), std::move(faults));
}

}  // namespace lexgraph::storage
