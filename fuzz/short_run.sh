#!/usr/bin/env bash
# One short libFuzzer run for ctest (fuzz/CMakeLists.txt registers one per
# target when LEXGRAPH_FUZZ is on): fresh seeds cut from SHARED/corpus by
# scripts/fuzz_seeds.py into WORK/, then TARGET for SECONDS from them.
# Exits 77 (ctest skips) when SHARED/corpus is absent, the fuzzer's status
# otherwise: non-zero on a crash, a leak, a sanitizer report, a failed check
# of fuzz_check.h or a 10 s hang, whose input is left as WORK/crash-*.
# Usage: short_run.sh TARGET text|short SECONDS SHARED WORK
set -euo pipefail
target=$1 kind=$2 seconds=$3 shared=$4 work=$5
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -d "$shared/corpus" ]; then
  echo "no corpus at $shared/corpus: skipped" >&2
  exit 77
fi
case $kind in
  text) max_len=8192 ;;
  short) max_len=256 ;;
  *) echo "short_run.sh: kind must be text or short, not '$kind'" >&2; exit 2 ;;
esac
rm -rf "$work"
mkdir -p "$work/corpus"
python3 "$here/../scripts/fuzz_seeds.py" "$shared/corpus" "$work/seeds" "$kind"
exec "$target" "$work/corpus" "$work/seeds/$kind" -max_total_time="$seconds" \
  -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$work/crash-"
