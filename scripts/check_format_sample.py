#!/usr/bin/env python3
"""Issue 7: a DOCX or PDF made from the sample report must give the same
mentions as its markdown: the same type, number, code, date, issuer, term,
section and footnote, in the same order.

Order: the running text's mentions in text order, and each footnote's
mentions in order, footnotes by number. (A DOCX has no pages: its footnote
bodies follow the text; the markdown, cut from a PDF, has them at page
bottoms. Interleaving them is layout, not reading.)

Prints how many mentions match and each difference. Exit 0 when at least
--min-match of the markdown's mentions are matched in order (default: all)
and nothing extra is found beyond --max-extra; 1 otherwise.

Usage: check_format_sample.py LEXGRAPH SAMPLE.md OTHER_FILE [--min-match F] [--max-extra N]
"""
import difflib
import json
import subprocess
import sys

FIELDS = ["type", "number", "code", "date", "issuer", "term", "section", "footnote"]


def mentions(binary, path):
    out = subprocess.run([binary, "extract", "--json", path], capture_output=True, timeout=300)
    if out.returncode != 0:
        sys.exit(f"FAIL extract {path}: exit {out.returncode}: {out.stderr.decode(errors='replace')}")
    rows = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    main = [r for r in rows if r["footnote"] is None]
    notes = sorted((r for r in rows if r["footnote"] is not None), key=lambda r: r["footnote"])
    # sorted() is stable: within one footnote the text order stays.
    return [tuple(json.dumps(r[f], ensure_ascii=False) for f in FIELDS) for r in main + notes]


def main():
    args = sys.argv[1:]
    min_match, max_extra = 1.0, 0
    if "--min-match" in args:
        i = args.index("--min-match")
        min_match = float(args[i + 1])
        del args[i:i + 2]
    if "--max-extra" in args:
        i = args.index("--max-extra")
        max_extra = int(args[i + 1])
        del args[i:i + 2]
    binary, sample, other = args
    want, got = mentions(binary, sample), mentions(binary, other)
    sm = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        for k in range(i1, i2):
            print("  markdown only:", dict(zip(FIELDS, want[k])))
        for k in range(j1, j2):
            print("  " + other.rsplit(".", 1)[-1] + " only:   ", dict(zip(FIELDS, got[k])))
    extra = len(got) - matched
    print(f"{other}: {matched}/{len(want)} mentions of the markdown matched in order "
          f"on {', '.join(FIELDS)}; {extra} found only in it")
    ok = matched >= min_match * len(want) and extra <= max_extra
    print("ok" if ok else "FAIL")
    sys.exit(0 if ok else 1)


main()
