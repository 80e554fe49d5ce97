// ZipArchive: the entries of a zip file held in memory (a DOCX), read by
// name through libzip. Errors name the file and libzip's reason.
// Not thread-safe; one per conversion.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

struct zip;

namespace lexgraph::formats {

class ZipArchive {
 public:
  // Opens the archive in `bytes` (which must outlive it); `name` names the
  // file in messages. A truncated or damaged archive is an InvalidArgument
  // "NAME: corrupt zip archive: REASON".
  static Result<std::unique_ptr<ZipArchive>> Open(std::string_view bytes, const std::string& name);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The bytes of entry `entry`; nullopt when the archive has no such entry;
  // an error when it is there but cannot be inflated (or inflates past the
  // limit of 512 MiB, a zip bomb).
  Result<std::optional<std::string>> Read(const std::string& entry) const;

 private:
  ZipArchive(zip* archive, std::string name) : archive_(archive), name_(std::move(name)) {}
  zip* archive_;
  std::string name_;
};

}  // namespace lexgraph::formats
