#!/usr/bin/env python3
"""`lexgraph due` and `lexgraph issuer` on the sample report, against its gold.

Ingests the sample into a temporary store, then checks:
- `due --as-of 2021-12-31 --json`: every document of the gold's
  due_2021_by_anniversary is an anniversary row (with its milestone, the
  mark inside 2021 and evidence), every document of reviews_planned_2021 a
  planned row for "2021" with the programme's section as evidence, and no
  mark the report says was reviewed (reviews_reported) is listed; 09-QĐ/TU
  is absent (its 10-year mark was reviewed in 2020) and `--as-of
  2020-12-31` lists neither it nor any other reviewed mark;
- `due --ics FILE`: CRLF lines of at most 75 octets, one VEVENT per row,
  the same UIDs on a second run, and (when a Python with the icalendar
  package is found) the file parsed back with its summaries;
- `issuer X --json` for every body of the gold's by_issuer gives exactly
  its documents, and aliases ("BBT", "bct", "btv", "TTg") the same rows;
  an unknown body exits 1 naming the closest known one.
Prints every difference; exits 1 when there is one.

Usage: check_sample_due.py LEXGRAPH SHARED_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile

BIN, SHARED = sys.argv[1], sys.argv[2]
SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data",
                      "kien-giang-dan-van-2020.md")
GOLD = json.load(open(os.path.join(SHARED, "gold", "kien-giang-dan-van-2020.graph.json"), encoding="utf-8"))

problems = []


def run(db, *args, ok=(0, 1)):
    out = subprocess.run([BIN, *args, "--db", db], capture_output=True)
    if out.returncode not in ok:
        sys.exit("lexgraph %s failed (%d): %s" % (" ".join(args), out.returncode, out.stderr.decode()))
    return out


def json_rows(db, *args):
    return [json.loads(l) for l in run(db, *args).stdout.decode().splitlines() if l.strip()]


def label(doc):
    """The gold's label of a document without its @TERM: the code of its key (the
    resolved code: 11-CT/TU, where the text once wrote 11-CT/TW)."""
    key = doc["id"][len("doc:"):] if doc["id"].startswith("doc:") else doc["id"]
    return re.sub(r"^0+(?=\d)", "", key.split("@")[0])


def gold_label_set(keys):
    return {k.split("@")[0] for k in keys}


def check_due(db):
    rows = json_rows(db, "due", "--as-of", "2021-12-31", "--json")
    anniversary = {label(r["doc"]): r for r in rows if r["reason"] == "anniversary"}
    planned = {label(r["doc"]): r for r in rows if r["reason"] == "planned"}
    gold_ann = GOLD["due_2021_by_anniversary"]
    for key in gold_ann["docs"]:
        r = anniversary.get(key)
        if r is None:
            problems.append("due 2021: %s is not an anniversary row" % key)
            continue
        if r["milestone_years"] not in gold_ann["cadence_years"] or not r["due"].startswith("2021"):
            problems.append("due 2021: %s milestone %s due %s" % (key, r["milestone_years"], r["due"]))
        if not r["evidence"]["source"] or r["cadence"] not in ("stated", "assumed"):
            problems.append("due 2021: %s has no evidence or cadence: %s" % (key, r))
    extra = set(anniversary) - set(gold_ann["docs"])
    if extra:
        problems.append("due 2021: anniversary rows not in the gold: %s" % sorted(extra))
    gold_plan = GOLD["reviews_planned_2021"]
    for key in gold_plan["docs"]:
        r = planned.get(key)
        if r is None:
            problems.append("due 2021: %s is not a planned row" % key)
        elif r["due"] != "2021" or not r["evidence"]["section"].startswith(gold_plan["section"]):
            problems.append("due 2021: planned %s due %s section %s" % (key, r["due"], r["evidence"]["section"]))
    extra = set(planned) - set(gold_plan["docs"])
    if extra:
        problems.append("due 2021: planned rows not in the gold: %s" % sorted(extra))
    for as_of in ("2021-12-31", "2020-12-31"):
        listed = {(label(r["doc"]), r["milestone_years"]) for r in json_rows(db, "due", "--as-of", as_of, "--json")
                  if r["reason"] == "anniversary"}
        for rev in GOLD["reviews_reported"]:
            if (rev["doc"], rev["milestone_years"]) in listed:
                problems.append("due %s: %s's %d-year mark was reviewed, yet listed" %
                                (as_of, rev["doc"], rev["milestone_years"]))
    return rows


def ics_lines(data):
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("ics: a line ends without CR")
    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        problems.append("ics: the file does not end in CRLF")
    for line in lines[:-1]:
        if len(line) > 75:
            problems.append("ics: a line of %d octets: %r" % (len(line), line[:40]))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("ics: a fold splits a UTF-8 sequence: %r" % line[:40])
    return [l.decode("utf-8") for l in lines[:-1]]


def parse_with_icalendar(path):
    """Summaries and UIDs as the icalendar package reads them, or None without one."""
    script = ("import icalendar,json,sys\n"
              "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
              "print(json.dumps([[str(e['UID']), str(e['SUMMARY']), str(e['DESCRIPTION']),"
              " e['DTSTART'].dt.isoformat()] for e in cal.walk('VEVENT')]))\n")
    for python in (sys.executable, "/usr/bin/python3"):
        if not os.path.exists(python):
            continue
        out = subprocess.run([python, "-c", script, path], capture_output=True)
        if out.returncode == 0:
            return json.loads(out.stdout)
        if b"No module named 'icalendar'" not in out.stderr:
            problems.append("ics: icalendar cannot read the file: %s" % out.stderr.decode()[-400:])
            return []
    return None


def check_ics(db, rows, folder):
    paths = [os.path.join(folder, "due-%d.ics" % i) for i in (1, 2)]
    for p in paths:
        run(db, "due", "--as-of", "2021-12-31", "--ics", p)
    first = ics_lines(open(paths[0], "rb").read())
    second = ics_lines(open(paths[1], "rb").read())
    uids = [l for l in first if l.startswith("UID:")]
    if uids != [l for l in second if l.startswith("UID:")]:
        problems.append("ics: UIDs differ between two runs")
    if len(set(uids)) != len(rows) or first.count("BEGIN:VEVENT") != len(rows):
        problems.append("ics: %d events, %d distinct UIDs for %d rows" %
                        (first.count("BEGIN:VEVENT"), len(set(uids)), len(rows)))
    if first[:1] != ["BEGIN:VCALENDAR"] or "VERSION:2.0" not in first or \
            not any(l.startswith("PRODID:") for l in first):
        problems.append("ics: no VCALENDAR header with VERSION and PRODID")
    events = parse_with_icalendar(paths[0])
    if events is None:
        print("check_sample_due: no Python with icalendar here; structural checks only")
        return
    if len(events) != len(rows):
        problems.append("ics: icalendar reads %d events for %d rows" % (len(events), len(rows)))
    for uid, summary, description, start in events:
        if "120-KL/TW" in summary and summary.startswith("Mốc") and "5 năm" not in summary:
            problems.append("ics: summary %r" % summary)
        if not description or not start.startswith(("2021", "2022")):
            problems.append("ics: event %s starts %s, description %r" % (uid, start, description[:40]))
    if not any("120-KL/TW" in e[1] for e in events):
        problems.append("ics: no event for 120-KL/TW")


def check_issuers(db):
    by_issuer = {k: v for k, v in GOLD["by_issuer"].items() if k != "note"}
    listed = {}
    for body, keys in by_issuer.items():
        rows = json_rows(db, "issuer", body, "--json")
        listed[body] = [r["id"] for r in rows]
        got = sorted(label(r) for r in rows)
        want = sorted(k.split("@")[0] for k in keys)
        if got != want:
            problems.append("issuer %s: %s, gold %s" % (body, got, want))
    for alias, body in (("BBT", "Ban Bí thư"), ("bct", "Bộ Chính trị"), ("btv", "Ban Thường vụ Tỉnh ủy"),
                        ("TTg", "Thủ tướng Chính phủ"), ("ban bi thu", "Ban Bí thư"),
                        ("BCHTW", "Ban Chấp hành Trung ương"), ("UBTVQH", "Ủy ban Thường vụ Quốc hội")):
        ids = [r["id"] for r in json_rows(db, "issuer", alias, "--json")]
        if ids != listed[body]:
            problems.append("issuer %s: not the rows of %s" % (alias, body))
    # Trung ương: its three bodies and the TW documents naming none.
    central = {r["id"] for r in json_rows(db, "issuer", "Trung ương", "--json")}
    under = set().union(*(set(listed[b]) for b in ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương")))
    if not under < central or any(not i.split("@")[0].endswith("/TW") for i in central):
        problems.append("issuer Trung ương: %d rows, bodies under it %d" % (len(central), len(under)))
    province = json_rows(db, "issuer", "TU", "--json")
    if not {"1051-CV/TU"} <= {label(r) for r in province}:
        problems.append("issuer TU: 1051-CV/TU (no body named) missing")
    unknown = run(db, "issuer", "Ban Bí thơ")
    if unknown.returncode != 1 or "Ban Bí thư" not in unknown.stderr.decode():
        problems.append("issuer 'Ban Bí thơ': exit %d, %r" % (unknown.returncode, unknown.stderr.decode()))


def main():
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "store")
        run(db, "ingest", SOURCE, ok=(0,))
        rows = check_due(db)
        check_ics(db, rows, folder)
        check_issuers(db)
    for p in problems:
        print(p)
    print("check_sample_due: %d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
