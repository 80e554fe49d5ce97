// ProgressBar: one line on a terminal, redrawn in place at most every
// kRedrawSeconds: "[#####.....] 1234/5000 files  56.7/620.0 MB  45.3 MB/s  0:12 left".
// Draws nothing unless the stream is a terminal. Not thread-safe.
#pragma once

#include <cstdio>

#include "engine/ingest.h"

namespace lexgraph::app {

class ProgressBar {
 public:
  explicit ProgressBar(std::FILE* out);
  void Update(const IngestProgress& p);
  void Finish();  // clears the line

 private:
  std::FILE* out_;
  bool enabled_;
  double last_ = -1;
};

inline constexpr double kRedrawSeconds = 0.1;

}  // namespace lexgraph::app
