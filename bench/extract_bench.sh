#!/usr/bin/env bash
# Extraction throughput, side by side in one run (issue 2, item 7; issue 3, item 6):
#   lexgraph extract --json            one thread, over the whole corpus: outline
#                                      plus extraction, what a user runs
#   lexgraph extract --json --no-outline  one thread: extraction alone (no
#                                      sections, footnotes or rejoined sentences)
#   lexgraph extract --json --jobs 2   two threads, same files
#   rg -j1 --count-matches PATTERN     one thread, a pattern for the same citation heads
#   python3 bench/reference_extract.py the same fields in plain Python `re`, over a
#                                      fixed subset (it is slow), scaled to MB/s
# with wall seconds, MB/s, peak RSS and mentions counted, then the ratios the
# issues set targets for, each marked PASS or MISS: issue 2's speed against rg
# and Python is that of extraction alone; issue 3 asks that the outline add at
# most 30% to it. The whole pipeline's ratios are printed beside them.
#
# Usage: bench/extract_bench.sh [LEXGRAPH_BIN]        (default build/lexgraph)
# Environment: BENCH_MB  corpus size in MB, default 200 (bench/make_corpus.sh)
#              PY_MB     size of the Python subset in MB, default 20
#              REPEAT    timed runs of each command; the fastest counts (default 1)
#              PYTHON    the Python interpreter, default python3
# MB is 10^6 bytes throughout. The report is also written to bench/out/extract_bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-build/lexgraph}
bench_mb=${BENCH_MB:-200}
py_mb=${PY_MB:-20}
repeat=${REPEAT:-1}
python=${PYTHON:-python3}
out=bench/out
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- tools: ripgrep and GNU time (for peak RSS); installed here if missing,
# so the set-up script needs neither.
need=()
command -v rg >/dev/null || need+=(ripgrep)
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then
  echo "extract_bench: installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- the citation heads, for rg: a type word, optional "số", then a Party code
# (62-KL/TW, "100 - KL/TW"), a State code (04/2015/NĐ-CP, 45/2019/QH14,
# 16/CT-TTg, 4919/VPCP-KTTH) or a bare code; or a type word and a number
# ("Nghị quyết 24"). No \b: ripgrep 13's DFA gives up on a Unicode word
# boundary in non-ASCII text and runs ~100x slower, which would flatter us.
types='[Nn]ghị quyết|[Qq]uyết định|[Cc]hỉ thị|[Kk]ết luận|[Tt]hông báo(?: [Kk]ết luận)?|[Qq]uy định'
types+='|[Qq]uy chế|[Cc]ông văn|[Cc]ông điện|[Kk]ế hoạch|[Cc]hương trình|[Hh]ướng dẫn|[Nn]ghị định'
types+='|[Tt]hông tư(?: liên tịch)?|[Tt]hông tri|[Bb]ộ luật|[Ll]uật|[Pp]háp lệnh|[Bb]áo cáo|[Tt]ờ trình'
types+='|[Đđ]ề án|[Pp]hương án|[Vv]ăn bản hợp nhất'
party='\d{1,5} ?- ?[A-ZĐ][A-Za-zĐđ]{0,5} ?/ ?[A-ZĐƯ][A-Za-zĐđƯư0-9]*(?:-[A-ZĐƯ][A-Za-zĐđƯư0-9]*)*'
state_year='\d{1,5}/(?:19|20)\d\d/(?:[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐƯ][A-Za-zĐđƯư0-9]*)+|(?:UBTV)?QH\d{1,2})'
state='\d{1,5}/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐƯ][A-Za-zĐđƯư0-9]*)+'
pattern="(?:(?:$types)\\s+(?:[Ss]ố\\s*)?)?(?:$party|$state_year|$state)|(?:$types)\\s+(?:[Ss]ố\\s*)?\\d{1,5}"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the corpus, and the Python subset: its first files in order, up to PY_MB.
corpus=$(bench/make_corpus.sh "$bench_mb")
mapfile -t files < <(find "$corpus" -type f ! -name .stamp | LC_ALL=C sort)
total=0
subset=()
subset_bytes=0
for f in "${files[@]}"; do
  size=$(stat -c %s "$f")
  total=$((total + size))
  if ((subset_bytes < py_mb * 1000000)); then
    subset+=("$f")
    subset_bytes=$((subset_bytes + size))
  fi
