// Flag values the commands share.
#pragma once

#include <string>

#include "base/status.h"

namespace lexgraph::app {

// The value of --jobs: a number from 1 to 256, else InvalidArgument naming it.
Result<int> ParseJobs(const std::string& value);

}  // namespace lexgraph::app
