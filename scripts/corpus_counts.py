#!/usr/bin/env python3
"""Per-file citation counts over ../shared/corpus/real, beside the regex
counts of manifest.json, as the markdown table in docs/quality.md.

Usage: scripts/corpus_counts.py [LEXGRAPH] [CORPUS_DIR]
Counts numbered mentions with a code (Party or State số/ký hiệu), the same
thing manifest.json counts with its regexes (party_sohieu + state_sohieu_*),
plus lexgraph's mentions without a code, named references and self numbers.
"""
import collections
import json
import os
import subprocess
import sys

BIN = sys.argv[1] if len(sys.argv) > 1 else "build/lexgraph"
REAL = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..",
                                                          "shared", "corpus", "real")
manifest = {m["file"]: m for m in json.load(open(os.path.join(REAL, "manifest.json")))}
files = sorted(f for f in os.listdir(REAL) if f.endswith((".md", ".txt")) and f in manifest)
out = subprocess.run([BIN, "extract", "--json"] + [os.path.join(REAL, f) for f in files],
                     capture_output=True, check=True).stdout.decode()
count = collections.defaultdict(collections.Counter)
for line in out.splitlines():
    m = json.loads(line)
    f = os.path.basename(m["source"])
    if m["kind"] == "named":
        count[f]["named"] += 1
    elif m["kind"] == "self":
        count[f]["self"] += 1
    elif m["code"]:
        count[f]["coded"] += 1
    else:
        count[f]["uncoded"] += 1

print("| file | manifest regex | lexgraph coded | difference | lexgraph without code | named | self |")
print("|---|---:|---:|---:|---:|---:|---:|")
totals = collections.Counter()
for f in files:
    c = manifest[f]["counts"]
    regex = c["party_sohieu"] + c["state_sohieu_year"] + c["state_sohieu_noyear"]
    mine = count[f]["coded"] + count[f]["self"]
    totals.update({"regex": regex, "coded": mine, "uncoded": count[f]["uncoded"],
                   "named": count[f]["named"], "self": count[f]["self"]})
    print("| %s | %d | %d | %+d | %d | %d | %d |" % (f, regex, mine, mine - regex,
                                                   count[f]["uncoded"], count[f]["named"],
                                                   count[f]["self"]))
print("| **all %d files** | %d | %d | %+d | %d | %d | %d |" % (
    len(files), totals["regex"], totals["coded"], totals["coded"] - totals["regex"],
    totals["uncoded"], totals["named"], totals["self"]))