done
# Read everything once so that every tool finds the files in the page cache.
cat "${files[@]}" >/dev/null

# --- measuring. measure OUTFILE CMD...: runs CMD REPEAT times with stdout to
# OUTFILE; sets `secs` (fastest wall time), `rss_kb` (its peak RSS, from GNU
# time: the largest of the process and its children) and `ok`.
measure() {
  local dest=$1 t0 t1 s rc
  shift
  secs="" rss_kb="" ok=1
  for ((i = 0; i < repeat; i++)); do
    t0=$(date +%s.%N)
    rc=0
    /usr/bin/time -v -o "$tmp/time" "$@" >"$dest" 2>"$tmp/stderr" || rc=$?
    t1=$(date +%s.%N)
    # rg exits 1 when nothing matched; anything else non-zero is a failure.
    if ((rc != 0)) && ! { [ "$1" = rg ] && ((rc == 1)); }; then
      echo "extract_bench: '$*' failed (exit $rc):" >&2
      head -c 2000 "$tmp/stderr" >&2
      ok=0
      return 0
    fi
    s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    if [ -z "$secs" ] || awk -v a="$s" -v b="$secs" 'BEGIN { exit !(a < b) }'; then
      secs=$s
      rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
    fi
  done
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { print ((op == ">=" ? r >= t : r < t) ? "PASS" : "MISS") }'; }

rows=()  # "name|MB|seconds|MB/s|RSS MB|mentions"
row() { rows+=("$1|$(mb "$2")|$3|$(rate "$2" "$3")|$(awk -v k="$4" 'BEGIN { printf "%.1f", k / 1024 }')|$5"); }

# --- lexgraph, if it is there and extracts.
have_lex=0
have_jobs=0
sample=tests/data/kien-giang-dan-van-2020.md
if [ -x "$bin" ] && [[ $("$bin" extract --json "$sample" 2>/dev/null || true) == "{"* ]]; then
  have_lex=1
  if [[ $("$bin" extract --json --jobs 2 "$sample" 2>/dev/null || true) == "{"* ]]; then
    have_jobs=1
  fi
else
  echo "extract_bench: $bin is missing or does not extract; its rows are left out" >&2
fi

if ((have_lex)); then
  # Counted apart, untimed: the timed runs write to /dev/null.
  lex_count=$("$bin" extract --json "${files[@]}" | wc -l)
  lex_subset_count=$("$bin" extract --json "${subset[@]}" | wc -l)
  # Peak RSS over the subset, to show it does not grow with the corpus.
  measure /dev/null "$bin" extract --json "${subset[@]}"
  lex_subset_rss=$rss_kb
  measure /dev/null "$bin" extract --json "${files[@]}"
  if ((ok)); then lex1_secs=$secs lex1_rss=$rss_kb; row "lexgraph extract --json (1 thread)" "$total" "$secs" "$rss_kb" "$lex_count"; fi
  flat_count=$("$bin" extract --json --no-outline "${files[@]}" | wc -l)
  measure /dev/null "$bin" extract --json --no-outline "${files[@]}"
  if ((ok)); then flat_secs=$secs; row "lexgraph extract --json --no-outline" "$total" "$secs" "$rss_kb" "$flat_count"; fi
  if ((have_jobs)); then
    jobs_count=$("$bin" extract --json --jobs 2 "${subset[@]}" | wc -l)
    measure /dev/null "$bin" extract --json --jobs 2 "${files[@]}"
    if ((ok)); then lex2_secs=$secs lex2_rss=$rss_kb; row "lexgraph extract --json --jobs 2" "$total" "$secs" "$rss_kb" "$lex_count"; fi
  fi
fi

measure "$tmp/rg.out" rg -j1 --no-filename --count-matches -e "$pattern" "${files[@]}"
rg_count=$(awk '{ s += $1 } END { print s + 0 }' "$tmp/rg.out")
rg_secs=$secs
row "rg -j1 --count-matches (1 thread)" "$total" "$secs" "$rss_kb" "$rg_count"
rg -j1 --no-filename --count-matches -e "$pattern" "${subset[@]}" >"$tmp/rg.subset" || true
rg_subset_count=$(awk '{ s += $1 } END { print s + 0 }' "$tmp/rg.subset")

measure "$out/reference_extract.jsonl" "$python" bench/reference_extract.py "${subset[@]}"
py_count=$(wc -l <"$out/reference_extract.jsonl")
py_secs=$secs
row "python3 reference_extract.py (subset)" "$subset_bytes" "$secs" "$rss_kb" "$py_count"

# --- the report.
{
  echo "lexgraph extraction benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  if awk -v l="${load_start%% *}" 'BEGIN { exit !(l > 0.5) }'; then
    echo "WARNING: the machine was busy when the bench started; the figures (--jobs 2 above all) may be low"
  fi
  echo "tools: $(rg --version | sed -n 1p), $("$python" --version 2>&1), lexgraph $bin"
  echo "corpus: $corpus, ${#files[@]} files, $(mb "$total") MB (copies of the shared corpus); page cache warm; MB = 10^6 bytes"
  echo "python subset: the first ${#subset[@]} files in name order, $(mb "$subset_bytes") MB; its MB/s are over that subset"
  echo "timed runs write to /dev/null (rg: per-file counts; python: bench/out/reference_extract.jsonl); fastest of $repeat"
  echo
  printf '%-40s %8s %8s %8s %9s %9s\n' "run" "MB" "seconds" "MB/s" "peak MB" "mentions"
  for r in "${rows[@]}"; do
    IFS='|' read -r name m s rt k n <<<"$r"
    printf '%-40s %8s %8s %8s %9s %9s\n' "$name" "$m" "$s" "$rt" "$k" "$n"
  done
  echo
  counts="python $py_count, rg $rg_subset_count"
  ((have_lex)) && counts+=", lexgraph $lex_subset_count"
  ((have_jobs)) && counts+=", lexgraph --jobs 2 $jobs_count"
  echo "mentions over the python subset: $counts"
  echo "(rg counts head matches of one pattern, the others citations with their fields: the figures differ by design)"
  echo
  echo "targets (single thread unless said):"
  py_rate=$(rate "$subset_bytes" "$py_secs")
  if ((have_lex)) && [ -n "${lex1_secs:-}" ]; then
    lex_rate=$(rate "$total" "$lex1_secs")
    rg_rate=$(rate "$total" "$rg_secs")
    if [ -n "${flat_secs:-}" ]; then
      flat_rate=$(rate "$total" "$flat_secs")
      r=$(ratio "$flat_rate" "$rg_rate")
      printf '  %-44s %6s  (target >= 0.25)  %s\n' "extraction alone / rg, MB/s" "$r" "$(verdict "$r" 0.25 '>=')"
      r=$(ratio "$flat_rate" "$py_rate")
      printf '  %-44s %6s  (target >= 10)    %s\n' "extraction alone / python, MB/s" "$r" "$(verdict "$r" 10 '>=')"
      r=$(ratio "$lex1_secs" "$flat_secs")
      printf '  %-44s %6s  (target <= 1.3)   %s\n' "outline + extraction / extraction alone, s" "$r" "$(verdict "$r" 1.3001 '<')"
    fi
    printf '  %-44s %6s  (no target)\n' "outline + extraction / rg, MB/s" "$(ratio "$lex_rate" "$rg_rate")"
    printf '  %-44s %6s  (no target)\n' "outline + extraction / python, MB/s" "$(ratio "$lex_rate" "$py_rate")"
    if [ -n "${lex2_secs:-}" ]; then
      r=$(ratio "$lex1_secs" "$lex2_secs")
      printf '  %-44s %6s  (target >= 1.6)   %s\n' "lexgraph --jobs 2 / 1 thread, MB/s" "$r" "$(verdict "$r" 1.6 '>=')"
    else
      printf '  %-44s %6s  (target >= 1.6)   %s\n' "lexgraph --jobs 2 / 1 thread, MB/s" "n/a" "MISS (no --jobs)"
    fi
    for pair in "1 thread, $(mb "$total") MB:$lex1_rss" "--jobs 2, $(mb "$total") MB:${lex2_rss:-}" "1 thread, $(mb "$subset_bytes") MB:$lex_subset_rss"; do
      k=${pair##*:}
      [ -n "$k" ] || continue
      m=$(awk -v k="$k" 'BEGIN { printf "%.1f", k / 1024 }')
      printf '  %-44s %6s  (target < 100)    %s\n' "lexgraph peak RSS MB, ${pair%:*}" "$m" "$(verdict "$m" 100 '<')"
    done
  else
    echo "  lexgraph not measured: $bin is missing or does not extract"
  fi
  echo
  echo "rg pattern: $pattern"
} | tee "$out/extract_bench.txt"
