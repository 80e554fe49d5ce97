#include "formats/zip_archive.h"

#include <zip.h>

namespace lexgraph::formats {
namespace {

constexpr zip_uint64_t kMaxEntryBytes = zip_uint64_t{512} << 20;

std::string ErrorText(zip_error_t* error) {
  std::string text = zip_error_strerror(error);
  zip_error_fini(error);
  return text;
}

}  // namespace

Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(std::string_view bytes, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    return Status::InvalidArgument(name + ": corrupt zip archive: " + ErrorText(&error));
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    return Status::InvalidArgument(name + ": corrupt zip archive: " + ErrorText(&error));
  }
  zip_error_fini(&error);
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive, name));
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

Result<std::optional<std::string>> ZipArchive::Read(const std::string& entry) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive_, entry.c_str(), 0, &st) != 0) return std::optional<std::string>();
  if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxEntryBytes) {
    return Status::InvalidArgument(name_ + ": " + entry + ": entry too large or of unknown size");
  }
  zip_file_t* file = zip_fopen_index(archive_, st.index, 0);
  if (file == nullptr) {
    return Status::InvalidArgument(name_ + ": corrupt zip archive: " + entry + ": " +
                                   zip_strerror(archive_));
  }
  std::string out(static_cast<size_t>(st.size), '\0');
  size_t got = 0;
  while (got < out.size()) {
    const zip_int64_t n = zip_fread(file, out.data() + got, out.size() - got);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  const bool failed = got != out.size();
  std::string reason = failed ? zip_file_strerror(file) : "";
  zip_fclose(file);
  if (failed) {
    return Status::InvalidArgument(name_ + ": corrupt zip archive: " + entry + ": " +
                                   (reason.empty() ? "short read" : reason));
  }
  return std::optional<std::string>(std::move(out));
}

}  // namespace lexgraph::formats
