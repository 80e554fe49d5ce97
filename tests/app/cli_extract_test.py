#!/usr/bin/env python3
"""`lexgraph extract` end to end: output contract, stdin, exit codes and
messages on bad input, and that one bad file does not stop the others.

Usage: cli_extract_test.py LEXGRAPH TEST_DATA_DIR
"""
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_checks  # noqa: E402

BIN, DATA = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(DATA, "kien-giang-dan-van-2020.md")
FIELDS = ["source", "start", "end", "text", "kind", "type", "type_code", "number", "code",
          "issuer_code", "date", "year", "issuer", "term", "subject", "section", "footnote"]
failures = cli_checks.failures
check, lines, write = cli_checks.check, cli_checks.lines, cli_checks.write


def run(*args, stdin=None):
    return cli_checks.run(BIN, *args, stdin=stdin)


with tempfile.TemporaryDirectory() as tmp:
    sample_bytes = open(SAMPLE, "rb").read()

    r = run("extract", "--json", SAMPLE)
    got = lines(r.stdout)
    check("the sample extracts with exit 0", r.returncode == 0, r.stderr.decode())
    check("every line carries the contract's fields",
          all(all(f in m for f in FIELDS) for m in got) and len(got) > 60, str(got[:1]))
    def compact(b):
        return "".join((b.decode() if isinstance(b, bytes) else b).split())
    check("every numbered head span ends with its code or number, as written",
          all(compact(sample_bytes[m["start"]:m["end"]]).endswith(
              compact(m["code"]) if m["code"] else str(m["number"]))
              for m in got if m["kind"] == "numbered"))

    r2 = run("extract", "--json", "-", stdin=sample_bytes)
    got2 = lines(r2.stdout)
    check("- reads stdin and names the source -", r2.returncode == 0 and
          all(m["source"] == "-" for m in got2))
    check("stdin gives the file's mentions",
          [(m["start"], m["code"]) for m in got2] == [(m["start"], m["code"]) for m in got])

    r3 = run("extract", "--json", "--jobs", "2", SAMPLE, SAMPLE, SAMPLE)
    check("--jobs 2 keeps file order and output", r3.stdout == (r.stdout * 3), "differs")

    flat = lines(run("extract", "--json", "--no-outline", SAMPLE).stdout)
    check("--no-outline finds the same citations, with their numbers and dates",
          [(m["start"], m["code"], m["number"], m["date"]) for m in flat] ==
          [(m["start"], m["code"], m["number"], m["date"]) for m in got],
          f"{len(flat)} against {len(got)}")
    # Only the outline rejoins "Quyết định số 217-QĐ/TW, … 218-QĐ/TW" with
    # "của Bộ Chính trị khóa XI" across footnote 9's block.
    def first(ms, code):
        return next(m for m in ms if m["code"] == code)
    cut = {c: first(flat, c) for c in ("217-QĐ/TW", "218-QĐ/TW")}
    whole = {c: first(got, c) for c in ("217-QĐ/TW", "218-QĐ/TW")}
    check("without the outline, the citation cut by a footnote block loses its term",
          len(cut) == 2 and all(m["term"] is None for m in cut.values()) and
          all(m["term"] == "XI" for m in whole.values()), str(cut))
    check("--no-outline leaves section and footnote null",
          all(m["section"] is None and m["footnote"] is None for m in flat) and
          any(m["section"] for m in got) and any(m["footnote"] for m in got))

    r4 = run("extract", SAMPLE)
    check("plain text is one readable line per mention",
          r4.returncode == 0 and len(r4.stdout.decode().splitlines()) == len(got))

    bad_utf8 = write(tmp, "bad.md", "Kết luận số 62-KL/TW ".encode() + b"\xff\xfe")
    binary = write(tmp, "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = write(tmp, "empty.md", b"")
    missing = os.path.join(tmp, "missing.md")
    cases = [
        (bad_utf8, "bad.md: invalid UTF-8 at byte 27"),
        (binary, "img.png: binary file (NUL byte at byte 8)"),
        (empty, "empty.md: empty file"),
        (missing, "missing.md: cannot open: No such file or directory"),
        (tmp, "is a directory"),
    ]
    for path, message in cases:
        r = run("extract", "--json", path)
        err = r.stderr.decode()
        check("bad input %s: exit 2 and a message naming it" % os.path.basename(path),
              r.returncode == 2 and message in err and r.stdout == b"", err)

    r = run("extract", "--json", SAMPLE, bad_utf8, SAMPLE)
    check("one bad file: the others still go through, exit 2",
          r.returncode == 2 and r.stdout == (run("extract", "--json", SAMPLE).stdout * 2) and
          "bad.md" in r.stderr.decode())

    for args, message in [(["extract"], "no FILE"), (["extract", "--frobnicate", SAMPLE], "--frobnicate"),
                          (["extract", "--jobs", "x", SAMPLE], "--jobs"), (["nonsense"], "nonsense"),
                          (["ingest", "--save-every", "0", SAMPLE], '--save-every needs a number of MB above 0, not "0"'),
                          (["ingest", "--save-every", "1x", SAMPLE], '"1x"'),
                          (["ingest", SAMPLE, "--save-every"], "--save-every needs a number of MB")]:
        r = run(*args)
        check("usage error %s: exit 2 naming the argument" % " ".join(args),
              r.returncode == 2 and message in r.stderr.decode(), r.stderr.decode())

    # A folder holds reports and data beside them: only the reports go in, the
    # rest is counted by extension; a data file named on its own goes in.
    folder = os.path.join(tmp, "reports")
    os.makedirs(os.path.join(folder, "relations"))
    write(folder, "report.md", sample_bytes)
    data = write(os.path.join(folder, "relations"), "edges.json", '{"from": "Nghị định số 04/2015/NĐ-CP"}'.encode())
    r = run("ingest", "--db", os.path.join(tmp, "store"), "--json", folder)
    summary = lines(r.stdout)
    check("ingest of a folder: the report goes in, the JSON beside it is counted as skipped",
          r.returncode == 0 and summary and summary[0]["new"] == 1 and summary[0]["skipped"] == 1,
          r.stdout.decode() + r.stderr.decode())
    r = run("ingest", "--db", os.path.join(tmp, "store"), folder, data)
    out = r.stdout.decode()
    check("ingest names what it left out, and takes a data file named on its own",
          r.returncode == 0 and "1 file in the folders left out, not documents by their names: 1 .json" in out
          and "1 new, 1 unchanged" in out, out + r.stderr.decode())

    # 50 MB on one line: no crash, linear time, the citations in it found.
    filler = "công tác dân vận trong hệ thống chính trị " * 2500
    chunk = (filler + "theo Kết luận số 62-KL/TW của Bộ Chính trị, ").encode()
    big = write(tmp, "big.md", chunk * (50_000_000 // len(chunk) + 1))
    start = time.time()
    r = run("extract", "--json", big)
    took = time.time() - start
    found = len(lines(r.stdout))
    check("50 MB without a newline: exit 0, every citation found (%d in %.1f s)" % (found, took),
          r.returncode == 0 and found == 50_000_000 // len(chunk) + 1, r.stderr.decode()[-300:])

sys.exit(1 if failures else 0)
