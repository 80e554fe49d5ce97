#!/usr/bin/env bash
# Adversarial inputs through `lexgraph extract` at full size (issue 9, item 3):
#   fragments   one line of COUNT "số 1-" fragments (default 10 million, 70 MB)
#   digits      one line of 1,000,000 digits
#   parens      one line of 100,000 "("
#   citations   one line of 50 MB: "Nghị quyết số 12-NQ/TW ngày 1 " again and again
# For each: size, wall seconds, MB/s, peak RSS (GNU time), exit code, mentions
# and the first line of stderr (a limit's message, if one was hit). The
# linear-time check itself is tests/extractors/pathological_input_test.cc.
# Usage: bench/pathological_bench.sh [LEXGRAPH_BIN]     (default build/lexgraph)
# Environment: COUNT  fragments in the first input (default 10000000)
# The report is also written to bench/out/pathological_bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-build/lexgraph}
count=${COUNT:-10000000}
out=bench/out
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

python3 - "$tmp" "$count" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
def w(name, s):
    with open(f"{d}/{name}.md", "w", encoding="utf-8") as f:
        f.write(s + "\n")
w("fragments", "số 1-" * n)
w("digits", "1" * 1_000_000)
w("parens", "(" * 100_000)
piece = "Nghị quyết số 12-NQ/TW ngày 1 "
w("citations", piece * (50_000_000 // len(piece.encode())))
PY

{
  echo "lexgraph extract on adversarial inputs, $(date -u '+%F %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-10s %10s %8s %8s %10s %5s %9s  %s\n' input bytes seconds MB/s peak_MB exit mentions message
  for name in fragments digits parens citations; do
    f="$tmp/$name.md"
    bytes=$(stat -c %s "$f")
    set +e
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" extract "$f" >"$tmp/stdout" 2>"$tmp/stderr"
    rc=$?
    set -e
    read -r secs kb <"$tmp/time"
    mentions=$(wc -l <"$tmp/stdout")
    msg=$(grep -v '^Command exited' "$tmp/stderr" | head -1 | sed "s|$tmp/||")
    mbs=$(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.1f", s > 0 ? b / 1e6 / s : 0 }')
    printf '%-10s %10d %8s %8s %10d %5d %9d  %s\n' "$name" "$bytes" "$secs" "$mbs" $((kb / 1024)) "$rc" "$mentions" "$msg"
  done
} | tee "$out/pathological_bench.txt"
