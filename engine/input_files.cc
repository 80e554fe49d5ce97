#include "engine/input_files.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <system_error>

namespace lexgraph {
namespace fs = std::filesystem;
namespace {

bool Hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

void AddFile(const fs::path& p, uint64_t size, InputList& out, std::set<std::string>& seen) {
  std::string path = p.string();
  if (seen.insert(path).second) out.files.push_back({path, size});
}

// The extension of `filename` in ASCII lower case, without the dot; "" if none.
std::string LowerExtension(std::string_view filename) {
  size_t dot = filename.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(filename.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

void WalkFolder(const fs::path& root, InputList& out, std::set<std::string>& seen) {
  std::error_code ec;
  std::vector<std::pair<std::string, uint64_t>> found;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (Hidden(it->path())) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (IsDocumentName(name)) {
      found.emplace_back(it->path().string(), it->file_size(ec));
    } else {
      ++out.skipped_by_extension[LowerExtension(name)];
    }
  }
  if (ec) out.unreadable.emplace_back(root.string(), Status::IOError(root.string() + ": " + ec.message()));
  std::sort(found.begin(), found.end());
  for (const auto& [path, size] : found) AddFile(path, size, out, seen);
}

}  // namespace

bool IsDocumentName(std::string_view filename) {
  static const std::set<std::string, std::less<>> kDocuments = {
      "md", "markdown", "txt", "text", "docx", "pdf", "html", "htm", "xhtml"};
  return kDocuments.count(LowerExtension(filename)) > 0;
}

InputList ListInputs(const std::vector<std::string>& paths) {
  InputList out;
  std::set<std::string> seen;
  for (const std::string& given : paths) {
    if (given == kStdinPath) {
      if (seen.insert(given).second) out.files.push_back({given, 0});
      continue;
    }
    std::error_code ec;
    fs::path p = fs::absolute(given, ec).lexically_normal();
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      out.unreadable.emplace_back(given, Status::InvalidArgument(given + ": no such file or folder"));
    } else if (fs::is_directory(st)) {
      WalkFolder(p, out, seen);
    } else {
      AddFile(p, fs::file_size(p, ec), out, seen);
    }
  }
  return out;
}

Result<std::string> ReadFileBytes(const std::string& path) {
  bool in = path == kStdinPath;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(in ? stdin : std::fopen(path.c_str(), "rb"),
                                                    in ? [](std::FILE*) { return 0; } : &std::fclose);
  if (!f) return Status::InvalidArgument(path + ": cannot open: " + std::strerror(errno));
  std::string out;
  std::error_code ec;
  auto too_large = [&path] {
    return Status::InvalidArgument(path + ": larger than the limit of " +
                                   std::to_string(kMaxFileBytes >> 20) +
                                   " MiB; split it into files (docs/limits.md)");
  };
  uint64_t size = in ? 0 : fs::file_size(path, ec);
  if (!in && !ec) {
    if (size > kMaxFileBytes) return too_large();  // refused from its size, never read
    out.reserve(size);
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    if (out.size() + n > kMaxFileBytes) return too_large();
    out.append(buf, n);
  }
  if (std::ferror(f.get())) return Status::IOError(path + ": read error: " + std::strerror(errno));
  return out;
}

}  // namespace lexgraph
