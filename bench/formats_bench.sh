#!/usr/bin/env bash
# Throughput per input format (issue 7): the sample report as markdown, DOCX,
# PDF (tests/data/formats/) and the thuvienphapluat-style HTML page, each
# read N times in one process by `lexgraph text` (conversion alone) and by
# `lexgraph extract` (conversion, normalize, outline, citations). Prints
# MB/s of input file bytes, best of 3 runs, one thread.
# Usage: bench/formats_bench.sh [LEXGRAPH_BIN] [N]   (default build/lexgraph, 40)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/lexgraph}
n=${2:-40}
files=(tests/data/kien-giang-dan-van-2020.md tests/data/formats/kien-giang-dan-van-2020.docx
       tests/data/formats/kien-giang-dan-van-2020.pdf tests/data/formats/tvpl-style-page.html)
printf "%-8s %10s %14s %14s\n" format "file bytes" "text MB/s" "extract MB/s"
for f in "${files[@]}"; do
  args=()
  for ((i = 0; i < n; i++)); do args+=("$f"); done
  bytes=$(($(stat -c %s "$f") * n))
  rates=()
  for cmd in text extract; do
    best=
    for run in 1 2 3; do
      start=$(date +%s.%N)
      "$bin" "$cmd" "${args[@]}" >/dev/null
      end=$(date +%s.%N)
      t=$(echo "$end - $start" | bc -l)
      if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    done
    rates+=("$(echo "scale=2; $bytes / 1000000 / $best" | bc -l)")
  done
  printf "%-8s %10d %14s %14s\n" "${f##*.}" "$(stat -c %s "$f")" "${rates[0]}" "${rates[1]}"
done
