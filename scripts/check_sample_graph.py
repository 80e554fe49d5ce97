#!/usr/bin/env python3
"""The sample report's graph against its gold (../shared/gold/*.graph.json).

Ingests the sample into a temporary store, reads `lexgraph docs --json` and
`lexgraph lint --json`, and compares: the documents (which gold mentions each
groups, and the merged types, dates, issuers and stated terms), the relations
between documents (kinds), the reported and planned reviews, and the findings
of warning severity. Prints every difference; exits 1 when there is one.

Usage: check_sample_graph.py LEXGRAPH SHARED_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

BIN, SHARED = sys.argv[1], sys.argv[2]
SOURCE = os.path.join(SHARED, "corpus", "kien-giang-dan-van-2020.md")
GOLD = os.path.join(SHARED, "gold", "kien-giang-dan-van-2020.graph.json")
MENTIONS = os.path.join(SHARED, "gold", "kien-giang-dan-van-2020.mentions.jsonl")

problems = []


def run(*args):
    out = subprocess.run([BIN, *args], capture_output=True)
    if out.returncode not in (0, 1):
        sys.exit("lexgraph %s failed (%d): %s" % (" ".join(args), out.returncode,
                                                   out.stderr.decode()))
    return [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]


def gold_mention_spans():
    """Byte span of each gold mention head, by gold index."""
    text = open(SOURCE, encoding="utf-8").read()
    spans = []
    for line in open(MENTIONS, encoding="utf-8"):
        g = json.loads(line)
        start = len(text[:g["offset"]].encode())
        spans.append((start, start + len(g["text"].encode())))
    return spans


def gold_index(spans, start):
    for i, (b0, b1) in enumerate(spans):
        if b0 <= start < b1:
            return i
    return None


def compare_documents(gold, docs, spans):
    """Maps gold keys to our ids; records every difference in grouping and facts."""
    by_group = {}
    for d in docs:
        group = tuple(sorted(gold_index(spans, m["start"]) for m in d["mentions"]
                             if gold_index(spans, m["start"]) is not None))
        if group:
            by_group[group] = d
    key_to_id = {}
    for g in gold["documents"]:
        d = by_group.pop(tuple(sorted(g["mentions"])), None)
        if d is None:
            problems.append("document %s: no document groups mentions %s" % (g["key"], g["mentions"]))
            continue
        key_to_id[g["key"]] = d["id"]
        for field, ours in (("types", d.get("types", [])), ("dates", d.get("dates", [])),
                            ("issuers", d.get("issuers", [])), ("terms", d.get("terms", []))):
            if sorted(ours) != sorted(g[field]):
                problems.append("document %s: %s %s, gold %s" % (g["key"], field, ours, g[field]))
    numbered = set(i for g in gold["documents"] for i in g["mentions"])
    for group, d in by_group.items():
        if set(group) & numbered:
            problems.append("document %s groups mentions %s, not a gold group" % (d["id"], list(group)))
    return key_to_id


def compare_relations(gold, docs, key_to_id):
    ours = set()
    for d in docs:
        for r in d.get("relations", []):
            ours.add((d["id"], r["to"], r["kind"]))
    want = set((key_to_id.get(r["from"]), key_to_id.get(r["to"]), r["kind"])
               for r in gold["relations"])
    for r in sorted(want - ours, key=str):
        problems.append("relation missing: %s -%s-> %s" % (r[0], r[2], r[1]))
    for r in sorted(ours - want, key=str):
        problems.append("relation not in the gold: %s -%s-> %s" % (r[0], r[2], r[1]))
    return len(want & ours), len(ours)


def compare_reviews(gold, docs, key_to_id):
    reported, planned = set(), set()
    for d in docs:
        for r in d.get("reviews", []):
            (planned if r["planned"] else reported).add(
                d["id"] if r["planned"] else (d["id"], r["milestone_years"]))
    want = set((key_to_id.get(r["doc"]), r["milestone_years"]) for r in gold["reviews_reported"])
    for r in sorted(want ^ reported, key=str):
        problems.append("reported review %s: %s" % ("missing" if r in want else "not in the gold", r))
    want_planned = set(key_to_id.get(k) for k in gold["reviews_planned_2021"]["docs"])
    for r in sorted(want_planned ^ planned, key=str):
        problems.append("planned review %s: %s" % ("missing" if r in want_planned else "not in the gold", r))
    return len(want & reported), len(want_planned & planned)


def compare_findings(gold, findings, spans, key_to_id):
    warnings = [f for f in findings if f["severity"] == "warning"]
    found = set(gold_index(spans, f["start"]) for f in warnings)
    want = set(f["mention"] for f in gold["consistency_findings"])
    for i in sorted(want - found):
        problems.append("finding missing at gold mention %d" % i)
    for f in warnings:
        if gold_index(spans, f["start"]) not in want:
            problems.append("warning not in the gold: %s %s at byte %d" % (f["kind"], f["code"], f["start"]))
    return len(want & found), len(warnings)


def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    spans = gold_mention_spans()
    with tempfile.TemporaryDirectory() as db:
        subprocess.run([BIN, "ingest", "--db", db, SOURCE], capture_output=True, check=True)
        docs = run("docs", "--db", db, "--json")
        findings = run("lint", "--db", db, "--json", SOURCE)
        lint_exit = subprocess.run([BIN, "lint", "--db", db, SOURCE], capture_output=True).returncode
    key_to_id = compare_documents(gold, docs, spans)
    rel_ok, rel_all = compare_relations(gold, docs, key_to_id)
    rep_ok, plan_ok = compare_reviews(gold, docs, key_to_id)
    find_ok, warn_all = compare_findings(gold, findings, spans, key_to_id)
    if lint_exit != (1 if warn_all else 0):
        problems.append("lint exits %d with %d warnings (1 with a warning, 0 without)" % (lint_exit, warn_all))
    for p in problems:
        print("DIFF " + p)
    print("documents %d/%d matched (%d listed); relations %d/%d (%d found); reviews reported %d/%d, "
          "planned %d/%d; findings %d/%d (%d warnings)" % (
              len(key_to_id), len(gold["documents"]), len(docs), rel_ok, len(gold["relations"]),
              rel_all, rep_ok, len(gold["reviews_reported"]), plan_ok,
              len(gold["reviews_planned_2021"]["docs"]), find_ok, len(gold["consistency_findings"]),
              warn_all))
    sys.exit(1 if problems else 0)


main()
