#include "app/flags.h"

#include <exception>

namespace lexgraph::app {

Result<int> ParseJobs(const std::string& value) {
  try {
    int jobs = std::stoi(value);
    if (jobs >= 1 && jobs <= 256) return jobs;
  } catch (const std::exception&) {
  }
  return Status::InvalidArgument("--jobs: expected a number from 1 to 256, not '" + value + "'");
}

Result<int> ParseLimit(const std::string& flag, const std::string& value, const char* what) {
  try {
    size_t used = 0;
    int n = std::stoi(value, &used);
    if (used == value.size() && n >= 0) return n;
  } catch (const std::exception&) {
  }
  return Status::InvalidArgument(flag + ": expected a number of " + what + " (0: no limit), not '" + value + "'");
}

}  // namespace lexgraph::app

namespace lexgraph::app {

Result<std::string> ParseDateBound(const std::string& flag, const std::string& value) {
  auto digits = [&](size_t at, size_t n) {
    if (value.size() < at + n) return -1;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (value[i] < '0' || value[i] > '9') return -1;
      v = v * 10 + (value[i] - '0');
    }
    return v;
  };
  bool ok = (value.size() == 4 || value.size() == 7 || value.size() == 10) && digits(0, 4) >= 0;
  if (ok && value.size() >= 7) ok = value[4] == '-' && digits(5, 2) >= 1 && digits(5, 2) <= 12;
  if (ok && value.size() == 10) ok = value[7] == '-' && digits(8, 2) >= 1 && digits(8, 2) <= 31;
  if (ok) return value;
  return Status::InvalidArgument(flag + ": expected a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + value +
                                 "'");
}

}  // namespace lexgraph::app
