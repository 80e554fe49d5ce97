// The memory budget of every RE2 pattern in extractors/, set in one place.
//
// RE2 runs in time linear in the text whatever the pattern; what a pattern may
// cost is memory: its compiled program and its DFA cache, both bounded by
// RE2::Options::max_mem. Every pattern here is built with BudgetedOptions():
//   kLargePatternBudget  the citation patterns, whose type-word and issuer
//                        alternations hold hundreds of spellings;
//   kSmallPatternBudget  the short patterns (dates, units, place lines).
// At match time a full DFA cache is flushed and refilled, and a DFA that fails
// again falls back to RE2's NFA: slower, still linear, same answer; nothing
// is reported because nothing is wrong with the input. At compile time a
// pattern over its budget fails to compile: CheckCompiled names it and stops
// the program (a defect of the build, caught by tests/extractors/re2_budget_test.cc,
// never a property of an input file).
// Thread-safe (constants and pure functions).
#pragma once

#include <re2/re2.h>

#include <cstdint>
#include <string_view>

namespace lexgraph {

inline constexpr int64_t kLargePatternBudget = int64_t{256} << 20;  // 256 MiB
inline constexpr int64_t kSmallPatternBudget = int64_t{8} << 20;    // 8 MiB

// Options with the budget set and RE2's own logging off (errors are ours to report).
RE2::Options BudgetedOptions(int64_t max_mem);

// Returns `re` when it compiled; otherwise prints "lexgraph: internal error:
// pattern WHAT does not compile: REASON" on stderr and aborts.
const RE2& CheckCompiled(const RE2& re, std::string_view what);

}  // namespace lexgraph
