#!/usr/bin/env python3
"""Seeds for the libFuzzer targets of fuzz/, cut from the shared corpus.

Usage: fuzz_seeds.py CORPUS_DIR OUT_DIR [text|short ...]   (default: both)

text:  every .md/.txt file of CORPUS_DIR, in sorted order, cut into slices of
       about 2 KB at line starts (at most 40 slices a file), for normalize,
       outline and extract.
short: its stripped lines of 4 to 80 bytes holding a digit (what a person
       types as a reference, and key parts), at most 4,000, for the
       reference parser and the key decoders.
Writes OUT_DIR/text/NNNNNN and OUT_DIR/short/NNNNNN; the same corpus always
gives the same seeds. Exits 2 when CORPUS_DIR is not a folder.
"""
import os
import sys


def main():
    if len(sys.argv) < 3 or not os.path.isdir(sys.argv[1]):
        sys.exit(f"usage: fuzz_seeds.py CORPUS_DIR OUT_DIR [text|short ...]; "
                 f"no corpus folder at {sys.argv[1] if len(sys.argv) > 1 else '(none)'}")
    src, dst = sys.argv[1], sys.argv[2]
    kinds = sys.argv[3:] or ["text", "short"]
    for kind in kinds:
        os.makedirs(os.path.join(dst, kind), exist_ok=True)
    files = []
    for root, dirs, names in os.walk(src):
        dirs.sort()
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith((".md", ".txt"))]
    n_text = n_short = 0
    for path in sorted(files):
        with open(path, "rb") as f:
            lines = f.read().split(b"\n")
        chunk, taken = b"", 0
        for line in lines:
            chunk += line + b"\n"
            if "text" in kinds and len(chunk) >= 2048 and taken < 40:
                with open(os.path.join(dst, "text", f"{n_text:06d}"), "wb") as out:
                    out.write(chunk)
                n_text += 1
                taken += 1
                chunk = b""
            s = line.strip()
            if ("short" in kinds and 4 <= len(s) <= 80 and n_short < 4000
                    and any(c in b"0123456789" for c in s)):
                with open(os.path.join(dst, "short", f"{n_short:06d}"), "wb") as out:
                    out.write(s)
                n_short += 1
    print(f"seeds: {n_text} text slices, {n_short} short lines from {len(files)} files")


if __name__ == "__main__":
    main()
