#!/usr/bin/env bash
# Installs whatever lexgraph needs that this Debian 12 machine lacks, then
# configures and builds into build/. Safe to run again: a machine that has
# everything installs nothing, and the build is incremental.
# Usage: scripts/setup.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages, each with its job:
packages=(
  build-essential cmake pkg-config  # the toolchain: GCC 12, CMake
  libre2-dev                        # extractors/: citation patterns
  librocksdb-dev                    # storage/: the embedded store
  libboost-graph-dev                # engine/: graph traversal, GraphML and DOT writers
  libxxhash-dev                     # engine/: XXH3-128 content hash, so ingest skips unchanged files
  nlohmann-json3-dev                # JSON in and out
  libicu-dev                        # extractors/: Unicode NFC normalization; queries/: folding typed names
  libzip-dev                        # formats/: DOCX files are zip archives
  libpugixml-dev                    # formats/: DOCX parts (document, numbering, footnotes) are XML
  libxml2-dev                       # formats/: its HTML parser reads saved pages of the legal databases
  libpoppler-cpp-dev                # formats/: the text layer of PDF files, word by word with positions
  catch2                            # tests (Catch2 v2)
  python3                           # tests: the gold scorer and the reference scripts
  python3-icalendar                 # tests: `due --ics` files parsed by an independent iCalendar reader
  graphviz                          # tests: `lineage --dot` and `deps --dot` must render with dot; serve: the lineage picture
  libcpp-httplib-dev                # app/: the HTTP server of `lexgraph serve`
  chromium                          # tests: the page of `lexgraph serve` in a real browser (tests/e2e)
  fonts-dejavu-core                 # tests/e2e: a font with Vietnamese glyphs for the browser's screenshots
  wrk                               # bench/serve_bench.sh: load on the server's lineage endpoint
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# tests/e2e runs playwright-core (from npm, scripts/setup_e2e.sh) under node:
# Debian's npm brings Debian's nodejs; a node already installed is kept.
command -v npm >/dev/null || missing+=(npm)

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

scripts/setup_e2e.sh build

[ "${1:-}" = "--no-build" ] && exit 0

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$jobs"
