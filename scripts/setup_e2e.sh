#!/usr/bin/env bash
# Installs playwright-core (pinned in tests/e2e/package.json) from npm into
# build/e2e/node_modules for the browser tests of `lexgraph serve`; the
# browser is Debian's chromium (scripts/setup.sh). Outside git, never
# committed. Does nothing when the pinned version is already there.
# Usage: scripts/setup_e2e.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-build}/e2e"
want=$(sed -n 's/.*"playwright-core": "\([^"]*\)".*/\1/p' tests/e2e/package.json)
have=$(sed -n 's/^  "version": "\([^"]*\)".*/\1/p' "$dest/node_modules/playwright-core/package.json" 2>/dev/null || true)
[ "$have" = "$want" ] && exit 0
mkdir -p "$dest"
cp tests/e2e/package.json "$dest/package.json"
echo "setup_e2e: installing playwright-core $want into $dest" >&2
npm install --prefix "$dest" --no-audit --no-fund --loglevel=error >&2
