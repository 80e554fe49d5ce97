#!/usr/bin/env bash
# `lexgraph serve` under load (issue 8, item 4): wrk against the lineage
# endpoint at 16 connections, JSON and the SVG picture.
#
#   bench/serve_bench.sh [BUILD_DIR]     # default build/
#
# Ingests the sample report into a temporary store (or uses $DB), starts
# the server on a free port and runs wrk (Debian's `wrk`) for $SECONDS_EACH
# (10) seconds per URL with $THREADS (2) threads and $CONNECTIONS (16)
# connections, then prints requests/s, p50 and p99 latency and the errors,
# the server's CPU time per request (its own and its `dot` children's: less
# sensitive to the machine's other work than the rates), with the load
# average before and after: read the figures together.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
lexgraph="$build/lexgraph"
seconds="${SECONDS_EACH:-10}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
command -v wrk >/dev/null || { echo "serve_bench: wrk is not installed (scripts/setup.sh)" >&2; exit 2; }
[ -x "$lexgraph" ] || { echo "serve_bench: no $lexgraph: build first" >&2; exit 2; }

tmp=$(mktemp -d /tmp/lexgraph-serve-bench-XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
db="${DB:-$tmp/db}"
if [ -z "${DB:-}" ]; then
  "$lexgraph" ingest --db "$db" "$here/../tests/data/kien-giang-dan-van-2020.md" >/dev/null
fi
"$lexgraph" serve --db "$db" --port 0 >"$tmp/serve.out" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "http://" "$tmp/serve.out" && break; sleep 0.1; done
url=$(sed -n 's/.* at \(http:[^ ]*\)$/\1/p' "$tmp/serve.out" | sed 's#/$##')
[ -n "$url" ] || { cat "$tmp/serve.out" >&2; exit 1; }

# utime + stime of the server and its reaped children (dot), in clock ticks.
cpu_ticks() { awk '{print $14 + $15 + $16 + $17}' "/proc/$server/stat"; }

echo "lexgraph serve: wrk -t$threads -c$connections -d${seconds}s, $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/api/lineage?ref=65-KL%2FTW" "/api/lineage?ref=65-KL%2FTW&format=svg"; do
  cpu_before=$(cpu_ticks)
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url$path" >"$tmp/wrk.txt"
  cpu_after=$(cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' "$tmp/wrk.txt")
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$tmp/wrk.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$tmp/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$tmp/wrk.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$tmp/wrk.txt" | tr -s ' ' | paste -sd';' - || true)
  cpu_ms=$(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN {printf "%.2f", n ? t * 1000 / hz / n : 0}')
  printf '%-40s %9s req/s  p50 %9s  p99 %9s  server CPU %6s ms/request  %s\n' \
    "$path" "$rps" "$p50" "$p99" "$cpu_ms" "${errors:-no errors}"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
