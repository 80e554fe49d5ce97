// DotToSvg: Graphviz's `dot -Tsvg` run on a DOT text, for the lineage
// picture of `lexgraph serve`. The child gets the DOT on stdin; its SVG is
// read from stdout, at most `max_bytes`; a child still running after
// `timeout` is killed. Thread-safe (one child per call).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lexgraph::app {

// The SVG. Errors: NotFound when `dot` is not installed; IOError when it
// fails, times out or writes more than `max_bytes` (the message says which).
Result<std::string> DotToSvg(std::string_view dot, std::chrono::milliseconds timeout, size_t max_bytes);

}  // namespace lexgraph::app
