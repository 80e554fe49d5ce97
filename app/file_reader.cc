#include "app/file_reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "formats/convert.h"

namespace lexgraph::app {
namespace {

Status TooLarge(const std::string& name) {
  return Status::InvalidArgument(name + ": larger than the limit of " +
                                 std::to_string(kMaxInputBytes >> 20) +
                                 " MiB; split it into files (docs/limits.md)");
}

Status ReadAll(std::FILE* f, const std::string& name, std::string& out) {
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (out.size() + n > kMaxInputBytes) return TooLarge(name);
    out.append(buf, n);
  }
  if (std::ferror(f)) return Status::IOError(name + ": read error: " + std::strerror(errno));
  return Status::Ok();
}

}  // namespace

Result<std::string> ReadInput(const std::string& path) {
  std::string out;
  if (path == "-") {
    Status s = ReadAll(stdin, "-", out);
    if (!s.ok()) return s;
    return out;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return Status::InvalidArgument(path + ": is a directory");
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::InvalidArgument(path + ": cannot open: " + std::strerror(errno));
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    if (static_cast<size_t>(st.st_size) > kMaxInputBytes) return TooLarge(path);  // not read at all
    out.reserve(static_cast<size_t>(st.st_size));
  }
  Status s = ReadAll(f.get(), path, out);
  if (!s.ok()) return s;
  return out;
}

Result<formats::PlainText> ReadDocument(const std::string& path) {
  Result<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) return bytes.status();
  return formats::ToPlainText(std::move(*bytes), path);
}

}  // namespace lexgraph::app
