#!/usr/bin/env bash
# Query latency on a synthetic store of 1,000,000 documents (issue 6, item 8).
#
#   bench/query_bench.sh [BUILD_DIR]        # default build/
#
# Makes the store once into bench/out/query_store (reused when its
# parameters file matches), then runs build/bench/query_bench on it: one
# full scan of the edge set, lineage to depth 5, show, and an issuer
# listing of 10,000 rows, each with median and p99. The report goes to
# stdout and bench/out/query_bench.txt. Settings from the environment:
# DOCS (1000000), RELATIONS (3000000), SEED (1), QUERIES (200 uniform
# roots), CITED_QUERIES (4 roots among the most cited), ISSUER_QUERIES (10),
# DEPTH (5). Run it on a quiet machine; the report
# prints the load average at start and end.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build}"
out="$here/out"
docs="${DOCS:-1000000}"
relations="${RELATIONS:-3000000}"
seed="${SEED:-1}"
store="$out/query_store"
# The store's layout version is part of its parameters: a store of an older
# layout is made again, not refused by the benchmark.
schema="$(grep -o 'kSchemaVersion = [0-9]*' "$here/../storage/key_format.h" | grep -o '[0-9]*$')"
params="docs=$docs relations=$relations seed=$seed per_source=1000 schema=$schema"

for program in make_query_store query_bench; do
  if [[ ! -x "$build/bench/$program" ]]; then
    echo "query_bench.sh: $build/bench/$program is missing; build first (cmake --build build)" >&2
    exit 2
  fi
done

mkdir -p "$out"
if [[ ! -f "$store.params" || "$(cat "$store.params")" != "$params" ]]; then
  rm -rf "$store" "$store.params"
  echo "making the store ($params) into $store"
  "$build/bench/make_query_store" --out "$store" --documents "$docs" --relations "$relations" \
    --seed "$seed" --per-source 1000 | tee "$out/make_query_store.txt"
  echo "$params" > "$store.params"
else
  echo "reusing $store ($params); its making: $out/make_query_store.txt"
fi

{
  echo "query_bench: $params, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
  "$build/bench/query_bench" --store "$store" --documents "$docs" --relations "$relations" \
    --seed "$seed" --queries "${QUERIES:-200}" --cited-queries "${CITED_QUERIES:-4}" \
    --issuer-queries "${ISSUER_QUERIES:-10}" \
    --depth "${DEPTH:-5}"
} | tee "$out/query_bench.txt"
