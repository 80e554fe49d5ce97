#!/usr/bin/env python3
"""Readers beside a running ingest, and the one-writer rule (issue 4, item 5).

While `lexgraph ingest` runs, `lexgraph stats`, `docs` and `check` from
other processes must answer (exit 0, or 1 for docs before any document is
in), and a second `lexgraph ingest` must fail with exit 3 and "the store is
in use by process N", N being the running ingest's pid. The store must pass
its check afterwards.

Usage: ingest_concurrency_test.py LEXGRAPH_BIN DATA_DIR
DATA_DIR holds the sample report; it is copied many times under new names
so that the ingest runs long enough.
"""
import os
import shutil
import subprocess
import sys
import tempfile


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def main():
    lexgraph, data = sys.argv[1], sys.argv[2]
    sample = os.path.join(data, "kien-giang-dan-van-2020.md")
    with tempfile.TemporaryDirectory(prefix="lexgraph-conc-") as tmp:
        reports = os.path.join(tmp, "reports")
        os.makedirs(reports)
        for i in range(600):  # long enough for a few rounds of readers, now that ingest is fast
            shutil.copy(sample, os.path.join(reports, f"r{i:03d}.md"))
        db = os.path.join(tmp, "db")
        r = run([lexgraph, "stats", "--db", db])
        if r.returncode != 3 or "no store" not in r.stderr:
            sys.exit(f"stats before any ingest: expected exit 3 'no store', got {r.returncode}: {r.stderr}")

        writer = subprocess.Popen([lexgraph, "ingest", "--db", db, "--jobs", "1", reports],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        reads = refused = 0

        def second_writer():
            r = run([lexgraph, "ingest", "--db", db, reports])
            if writer.poll() is None or r.returncode == 3:
                if r.returncode != 3 or f"in use by process {writer.pid}" not in r.stderr:
                    sys.exit(f"second writer: expected exit 3 naming pid {writer.pid}, "
                             f"got {r.returncode}: {r.stderr}")
                return 1
            return 0

        while writer.poll() is None:
            for cmd in (["stats"], ["docs"], ["check"]):
                r = run([lexgraph, *cmd, "--db", db])
                if r.returncode == 3 and "no store" in r.stderr:
                    continue  # the writer has not created it yet
                ok = (0, 1) if cmd == ["docs"] else (0,)
                if r.returncode not in ok:
                    sys.exit(f"{cmd[0]} during ingest: exit {r.returncode}: {r.stderr}")
                if writer.poll() is None:
                    reads += 1
                if cmd == ["stats"]:
                    # The store is there, so its writer holds it: a second
                    # writer is tried at once, not after the slower readers.
                    refused += second_writer()
            if os.path.isdir(db):
                refused += second_writer()
        out, err = writer.communicate()
        if writer.returncode != 0:
            sys.exit(f"the ingest failed (exit {writer.returncode}): {err}")
        r = run([lexgraph, "check", "--db", db])
        if r.returncode != 0:
            sys.exit(f"check after the ingest: exit {r.returncode}: {r.stdout}{r.stderr}")
        print(f"{reads} reads and {refused} refused writers during the ingest; {out.strip()}")
        if reads == 0 or refused == 0:
            sys.exit("the ingest ended before a reader and a second writer could run beside it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
