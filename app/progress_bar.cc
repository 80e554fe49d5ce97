#include "app/progress_bar.h"

#include <unistd.h>

#include <algorithm>
#include <string>

namespace lexgraph::app {

ProgressBar::ProgressBar(std::FILE* out) : out_(out), enabled_(::isatty(::fileno(out)) != 0) {}

void ProgressBar::Update(const IngestProgress& p) {
  bool last = p.files_done == p.files_total;
  if (!enabled_ || (!last && p.seconds - last_ < kRedrawSeconds)) return;
  last_ = p.seconds;
  constexpr int kWidth = 24;
  double done = p.bytes_total > 0 ? std::min(1.0, double(p.bytes_done) / double(p.bytes_total))
                : p.files_total > 0 ? double(p.files_done) / double(p.files_total) : 1.0;
  std::string bar(static_cast<size_t>(done * kWidth), '#');
  bar.resize(kWidth, '.');
  double rate = p.seconds > 0 ? double(p.bytes_done) / 1e6 / p.seconds : 0;
  int left = done > 0 ? static_cast<int>(p.seconds * (1 - done) / done) : 0;
  std::fprintf(out_, "\r[%s] %zu/%zu files  %.1f/%.1f MB  %.1f MB/s  %d:%02d left ", bar.c_str(),
               p.files_done, p.files_total, double(p.bytes_done) / 1e6, double(p.bytes_total) / 1e6,
               rate, left / 60, left % 60);
  std::fflush(out_);
}

void ProgressBar::Finish() {
  if (!enabled_ || last_ < 0) return;
  std::fprintf(out_, "\r%*s\r", 90, "");
  std::fflush(out_);
}

}  // namespace lexgraph::app
