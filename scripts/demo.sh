#!/usr/bin/env bash
# The main job on the bundled sample report: set up, build, read the sample's
# citations, ingest it into the default store, show what the store holds and
# answer the questions the tool exists for: a document's card, its lineage,
# a task's dependencies. With --serve it then serves the web page over that
# store (docs/serve.md) until Ctrl-C, opening it in a browser when it can.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
sample=tests/data/kien-giang-dan-van-2020.md
echo "== lexgraph extract $sample (first 20 citations)"
build/lexgraph extract "$sample" | head -n 20
# Into the default store (--db DIR or $LEXGRAPH_DB choose another), then what it holds.
echo "== lexgraph ingest $sample"
build/lexgraph ingest "$sample"
echo "== lexgraph docs --issuer 'Ban Bí thư'"
build/lexgraph docs --issuer "Ban Bí thư"
echo "== lexgraph stats"
build/lexgraph stats
echo '== lexgraph show "Kết luận 65"'
build/lexgraph show "Kết luận 65"
echo '== lexgraph deps P2/II/3#2'
build/lexgraph deps "P2/II/3#2"
echo '== lexgraph lineage "Công văn 1051-CV/TU"'
build/lexgraph lineage "Công văn 1051-CV/TU"
if [ "${1:-}" = "--serve" ]; then
  echo "== lexgraph serve: http://127.0.0.1:8765/ (Ctrl-C stops it)"
  if command -v xdg-open >/dev/null && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    (sleep 1 && xdg-open http://127.0.0.1:8765/ >/dev/null 2>&1) &
  fi
  exec build/lexgraph serve
fi
