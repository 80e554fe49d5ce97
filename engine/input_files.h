// Input files for ingest: the paths a user gives (files, folders walked
// recursively in sorted order, "-" for standard input) made into a list of
// files with their sizes, and reading one of them whole. Paths of files
// are made absolute and lexically normal, so a file read from another
// working directory keeps its identity. Each path appears once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace lexgraph {

inline constexpr std::string_view kStdinPath = "-";

struct InputFile {
  std::string path;   // absolute, or "-"
  uint64_t size = 0;  // 0 for "-" (unknown until read)
};

struct InputList {
  std::vector<InputFile> files;
  std::vector<std::pair<std::string, Status>> unreadable;  // path as given, reason
};

// Walks `paths`. Hidden files and folders (".git") inside folders are
// skipped; a path given by name is always taken. Unreadable paths are listed
// with their reason, never fatal.
InputList ListInputs(const std::vector<std::string>& paths);

// The bytes of `path` ("-": standard input). Errors name the path.
inline constexpr uint64_t kMaxFileBytes = uint64_t{1} << 30;
Result<std::string> ReadFileBytes(const std::string& path);

}  // namespace lexgraph
