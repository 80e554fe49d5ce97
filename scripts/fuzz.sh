#!/usr/bin/env bash
# Runs each libFuzzer target of fuzz/ for SECONDS, seeded from
# ../shared/corpus/ (scripts/fuzz_seeds.py: slices of its files, and its short
# lines holding a digit). Builds the targets in build-asan/, the same clang
# configuration as scripts/sanitize.sh (scripts/configure_asan.sh: coverage for
# the fuzzer, AddressSanitizer and UndefinedBehaviorSanitizer in every
# library, -O1 -g1), so one build serves both. The corpus each target grows is
# kept in build-asan/fuzz-corpus/TARGET and a next run starts from it.
# Each target's last status line (exec/s, cov, ft, corpus) goes to
# build-asan/fuzz-report.txt; a crash leaves its input in build-asan/crashes/
# and makes the script exit 1.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (default 30 s each, all five)
# Environment: JOBS build jobs (default nproc); SHARED the shared folder (../shared)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_normalize fuzz_outline fuzz_extract fuzz_reference fuzz_key_format)
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
shared=${SHARED:-../shared}
out=build-asan

bash scripts/configure_asan.sh
cmake --build "$out" -j "$jobs" --target "${targets[@]}"
[ -d "$out/seeds/text" ] && [ -d "$out/seeds/short" ] ||
  python3 scripts/fuzz_seeds.py "$shared/corpus" "$out/seeds"

mkdir -p "$out/crashes"
report="$out/fuzz-report.txt"
: >"$report"
status=0
for t in "${targets[@]}"; do
  case $t in
    fuzz_normalize|fuzz_outline|fuzz_extract) seeds=$out/seeds/text; max_len=8192 ;;
    *) seeds=$out/seeds/short; max_len=256 ;;
  esac
  corpus=$out/fuzz-corpus/$t
  mkdir -p "$corpus"
  log=$out/$t.log
  set +e
  "$out/fuzz/$t" "$corpus" "$seeds" -max_total_time="$seconds" -max_len="$max_len" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/crashes/$t-" >"$log" 2>&1
  rc=$?
  set -e
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  line="$t ${seconds}s rc=$rc load $(cut -d' ' -f1-3 /proc/loadavg): $last"
  echo "$line" | tee -a "$report"
  if [ "$rc" -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|check failed' "$log" | head -5 >&2
  fi
done
echo "fuzz: report in $report; crashes (if any) in $out/crashes/" >&2
exit "$status"
