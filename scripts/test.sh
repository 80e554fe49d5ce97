#!/usr/bin/env bash
# Set up, build, and run every test under ctest. Tests that score the engine
# against ../shared (the gold and the real corpus) run when that folder exists.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
