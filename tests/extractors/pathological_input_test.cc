// Adversarial inputs go through normalize, outline and extraction in time
// linear in their size. Each shape is generated at n and 4n; the CPU time of
// the larger must stay well under 16 times the smaller's (what quadratic work
// would give): the bound is 10, generous against a loaded machine, since the
// best of three runs is taken for each size. The results must also be right
// (no citation in the fragments, the real ones found in the long line), so a
// stage that gave up early would fail too. Figures at full size (10 million
// "số 1-") come from bench/pathological_bench.sh, not from here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <ctime>
#include <functional>
#include <string>

#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "extractors/outline.h"

namespace lexgraph {
namespace {

std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times + 1);
  for (size_t i = 0; i < times; ++i) out += piece;
  out += '\n';
  return out;
}

struct Run {
  double cpu_seconds = 0;
  size_t mentions = 0;
  size_t units = 0;
};

Run Process(const std::string& bytes) {
  Run best{1e300, 0, 0};
  for (int i = 0; i < 3; ++i) {
    std::clock_t t0 = std::clock();
    Result<MappedText> norm = Normalize(bytes, "adversarial.md");
    REQUIRE(norm.ok());
    Outline outline = BuildOutline(*norm);
    std::vector<Mention> mentions = ExtractDocument(*norm);
    double s = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
    best = Run{std::min(best.cpu_seconds, s), mentions.size(), outline.units.size()};
  }
  return best;
}

// Processes make(n) and make(4n); returns the two runs after checking growth.
std::pair<Run, Run> CheckLinear(const std::function<std::string(size_t)>& make, size_t n) {
  Process(make(n / 8));  // patterns compiled, caches warm
  Run small = Process(make(n));
  Run large = Process(make(4 * n));
  INFO("cpu " << small.cpu_seconds << " s at n, " << large.cpu_seconds << " s at 4n");
  CHECK(large.cpu_seconds < 10 * std::max(small.cpu_seconds, 0.005));
  return {small, large};
}

TEST_CASE("a line of 'số 1-' fragments costs time linear in its length", "[pathological]") {
  auto [small, large] = CheckLinear([](size_t n) { return Repeat("số 1-", n); }, 60000);
  CHECK(small.mentions == 0);
  CHECK(large.mentions == 0);
}

TEST_CASE("fragments of citations that almost match cost linear time", "[pathological]") {
  // Each piece starts a citation and breaks it off at a different point.
  auto make = [](size_t n) {
    return Repeat("Nghị quyết số 1-NQ/ Chỉ thị số 2/2020/ Quyết định số: 3, 4 và ", n);
  };
  CheckLinear(make, 6000);
}

TEST_CASE("a megabyte of digits costs linear time and gives nothing", "[pathological]") {
  auto [small, large] = CheckLinear([](size_t n) { return Repeat("1", n); }, 250000);
  CHECK(small.mentions == 0);
  CHECK(large.mentions == 0);
}

TEST_CASE("deeply nested parentheses cost linear time", "[pathological]") {
  CheckLinear([](size_t n) { return Repeat("(", n); }, 100000);
  CheckLinear([](size_t n) { return Repeat("(1) ", n); }, 50000);
}

TEST_CASE("a long single line of real citations is read whole in linear time",
          "[pathological]") {
  auto make = [](size_t n) { return Repeat("Nghị quyết số 12-NQ/TW ngày 01-02-2020 của Bộ Chính trị; ", n); };
  auto [small, large] = CheckLinear(make, 1500);
  CHECK(small.mentions == 1500);
  CHECK(large.mentions == 6000);
}

TEST_CASE("many short lines and numbered headings cost linear time", "[pathological]") {
  CheckLinear([](size_t n) { return Repeat("1.\n", n); }, 20000);
  CheckLinear([](size_t n) { return Repeat("- a\n", n); }, 20000);
}

}  // namespace
}  // namespace lexgraph
