#!/usr/bin/env python3
"""The limits of docs/limits.md through the command-line program: a file past
the largest file, a line past the longest line, a file giving more citations
than the largest result. Each is refused with the
file's name, the limit and (for a line) its number and byte offset, exit 2,
while a good file given beside it still goes through; never a crash.

Usage: cli_limits_test.py LEXGRAPH TEST_DATA_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

BIN, DATA = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(DATA, "kien-giang-dan-van-2020.md")
MAX_FILE = 1 << 30  # app/file_reader.h kMaxInputBytes
MAX_LINE = 64 << 20  # extractors/normalize.h kMaxLineBytes
MAX_MENTIONS = 100000  # extractors/extract_document.h kMaxMentionsPerFile
failures = []


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, timeout=300)


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + detail))
    if not ok:
        failures.append(name)


with tempfile.TemporaryDirectory() as tmp:
    # A sparse file one byte past the limit: refused from its size, never read.
    big = os.path.join(tmp, "big.md")
    with open(big, "wb") as f:
        f.truncate(MAX_FILE + 1)
    r = run("extract", big, SAMPLE)
    err = r.stderr.decode()
    check("extract: a file past the limit exits 2", r.returncode == 2, str(r.returncode))
    check("extract: the message names the file and the limit",
          f"{big}: larger than the limit of 1024 MiB" in err, err)
    check("extract: the good file beside it still gives its mentions",
          r.stdout.decode().count("\n") >= 60, r.stdout.decode()[:200])

    # A line one byte past the limit, after two short lines.
    head = "BÁO CÁO\nNghị quyết số 12-NQ/TW ngày 01-02-2020 của Bộ Chính trị\n".encode()
    long_line = os.path.join(tmp, "long-line.md")
    with open(long_line, "wb") as f:
        f.write(head + b"x" * (MAX_LINE + 1) + b"\n")
    expect = (f"{long_line}: line 3 at byte {len(head)} is longer than the limit of 64 MiB "
              f"({MAX_LINE} bytes)")
    for cmd in (["extract"], ["outline"]):
        r = run(*cmd, long_line)
        err = r.stderr.decode()
        check(f"{cmd[0]}: a line past the limit exits 2", r.returncode == 2, str(r.returncode))
        check(f"{cmd[0]}: the message names file, line, byte and limit", expect in err, err)

    # Ingest names the refused files and takes the good one.
    store = os.path.join(tmp, "store")
    r = run("ingest", "--db", store, long_line, big, SAMPLE)
    err = r.stderr.decode() + r.stdout.decode()
    check("ingest: a file past a limit is named with its reason", expect in err and
          "larger than the limit of 1024 MiB" in err, err)
    check("ingest: the run reports the failure (exit 2)", r.returncode == 2, str(r.returncode))
    r = run("docs", "--db", store)
    check("ingest: the good file went in", r.returncode == 0 and b"62-KL/TW" in r.stdout,
          r.stderr.decode()[:300])

    # One citation more than the limit, each on its own line.
    many = os.path.join(tmp, "many.md")
    with open(many, "wb") as f:
        f.write("Chỉ thị số 5-CT/TU.\n".encode() * (MAX_MENTIONS + 1))
    expect_many = (f"{many}: {MAX_MENTIONS + 1} citations, more than the limit of "
                   f"{MAX_MENTIONS} per file")
    r = run("extract", many, SAMPLE)
    err = r.stderr.decode()
    check("extract: a file past the citation limit exits 2", r.returncode == 2, str(r.returncode))
    check("extract: the message names the file, the count and the limit", expect_many in err, err)
    check("extract: nothing of that file is printed", b"5-CT/TU" not in r.stdout)
    r = run("ingest", "--db", os.path.join(tmp, "store2"), many)
    err = r.stderr.decode() + r.stdout.decode()
    check("ingest: a file past the citation limit is named", expect_many in err, err)
    check("ingest: it exits 2", r.returncode == 2, str(r.returncode))

    # A line exactly at the limit is read.
    at_limit = os.path.join(tmp, "at-limit.md")
    with open(at_limit, "wb") as f:
        f.write(head + b"x" * MAX_LINE)
    r = run("extract", at_limit)
    check("extract: a line of exactly the limit is read", r.returncode == 0 and
          b"12-NQ/TW" in r.stdout, r.stderr.decode()[:300])

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
