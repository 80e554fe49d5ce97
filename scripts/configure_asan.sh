#!/usr/bin/env bash
# Configures build-asan/, the one sanitizer build that scripts/sanitize.sh (the
# whole test suite) and scripts/fuzz.sh (the libFuzzer targets) share: clang 14
# with -DLEXGRAPH_FUZZ=ON, so every library, test and fuzz target is compiled
# with -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
# (CMakeLists.txt), plus -fno-sanitize-recover=all here (a UBSan report stops
# the program), at -O1 -g1 (line tables: ASan's reports keep function, file
# and line). Installs clang-14 and libclang-rt-14-dev (libFuzzer and the
# sanitizer runtimes) when missing, as root, through sudo when not root: the
# main build does not need them, so scripts/setup.sh leaves them out. A
# build-asan/ configured with another compiler is removed first.
# Usage: scripts/configure_asan.sh
# Environment: SANITIZE_OPT  optimisation flags (default "-O1 -g1")
#              FUZZ_SECONDS  seconds of each fuzz target's ctest entry (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
out=build-asan

missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "configure_asan: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f "$out/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++-14$' "$out/CMakeCache.txt"; then
  echo "configure_asan: $out/ was configured with another compiler; starting it afresh" >&2
  rm -rf "$out"
fi
opt=${SANITIZE_OPT:--O1 -g1}
CXX=clang++-14 cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLEXGRAPH_FUZZ=ON -DLEXGRAPH_FUZZ_SECONDS="${FUZZ_SECONDS:-15}" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$opt -DNDEBUG" \
  -DCMAKE_CXX_FLAGS="-fno-sanitize-recover=all" \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
