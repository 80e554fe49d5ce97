#include "storage/rocksdb_info_log.h"

#include <sys/time.h>

#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <mutex>

namespace lexgraph::storage {
namespace {

class StoreInfoLog final : public rocksdb::Logger {
 public:
  explicit StoreInfoLog(std::FILE* file) : file_(file) {}
  ~StoreInfoLog() override { CloseFile(); }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (file_ == nullptr) return;
    timeval now{};
    gettimeofday(&now, nullptr);
    std::tm t{};
    localtime_r(&now.tv_sec, &t);
    bool ok = std::fprintf(file_, "%04d/%02d/%02d-%02d:%02d:%02d.%06ld ", t.tm_year + 1900,
                           t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
                           static_cast<long>(now.tv_usec)) > 0;
    ok = ok && std::vfprintf(file_, format, ap) >= 0;
    ok = ok && std::fputc('\n', file_) != EOF && std::fflush(file_) == 0;
    if (!ok) CloseFile();  // a full disk: stop logging, never stop the store
  }

 protected:
  rocksdb::Status CloseImpl() override {
    std::lock_guard<std::mutex> lock(mu_);
    CloseFile();
    return rocksdb::Status::OK();
  }

 private:
  void CloseFile() {
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
  }

  std::mutex mu_;
  std::FILE* file_;
};

}  // namespace

std::shared_ptr<rocksdb::Logger> NewStoreInfoLog(const std::string& dir) {
  namespace fs = std::filesystem;
  const fs::path log = fs::path(dir) / "LOG";
  std::error_code ec;
  if (fs::exists(log, ec)) fs::rename(log, fs::path(dir) / "LOG.old", ec);
  std::FILE* file = std::fopen(log.c_str(), "w");
  if (file == nullptr) return nullptr;
  return std::make_shared<StoreInfoLog>(file);
}

}  // namespace lexgraph::storage
