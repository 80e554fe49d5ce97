#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with Debian's clang into build-fuzz/
# (-DLEXGRAPH_FUZZ=ON: coverage for the fuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer in every library) and runs each for SECONDS,
# seeded from ../shared/corpus/ (slices of its files; see make_seeds below).
# Each target's last status line (exec/s, cov, ft, corpus) goes to
# build-fuzz/fuzz-report.txt; a crash leaves its input in build-fuzz/crashes/
# and makes the script exit 1. Installs clang-14 and libclang-rt-14-dev
# (libFuzzer's runtime) if missing: the fuzz build needs them, the main build
# does not, so scripts/setup.sh leaves them out.
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
out=build-fuzz

missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "fuzz: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

CC=clang-14 CXX=clang++-14 cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLEXGRAPH_FUZZ=ON -DLEXGRAPH_WERROR=OFF >/dev/null
cmake --build "$out" -j "$jobs" --target "${targets[@]}"

# Seeds: every corpus file cut into slices of 2 KB at line starts (at most
# 40 slices a file) for the text targets; its short lines holding a digit
# (what a person types as a reference, and key parts) for the others.
make_seeds() {
  python3 - "$shared/corpus" "$out/seeds" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for d in ("text", "short"):
    os.makedirs(os.path.join(dst, d), exist_ok=True)
files = []
for root, _, names in os.walk(src):
    files += [os.path.join(root, n) for n in sorted(names) if n.endswith((".md", ".txt"))]
n_text = n_short = 0
for path in sorted(files):
    data = open(path, "rb").read()
    lines = data.split(b"\n")
    chunk, taken = b"", 0
    for line in lines:
        chunk += line + b"\n"
        if len(chunk) >= 2048 and taken < 40:
            open(os.path.join(dst, "text", f"{n_text:06d}"), "wb").write(chunk)
            n_text += 1; taken += 1; chunk = b""
        s = line.strip()
        if 4 <= len(s) <= 80 and any(c in b"0123456789" for c in s) and n_short < 4000:
            open(os.path.join(dst, "short", f"{n_short:06d}"), "wb").write(s)
            n_short += 1
print(f"seeds: {n_text} text slices, {n_short} short lines from {len(files)} files")
PY
}
[ -d "$out/seeds/text" ] || make_seeds

mkdir -p "$out/crashes"
report="$out/fuzz-report.txt"
: >"$report"
status=0
for t in "${targets[@]}"; do
  case $t in
    fuzz_normalize|fuzz_outline|fuzz_extract) seeds=$out/seeds/text; max_len=8192 ;;
    *) seeds=$out/seeds/short; max_len=256 ;;
  esac
  corpus=$out/corpus/$t
  mkdir -p "$corpus"
  log=$out/$t.log
  set +e
  "$out/fuzz/$t" "$corpus" "$seeds" -max_total_time="$seconds" -max_len="$max_len" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/crashes/$t-" >"$log" 2>&1
  rc=$?
  set -e
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  line="$t ${seconds}s rc=$rc: $last"
  echo "$line" | tee -a "$report"
  if [ "$rc" -ne 0 ]; then
    status=1
    grep -E 'ERROR|SUMMARY|check failed' "$log" | head -5 >&2
  fi
done
echo "fuzz: report in $report; crashes (if any) in $out/crashes/" >&2
exit "$status"
