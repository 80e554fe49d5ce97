#!/usr/bin/env bash
# The browser tests of `lexgraph serve` (tests/e2e/serve_e2e.cjs): ingests
# the sample report into a temporary store, serves it on a free port, runs
# the page in Debian's chromium through playwright-core, stops the server.
# Screenshots and the downloaded .ics go to SHOTS. Exit 77 (skipped) when
# chromium or node is missing: scripts/setup.sh installs them.
# Usage: run_e2e.sh LEXGRAPH SAMPLE BUILD_DIR SHOTS
set -euo pipefail
lexgraph=$1 sample=$2 build=$(cd "$3" && pwd) shots=$4
repo="$(cd "$(dirname "$0")/../.." && pwd)"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] || ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "e2e: chromium, node or npm is missing (scripts/setup.sh installs them): skipped" >&2
  exit 77
fi
"$repo/scripts/setup_e2e.sh" "$build"

tmp=$(mktemp -d /tmp/lexgraph-e2e-XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
mkdir -p "$tmp/reports"
cp "$sample" "$tmp/reports/"
"$lexgraph" ingest --db "$tmp/db" "$tmp/reports" >/dev/null
"$lexgraph" serve --db "$tmp/db" --port 0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
for _ in $(seq 100); do
  grep -q "http://" "$tmp/serve.out" 2>/dev/null && break
  sleep 0.1
done
url=$(sed -n 's/.* at \(http:[^ ]*\)$/\1/p' "$tmp/serve.out" | sed 's#/$##')
[ -n "$url" ] || { echo "e2e: the server did not start: $(cat "$tmp/serve.err")" >&2; exit 1; }
rm -rf "$shots"
node "$repo/tests/e2e/serve_e2e.cjs" "$url" "$shots" "$build/e2e/node_modules" "$chromium"
