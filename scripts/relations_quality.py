#!/usr/bin/env python3
"""Document-level precision and recall of amends / replaces / repeals / guides
edges on State documents, against ../shared/corpus/real/relations/:
  - the editorial notes of the 23 tvpl-* texts ("X được sửa đổi bởi ... Nghị
    định 59/2018/NĐ-CP"): the edge 59/2018/NĐ-CP -amends-> X;
  - the official amendment lists of the 6 consolidated texts (VBHN): each
    amending document -amends-> the base document.
The 29 texts are ingested into a temporary store; our edges of those four
kinds whose target is one of the annotated documents are compared with the
gold edges as (from code, kind, to code) and, looser, as (from, to).

Usage: relations_quality.py LEXGRAPH SHARED_DIR [--verbose]
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

BIN, SHARED = sys.argv[1], sys.argv[2]
VERBOSE = "--verbose" in sys.argv
REAL = os.path.join(SHARED, "corpus", "real")
KINDS = {"amended_by": "amends", "supplemented_by": "amends", "replaced_by": "replaces",
         "repealed_by": "repeals", "guided_by": "guides"}
CODE = re.compile(r"\b(\d+)/(\d{4})/([A-ZĐa-zđ]+[0-9]*(?:-[A-ZĐa-zđ0-9]+)*)")


def canonical(code_match):
    number, year, tail = code_match.groups()
    return "%d/%s/%s" % (int(number), year, tail)


def codes_in(text):
    return [canonical(m) for m in CODE.finditer(text or "")]


def gold_edges():
    edges, files = set(), []
    for path in sorted(glob.glob(os.path.join(REAL, "relations", "tvpl-*.json"))):
        note = json.load(open(path, encoding="utf-8"))
        target = codes_in(note["document"])
        files.append(os.path.join(REAL, note["file"]))
        if not target:
            continue
        for a in note["annotations"]:
            kind = KINDS.get(a["relation"])
            for by in a.get("by_documents", []) if kind else []:
                for code in codes_in(by):
                    edges.add((code, kind, target[0]))
    vbhn = json.load(open(os.path.join(REAL, "relations", "congbao-vbhn-amended-by.json"), encoding="utf-8"))
    for item in vbhn["items"]:
        files.append(os.path.join(REAL, item["file"]))
        base = codes_in(item["base_document_statement"])
        for statement in item["amended_by"] if base else []:
            found = codes_in(statement)
            if found:
                edges.add((found[0], "amends", base[-1]))
    return edges, [f for f in files if os.path.exists(f)]


def our_edges(files):
    with tempfile.TemporaryDirectory() as db:
        subprocess.run([BIN, "ingest", "--db", db, *files], capture_output=True, check=True)
        out = subprocess.run([BIN, "docs", "--db", db, "--json"], capture_output=True, check=True)
    docs = [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]
    code_of = {d["id"]: d.get("code") for d in docs}
    edges = set()
    for d in docs:
        for r in d.get("relations", []):
            if r["kind"] in ("amends", "replaces", "repeals", "guides") and d.get("code") and code_of.get(r["to"]):
                edges.add((d["code"], r["kind"], code_of[r["to"]]))
    return edges


def score(name, ours, gold):
    hit = ours & gold
    p = len(hit) / len(ours) if ours else 0.0
    r = len(hit) / len(gold) if gold else 0.0
    print("%-22s precision %.2f (%d/%d)  recall %.2f (%d/%d)" % (name, p, len(hit), len(ours), r, len(hit), len(gold)))


def main():
    gold, files = gold_edges()
    targets = set(t for _, _, t in gold)
    ours = set(e for e in our_edges(files) if e[2] in targets)
    print("%d texts, %d gold edges into %d documents, %d of our edges into them" % (
        len(files), len(gold), len(targets), len(ours)))
    score("edges (from,kind,to)", ours, gold)
    score("pairs (from,to)", set((f, t) for f, _, t in ours), set((f, t) for f, _, t in gold))
    if VERBOSE:
        for e in sorted(ours - gold):
            print("not in the notes: %s -%s-> %s" % (e[0], e[1], e[2]))


main()
