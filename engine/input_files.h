// Input files for ingest: the paths a user gives (files, folders walked
// recursively in sorted order, "-" for standard input) made into a list of
// files with their sizes, and reading one of them whole. Paths of files
// are made absolute and lexically normal, so a file read from another
// working directory keeps its identity. Each path appears once.
// Inside a folder only documents are taken, told by their names
// (IsDocumentName); a file named by the user is always taken, and its
// content, not its name, then says how it is read (formats/format.h).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
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
  // Files inside folders left out as not documents, by their extension
  // in lower case ("json"; "" for a name without one).
  std::map<std::string, size_t> skipped_by_extension;
};

// True if a file so named is a document lexgraph reads: markdown, plain
// text, DOCX, PDF or HTML by its extension, in any case ("BaoCao.PDF").
// Data and other files beside the reports (JSON, spreadsheets, images,
// archives, a README with no extension) are not.
bool IsDocumentName(std::string_view filename);

// Walks `paths`. Hidden files and folders (".git") and files that are not
// documents (IsDocumentName) inside folders are skipped; a path given by
// name is always taken. Unreadable paths are listed with their reason,
// never fatal.
InputList ListInputs(const std::vector<std::string>& paths);

// The bytes of `path` ("-": standard input). Errors name the path.
inline constexpr uint64_t kMaxFileBytes = uint64_t{1} << 30;
Result<std::string> ReadFileBytes(const std::string& path);

}  // namespace lexgraph
