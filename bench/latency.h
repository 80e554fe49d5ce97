// Latency samples of one kind of query: their median, p99 and maximum.
// p99 is the nearest-rank percentile (with 200 samples, the second
// largest). Header-only; not thread-safe.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace lexgraph::bench {

class Latencies {
 public:
  void Add(double seconds) { samples_.push_back(seconds); }
  size_t count() const { return samples_.size(); }

  double Median() const { return Rank(0.5); }
  double P99() const { return Rank(0.99); }
  double Max() const { return samples_.empty() ? 0 : *std::max_element(samples_.begin(), samples_.end()); }

 private:
  // The smallest sample with at least `q` of the samples at or below it.
  double Rank(double q) const {
    if (samples_.empty()) return 0;
    std::vector<double> s = samples_;
    std::sort(s.begin(), s.end());
    size_t k = static_cast<size_t>(std::ceil(q * static_cast<double>(s.size())));
    return s[std::clamp<size_t>(k, 1, s.size()) - 1];
  }

  std::vector<double> samples_;
};

// Seconds taken by `fn()`.
template <typename Fn>
double TimeIt(Fn&& fn) {
  auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace lexgraph::bench
