#!/usr/bin/env bash
# Ingest throughput, size and memory (issue 4, item 7), in one run:
#   lexgraph extract --json --jobs J FILES   extract-only, the same files (the yardstick)
#   lexgraph ingest --jobs J CORPUS          into a fresh store
#   lexgraph ingest --jobs J CORPUS          again: every file unchanged
# over at least BENCH_FILES files (the shared corpus copied round after round
# under new names by bench/make_corpus.sh, in bench/out/ingest-corpus), with
# wall seconds, CPU seconds, MB/s, files/s and peak RSS (GNU time), then bytes on disk per
# 1,000 files and per 1,000 documents, and the targets marked PASS or MISS.
#
# Usage: bench/ingest_bench.sh [LEXGRAPH_BIN]          (default build/lexgraph)
# Environment: BENCH_FILES  at least this many files (default 5000)
#              JOBS         --jobs for extract and ingest (default: nproc)
# MB is 10^6 bytes. The report is also written to bench/out/ingest_bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-build/lexgraph}
want_files=${BENCH_FILES:-5000}
jobs=${JOBS:-$(nproc)}
src=$(cd .. && pwd)/shared/corpus
out=bench/out
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x /usr/bin/time ] || { echo "ingest_bench: needs GNU time (apt-get install time)" >&2; exit 2; }
[ -x "$bin" ] || { echo "ingest_bench: no $bin (build first)" >&2; exit 2; }

# --- the corpus: enough rounds of the shared corpus for want_files files.
mapfile -d '' sources < <(find "$src" -type f \( -name '*.md' -o -name '*.txt' \) -print0)
round_bytes=$(du -cb "${sources[@]}" | tail -1 | cut -f1)
rounds=$(((want_files + ${#sources[@]} - 1) / ${#sources[@]}))
target_mb=$(((rounds * round_bytes + 999999) / 1000000))
corpus=$(bench/make_corpus.sh "$target_mb" "$src" "$out/ingest-corpus")
mapfile -t files < <(find "$corpus" -type f ! -name .stamp | LC_ALL=C sort)
total=$(du -cb "${files[@]}" | tail -1 | cut -f1)
cat "${files[@]}" >/dev/null  # page cache warm for every run

# measure CMD...: wall seconds, CPU seconds (user + sys, every thread) and
# peak RSS (KB) into secs / cpu / rss_kb.
measure() {
  local t0 t1 rc=0
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
  t1=$(date +%s.%N)
  if ((rc != 0)); then
    echo "ingest_bench: '$1 $2' failed (exit $rc):" >&2
    head -c 2000 "$tmp/stderr" >&2
    exit 1
  fi
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tmp/time")
}

rows=()
row() {  # name seconds rss_kb cpu_seconds
  rows+=("$(printf '%-34s %7s %7s %8.1f %8.1f %8.1f' "$1" "$2" "$4" \
    "$(awk -v b="$total" -v s="$2" 'BEGIN { print b / 1e6 / s }')" \
    "$(awk -v n="${#files[@]}" -v s="$2" 'BEGIN { print n / s }')" \
    "$(awk -v k="$3" 'BEGIN { print k / 1024 }')")")
}

measure "$bin" extract --json --jobs "$jobs" "${files[@]}"
extract_secs=$secs
mentions=$(wc -l <"$tmp/stdout")
extract_cpu=$cpu
row "extract --json --jobs $jobs" "$secs" "$rss_kb" "$cpu"

db="$tmp/db"
measure "$bin" ingest --db "$db" --jobs "$jobs" --json "$corpus"
ingest_secs=$secs ingest_rss=$rss_kb ingest_cpu=$cpu
summary=$(cat "$tmp/stdout")
row "ingest --jobs $jobs (new store)" "$secs" "$rss_kb" "$cpu"

measure "$bin" ingest --db "$db" --jobs "$jobs" --json "$corpus"
again=$(cat "$tmp/stdout")
row "ingest again (all unchanged)" "$secs" "$rss_kb" "$cpu"

"$bin" stats --db "$db" --json >"$tmp/stats"
documents=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["nodes"].get("document", 0))' "$tmp/stats")
disk=$(du -sb "$db" | cut -f1)
"$bin" check --db "$db" >/dev/null && check=ok || check=FAILED

ratio=$(awk -v e="$extract_secs" -v i="$ingest_secs" 'BEGIN { printf "%.2f", e / i }')
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { print ((op == ">=" ? r >= t : r < t) ? "PASS" : "MISS") }'; }
rss_mb=$(awk -v k="$ingest_rss" 'BEGIN { printf "%.1f", k / 1024 }')
{
  echo "lexgraph ingest benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "corpus: $corpus, ${#files[@]} files, $(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1e6 }') MB ($rounds copies of the shared corpus); page cache warm"
  echo
  printf '%-34s %7s %7s %8s %8s %8s\n' "run" "seconds" "CPU s" "MB/s" "files/s" "peak MB"
  printf '%s\n' "${rows[@]}"
  echo
  echo "ingest summary: $summary"
  echo "again: $again"
  echo "CPU seconds (user + sys), ingest / extract-only: $(awk -v i="$ingest_cpu" -v e="$extract_cpu" 'BEGIN { printf "%.2f", i / e }')"
  echo "extract mentions: $mentions; store: $documents document nodes, check $check"
  echo "bytes on disk: $disk ($(awk -v d="$disk" 'BEGIN { printf "%.1f", d / 1e6 }') MB, du -sb after ingest)"
  echo "  per 1,000 files ingested:   $(awk -v d="$disk" -v n="${#files[@]}" 'BEGIN { printf "%.1f MB", d / n * 1000 / 1e6 }')"
  echo "  per 1,000 document nodes:   $(awk -v d="$disk" -v n="$documents" 'BEGIN { printf "%.1f MB", n ? d / n * 1000 / 1e6 : 0 }') (the copies cite the same documents)"
  echo
  echo "targets:"
  printf '  %-40s %6s  (target >= 0.5)  %s\n' "ingest / extract-only, MB/s" "$ratio" "$(verdict "$ratio" 0.5 '>=')"
  printf '  %-40s %6s  (target < 500)   %s\n' "ingest peak RSS MB" "$rss_mb" "$(verdict "$rss_mb" 500 '<')"
  printf '  %-40s %6s  (target >= 5000) %s\n' "files" "${#files[@]}" "$(verdict "${#files[@]}" 5000 '>=')"
} | tee "$out/ingest_bench.txt"
