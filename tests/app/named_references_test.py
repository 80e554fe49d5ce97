#!/usr/bin/env python3
"""The sample report's named references (laws and resolutions cited by name)
are all found, as kind "named", with their term. eval-mentions only reports
them; this fails when one is missed or its term is wrong.

Usage: named_references_test.py LEXGRAPH SHARED_DIR
"""
import json
import os
import subprocess
import sys

BIN, SHARED = sys.argv[1], sys.argv[2]
source = os.path.join(SHARED, "corpus", "kien-giang-dan-van-2020.md")
gold = [json.loads(l) for l in open(os.path.join(SHARED, "gold",
                                                 "kien-giang-dan-van-2020.mentions.jsonl"))]
text = open(source, encoding="utf-8").read()
run = subprocess.run([BIN, "extract", "--json", source], capture_output=True, check=True)
named = [json.loads(l) for l in run.stdout.decode().splitlines()]
named = [m for m in named if m["kind"] == "named"]

failures = 0
for g in (g for g in gold if g.get("kind") == "named"):
    b0 = len(text[:g["offset"]].encode())
    b1 = b0 + len(g["text"].encode())
    hit = [m for m in named if m["start"] < b1 and b0 < m["end"]]
    ok = len(hit) == 1 and hit[0]["text"] == g["text"] and hit[0]["term"] == g["term"] \
        and hit[0]["type"] == g["type"]
    print(("ok   " if ok else "FAIL ") + "%r at byte %d" % (g["text"], b0) +
          ("" if ok else ": got %r" % [(m["text"], m["term"], m["type"]) for m in hit]))
    failures += not ok
extra = len(named) - sum(1 for g in gold if g.get("kind") == "named")
print("named references: %d found, %d expected, %d failed" % (len(named), len(named) - extra, failures))
sys.exit(1 if failures or extra else 0)
