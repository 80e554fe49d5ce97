#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (issue 9, item 1), and a short run of each libFuzzer target (item 2), from
# one build: scripts/configure_asan.sh configures build-asan/ with clang 14 and
# -DLEXGRAPH_FUZZ=ON (-fsanitize=fuzzer-no-link,address,undefined
# -fno-sanitize-recover=all, -O1 -g1); this builds everything in it, tests and
# fuzz targets, and runs every ctest entry: the suite, and fuzz_* for
# FUZZ_SECONDS each (fuzz/CMakeLists.txt). Any sanitizer report fails its
# test (halt_on_error, and UBSan does not recover). Prints the build and test
# times at the end. Run scripts/setup.sh first (the packages, and the e2e
# browser that one test needs).
# Usage: scripts/sanitize.sh [ctest arguments...]   e.g. -R extractors_test
# Environment: JOBS  parallel build and test jobs (default: nproc)
#              SANITIZE_OPT, FUZZ_SECONDS  see scripts/configure_asan.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

t0=$(date +%s)
bash scripts/configure_asan.sh
cmake --build build-asan -j "$jobs"
t1=$(date +%s)
status=0
(cd build-asan && ctest --output-on-failure -j "$jobs" "$@") || status=$?
t2=$(date +%s)
echo "sanitize: build $((t1 - t0)) s, ctest $((t2 - t1)) s, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exit "$status"
