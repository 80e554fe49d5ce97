// Flag values the commands share.
#pragma once

#include <string>

#include "base/status.h"

namespace lexgraph::app {

// The value of --jobs: a number from 1 to 256, else InvalidArgument naming it.
Result<int> ParseJobs(const std::string& value);

// A limit typed for `flag` (--depth, --max-nodes): a whole number from 0 up,
// 0 meaning no limit; else InvalidArgument naming the flag, the value, and
// `what` is counted ("steps", "documents").
Result<int> ParseLimit(const std::string& flag, const std::string& value, const char* what);

}  // namespace lexgraph::app

namespace lexgraph::app {

// A date bound as typed for `flag`: "YYYY", "YYYY-MM" or "YYYY-MM-DD" with
// a real month and day; else InvalidArgument naming the flag and value.
Result<std::string> ParseDateBound(const std::string& flag, const std::string& value);

}  // namespace lexgraph::app
