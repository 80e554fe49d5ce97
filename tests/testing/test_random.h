// Pseudo-random numbers for tests that damage text at random places: a fixed
// linear congruential sequence, so that every run, on every machine, tries
// the same texts and a failure names one that can be tried again.
#pragma once

#include <cstdint>
#include <string>

namespace lexgraph::testing {

class TestRandom {
 public:
  explicit TestRandom(uint32_t seed) : state_(seed) {}

  // The next number, in [0, 2^24).
  uint32_t Next() {
    state_ = state_ * 1103515245u + 12345u;
    return state_ >> 8;
  }

  // `text` with up to `most` bytes overwritten by any byte value at places
  // of the random's choosing (at least `least`). REQUIRES: text not empty.
  std::string WithBytesChanged(std::string text, uint32_t least, uint32_t most) {
    for (uint32_t changes = least + Next() % (most - least + 1); changes > 0; --changes) {
      text[Next() % text.size()] = static_cast<char>(Next() & 0xFF);
    }
    return text;
  }

 private:
  uint32_t state_;
};

}  // namespace lexgraph::testing
