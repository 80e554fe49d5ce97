// Flags of the bench programs: "--name value" pairs read into numbers and
// strings, with a message naming the flag for anything else (exit 2).
// Header-only: two small programs share it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

namespace lexgraph::bench {

class BenchArgs {
 public:
  // Exits 2 with a message for a flag without a value or not in `known`.
  BenchArgs(int argc, char** argv, std::map<std::string, std::string> known) : values_(std::move(known)) {
    for (int i = 1; i < argc; ++i) {
      std::string flag = argv[i];
      if (!values_.count(flag) || i + 1 >= argc) Usage("unknown flag or missing value: " + flag);
      values_[flag] = argv[++i];
    }
  }

  const std::string& Str(const std::string& flag) const { return values_.at(flag); }

  uint64_t Num(const std::string& flag) const {
    const std::string& v = values_.at(flag);
    char* end = nullptr;
    unsigned long long n = std::strtoull(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0') Usage(flag + " wants a number, got '" + v + "'");
    return n;
  }

 private:
  [[noreturn]] void Usage(const std::string& why) const {
    std::fprintf(stderr, "%s\nflags (defaults):", why.c_str());
    for (const auto& [flag, value] : values_) std::fprintf(stderr, " %s %s", flag.c_str(), value.c_str());
    std::fprintf(stderr, "\n");
    std::exit(2);
  }

  std::map<std::string, std::string> values_;
};

}  // namespace lexgraph::bench
