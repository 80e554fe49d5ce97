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

}  // namespace lexgraph::app
