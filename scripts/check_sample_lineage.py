#!/usr/bin/env python3
"""The questions of issue 6 on the sample report: show, lineage, deps, export.

Ingests the sample (tests/data) into a temporary store, then asks lexgraph
what a person would ask and checks the answers: every form of reference
resolves (case and tone marks folded), an ambiguous one exits 1 with its
candidates, an unknown one exits 1 with suggestions; `show "Kết luận 65"`
lists its 3 mentions with snippets; the lineage of Công văn 1051-CV/TU
reaches 65-KL/TW and 24-NQ/TW of khóa IX with evidence; `deps P2/II/3#2`
gives 11-CT/TU; every DOT output renders with Graphviz when `dot` is
installed. With the gold (SHARED/gold/…graph.json) present, its relations
must show in the lineages and its task dependencies in `deps`.
Prints every difference; exits 1 when there is one.

Usage: check_sample_lineage.py LEXGRAPH SAMPLE [SHARED_DIR]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

BIN, SAMPLE = sys.argv[1], sys.argv[2]
SHARED = sys.argv[3] if len(sys.argv) > 3 else ""
GOLD = os.path.join(SHARED, "gold", "kien-giang-dan-van-2020.graph.json") if SHARED else ""

problems = []


def run(*args):
    out = subprocess.run([BIN, *args], capture_output=True)
    return out.returncode, out.stdout.decode(), out.stderr.decode()


def want(cond, message):
    if not cond:
        problems.append(message)
    return cond


def key_of(doc_id):
    """ "doc:25-NQ/TW@IX" -> ("25-NQ/TW", "IX") """
    key = doc_id[4:] if doc_id.startswith("doc:") else doc_id
    code, _, qualifier = key.partition("@")
    return code, qualifier


def resolve(ref):
    rc, out, err = run("show", ref, "--json")
    if rc != 0:
        return None, rc, err
    return json.loads(out)["id"], rc, err


def check_references():
    forms = {
        "65-KL/TW": "doc:65-KL/TW@XII", "Kết luận 65": "doc:65-KL/TW@XII", "KL 65": "doc:65-KL/TW@XII",
        "kl 65": "doc:65-KL/TW@XII", "KẾT LUẬN SỐ 65-KL/TW": "doc:65-KL/TW@XII",
        "Kết luận số 65-KL/TW": "doc:65-KL/TW@XII", "Chỉ thị 11-CT/TU": "doc:11-CT/TU@XII",
        "25-NQ/TW khóa IX": "doc:25-NQ/TW@IX", "25-NQ/TW khoá IX": "doc:25-NQ/TW@IX",
        "25-NQ/TW (khóa XI)": "doc:25-NQ/TW@XI", "NĐ 04/2015": "doc:4/2015/NĐ-CP",
        "Công văn 1051-CV/TU": "doc:1051-CV/TU@XII", "doc:62-KL/TW@X": "doc:62-KL/TW@X",
        "Quyết định 09-QĐ/TU": None, "Kết luận 158": "doc:158-TB/TW@XII", "62-KL/TW@X": "doc:62-KL/TW@X",
    }
    for ref, expected in forms.items():
        got, rc, err = resolve(ref)
        if expected is None:  # resolves, whatever its key
            want(rc == 0, "show %r: exit %d (%s)" % (ref, rc, err.strip()))
            continue
        want(got == expected, "show %r: %s (exit %d, %s), expected %s" % (ref, got, rc, err.strip(), expected))
    rc, _, err = run("show", "25-NQ/TW")
    want(rc == 1, "show 25-NQ/TW: exit %d, expected 1 (ambiguous)" % rc)
    want("doc:25-NQ/TW@IX" in err and "doc:25-NQ/TW@XI" in err and "ambiguous" in err,
         "show 25-NQ/TW: the candidates are not listed: %r" % err)
    rc, _, err = run("show", "66-KL/TW")
    want(rc == 1, "show 66-KL/TW: exit %d, expected 1 (unknown)" % rc)
    want("closest" in err and "65-KL/TW" in err, "show 66-KL/TW: no suggestion of 65-KL/TW: %r" % err)
    rc, _, err = run("show", "khóa IX")
    want(rc == 2, "show 'khóa IX': exit %d, expected 2 (names no document)" % rc)
    rc, _, _ = run("show")
    want(rc == 2, "show without REF: exit %d, expected 2" % rc)


def check_show():
    rc, out, err = run("show", "Kết luận 65", "--json")
    if not want(rc == 0, "show 'Kết luận 65': exit %d %s" % (rc, err)):
        return
    card = json.loads(out)
    mentions = card["mentions"]
    want(len(mentions) == 3, "show 'Kết luận 65': %d mentions, expected 3" % len(mentions))
    for m in mentions:
        want("65-KL/TW" in m["snippet"] and m["section"] and m["source"],
             "show 'Kết luận 65': mention without section, source or snippet: %s" % m)
    want(any(r["to"] == "doc:24-NQ/TW@IX" and r["kind"] == "continues" for r in card["relations"]),
         "show 'Kết luận 65': no relation out to 24-NQ/TW@IX")
    want(any(r["from"] == "doc:1051-CV/TU@XII" and r["kind"] == "implements" for r in card["relations_in"]),
         "show 'Kết luận 65': no relation in from 1051-CV/TU")
    rc, text, _ = run("show", "Kết luận 65")
    want(rc == 0 and "mentions (3)" in text and "relations in" in text, "show text: %r" % text[:300])


def lineage(ref, *flags):
    rc, out, err = run("lineage", ref, "--json", *flags)
    if not want(rc == 0, "lineage %r %s: exit %d %s" % (ref, flags, rc, err)):
        return None
    return json.loads(out)


def check_lineage():
    l = lineage("Công văn 1051-CV/TU")
    if l is None:
        return
    keys = {key_of(n["id"]) for n in l["nodes"]}
    want(("65-KL/TW", "XII") in keys, "lineage 1051-CV/TU does not reach 65-KL/TW: %s" % keys)
    want(("24-NQ/TW", "IX") in keys, "lineage 1051-CV/TU does not reach 24-NQ/TW of khóa IX: %s" % keys)
    for e in l["edges"]:
        want(e["evidence"] and all(ev["text"] and ev["source"] for ev in e["evidence"]),
             "lineage edge %s -> %s without evidence" % (e["from"], e["to"]))
    want(l["root"] == "doc:1051-CV/TU@XII" and l["cycles"] == [], "lineage root/cycles: %s %s" % (l["root"], l["cycles"]))
    down = lineage("24-NQ/TW khóa IX", "--down")
    if down:
        want({n["id"] for n in down["nodes"]} == {"doc:24-NQ/TW@IX", "doc:65-KL/TW@XII", "doc:1051-CV/TU@XII"},
             "lineage --down of 24-NQ/TW: %s" % [n["id"] for n in down["nodes"]])
    one = lineage("Công văn 1051-CV/TU", "--depth", "1")
    if one:
        want(len(one["nodes"]) == 2, "lineage --depth 1: %d nodes, expected 2" % len(one["nodes"]))
    rc, text, _ = run("lineage", "Công văn 1051-CV/TU")
    want(rc == 0 and "implements → 65-KL/TW" in text and "continues → 24-NQ/TW@IX" in text,
         "lineage text: %r" % text[:400])
    rc, _, _ = run("lineage", "Công văn 1051-CV/TU", "--depth", "x")
    want(rc == 2, "lineage --depth x: exit %d, expected 2" % rc)
    rc, _, _ = run("lineage", "25-NQ/TW")
    want(rc == 1, "lineage of an ambiguous REF: exit %d, expected 1" % rc)


def deps(task):
    rc, out, err = run("deps", task, "--json")
    if not want(rc == 0, "deps %r: exit %d %s" % (task, rc, err)):
        return []
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def check_deps():
    found = deps("P2/II/3#2")
    codes = [key_of(d["id"])[0] for t in found for d in t["documents"]]
    want(codes == ["11-CT/TU"], "deps P2/II/3#2: %s, expected [11-CT/TU]" % codes)
    by_words = deps("Mặt trận Tổ quốc và đoàn thể chính trị")
    want(any(t["task"]["path"] == "P2/II/3#2" for t in by_words), "deps by words did not find P2/II/3#2")
    qualified = deps("kien-giang-dan-van-2020.md:P2/II/3#2")
    want(len(qualified) == 1, "deps SOURCE:PATH: %d tasks" % len(qualified))
    rc, _, _ = run("deps", "P9/IX/9#9")
    want(rc == 1, "deps of an unknown task: exit %d, expected 1" % rc)


def check_dot(tmp):
    if shutil.which("dot") is None:
        print("check_sample_lineage: Graphviz 'dot' not installed; DOT outputs not rendered")
        return
    for args in (["lineage", "Công văn 1051-CV/TU", "--dot"], ["lineage", "65-KL/TW", "--both", "--dot"],
                 ["deps", "P2/II/6#1", "--dot"], ["export", "--format", "dot", "Công văn 1051-CV/TU"]):
        rc, out, err = run(*args)
        if not want(rc == 0, "%s: exit %d %s" % (args, rc, err)):
            continue
        svg = subprocess.run(["dot", "-Tsvg"], input=out.encode(), capture_output=True)
        want(svg.returncode == 0 and b"<svg" in svg.stdout,
             "%s: dot -Tsvg failed: %s" % (args, svg.stderr.decode()[:300]))


def check_export():
    rc, out, err = run("export", "--format", "jsonl", "Công văn 1051-CV/TU")
    if not want(rc == 0, "export jsonl REF: exit %d %s" % (rc, err)):
        return
    rows = [json.loads(l) for l in out.splitlines()]
    nodes = [r for r in rows if r["type"] == "node"]
    edges = [r for r in rows if r["type"] == "edge"]
    want(len(nodes) == 3 and len(edges) == 2, "export REF: %d nodes, %d edges; expected 3, 2" % (len(nodes), len(edges)))
    rc, _, _ = run("export", "--format", "graphml", "66-KL/TW")
    want(rc == 1, "export of an unknown REF: exit %d, expected 1" % rc)


def task_path(gold_task):
    """ "P2/II/3, second bullet (…)" -> "P2/II/3#2" """
    path, _, rest = gold_task.partition(",")
    ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    for word, n in ordinals.items():
        if rest.strip().startswith(word):
            return "%s#%d" % (path.strip(), n)
    return path.strip()


def check_gold():
    if not GOLD or not os.path.exists(GOLD):
        print("check_sample_lineage: no gold at %r; gold comparisons skipped" % GOLD)
        return
    gold = json.load(open(GOLD, encoding="utf-8"))
    for r in gold["relations"]:
        start, rc, err = resolve(r["from"])
        end, rc2, err2 = resolve(r["to"])
        if not want(start and end, "gold relation %s: cannot resolve (%s %s)" % (r, err.strip(), err2.strip())):
            continue
        l = lineage(start, "--depth", "1")
        if l and not any(e["from"] == start and e["to"] == end and e["kind"] == r["kind"] for e in l["edges"]):
            problems.append("gold relation %s -%s-> %s missing from the lineage of %s" % (r["from"], r["kind"], r["to"], start))
    for t in gold["task_dependencies"]:
        path = task_path(t["task"])
        found = deps(path)
        direct = {d["id"] for task in found for d in task["documents"]}
        reached = direct | {n["id"] for task in found for d in task["documents"] for n in d["lineage"]["nodes"]}
        for key in t["depends_on"]:
            doc, _, _ = resolve(key)
            want(doc in direct, "deps %s: %s (gold depends_on) not cited directly; got %s" % (path, key, sorted(direct)))
        for key in t.get("transitively", []):
            doc, _, _ = resolve(key)
            want(doc in reached, "deps %s: %s (gold, transitively) not reached" % (path, key))
        # A footnote's citations belong to the task holding its marker.
        for key in t.get("via_footnote_22", []):
            doc, _, _ = resolve(key)
            want(doc in direct, "deps %s: %s (gold, cited in footnote 22 of the task) not cited directly; got %s"
                 % (path, key, sorted(direct)))


def main():
    tmp = tempfile.mkdtemp(prefix="lexgraph-lineage-")
    try:
        os.environ["LEXGRAPH_DB"] = os.path.join(tmp, "db")
        rc, _, err = run("ingest", SAMPLE)
        if rc != 0:
            sys.exit("ingest failed (%d): %s" % (rc, err))
        check_references()
        check_show()
        check_lineage()
        check_deps()
        check_export()
        check_dot(tmp)
        check_gold()
        rc, _, err = run("check")
        want(rc == 0, "lexgraph check after the queries: exit %d %s" % (rc, err))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("FAIL:", p)
    print("check_sample_lineage: %d problem(s)" % len(problems))
    sys.exit(1 if problems else 0)


main()
