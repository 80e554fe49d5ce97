// ParallelInOrder: produce(i) for i in [0, n) on `threads` threads, each
// result handed to consume(i, result) on the calling thread in order of i.
// At most `window` results wait between producers and the consumer, so
// memory stays bounded however large n is. `produce` must be thread-safe
// and must not throw; `consume` runs on the caller's thread only.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lexgraph {

template <typename T, typename Produce, typename Consume>
void ParallelInOrder(size_t n, int threads, size_t window, Produce produce, Consume consume) {
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) consume(i, produce(i));
    return;
  }
  window = std::max<size_t>(window, 1);
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::optional<T>> slots(n);
  size_t next = 0, consumed = 0;
  auto work = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mu);
        cv.wait(lock, [&] { return next >= n || next < consumed + window; });
        if (next >= n) return;
        i = next++;
      }
      T value = produce(i);
      {
        std::lock_guard lock(mu);
        slots[i].emplace(std::move(value));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (size_t i = 0; i < n; ++i) {
    std::optional<T> value;
    {
      std::unique_lock lock(mu);
      cv.wait(lock, [&] { return slots[i].has_value(); });
      value.swap(slots[i]);
      consumed = i + 1;
    }
    cv.notify_all();
    consume(i, std::move(*value));
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace lexgraph
