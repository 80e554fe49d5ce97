#include "extractors/re2_budget.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace lexgraph {

RE2::Options BudgetedOptions(int64_t max_mem) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  return o;
}

const RE2& CheckCompiled(const RE2& re, std::string_view what) {
  if (!re.ok()) {
    std::fprintf(stderr, "lexgraph: internal error: pattern %.*s does not compile: %s\n",
                 static_cast<int>(what.size()), what.data(), re.error().c_str());
    std::abort();
  }
  return re;
}

}  // namespace lexgraph
