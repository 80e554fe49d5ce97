#!/usr/bin/env bash
# Builds the benchmark corpus: the .md and .txt files of the shared corpus,
# copied round after round under new names until the total reaches the
# target size. Reuses an existing corpus built from the same sources for the
# same target, so running it again costs nothing.
#
# Usage: bench/make_corpus.sh [TARGET_MB] [SOURCE_DIR] [OUT_DIR]
#   defaults: 200, ../shared/corpus (beside the repo), bench/out/corpus
# Prints the corpus directory on stdout; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

target_mb=${1:-200}
src=${2:-$(cd .. && pwd)/shared/corpus}
out=${3:-bench/out/corpus}
target=$((target_mb * 1000 * 1000))  # MB here is 10^6 bytes, as in the MB/s figures

[ -d "$src" ] || { echo "make_corpus: no source folder $src" >&2; exit 2; }

# The source files in a fixed order, with their sizes: the order decides
# which files the benchmark's fixed subsets hold, and the list is the stamp.
mapfile -d '' sources < <(find "$src" -type f \( -name '*.md' -o -name '*.txt' \) -print0 | LC_ALL=C sort -z)
((${#sources[@]})) || { echo "make_corpus: no .md or .txt file under $src" >&2; exit 2; }
round_bytes=0
listing=""
for f in "${sources[@]}"; do
  size=$(stat -c %s "$f")
  round_bytes=$((round_bytes + size))
  listing+="$size ${f#"$src"/}"$'\n'
done
rounds=$(((target + round_bytes - 1) / round_bytes))
stamp="target=$target rounds=$rounds sources=$(printf '%s' "$listing" | sha256sum | cut -c1-16)"

# Reuse: same stamp, and the bytes on disk are what the stamp promises
# (a run interrupted half way leaves fewer).
if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$stamp" ] &&
   [ "$(find "$out" -type f ! -name .stamp -printf '%s\n' | awk '{s += $1} END {print s + 0}')" -eq $((rounds * round_bytes)) ]; then
  echo "make_corpus: reusing $out ($rounds rounds of ${#sources[@]} files, $((rounds * round_bytes)) bytes)" >&2
  echo "$out"
  exit 0
fi

echo "make_corpus: building $out: $rounds rounds of ${#sources[@]} files ($round_bytes bytes each)" >&2
rm -rf "$out"
mkdir -p "$out"
for ((r = 1; r <= rounds; r++)); do
  # One name per copy: the round, then the path under the source with '/' as '__'.
  for f in "${sources[@]}"; do
    rel=${f#"$src"/}
    cp "$f" "$out/$(printf 'r%02d' "$r")__${rel//\//__}"
  done
done
chmod -R u+w "$out"  # the shared files are read-only; the copies need not be
echo "$stamp" >"$out/.stamp"
echo "make_corpus: done, $((rounds * round_bytes)) bytes" >&2
echo "$out"
