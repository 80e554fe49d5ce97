#!/usr/bin/env python3
"""`lexgraph ingest` on a disk that fills (issue 9, item 4), on a real one:
a 4 MB tmpfs mounted for the test, too small for the real corpus.

The ingest must end (no abort: RocksDB's own LOG writer used to assert on
the line after a failed write), exit 2, name every file it did not store
with the disk being full and the store keeping what it held, and say so
once more at the end. `lexgraph check` must then pass on the full disk;
with room again (the tmpfs remounted larger) a second ingest stores the
rest and the store still checks.

Usage: cli_disk_full_test.py LEXGRAPH_BIN SHARED_DIR
Exit 77 (skipped) without the real corpus or when a tmpfs cannot be
mounted (not root, or no CAP_SYS_ADMIN in a container).
"""
import json
import os
import subprocess
import sys
import tempfile


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)


def main():
    lexgraph, shared = sys.argv[1], sys.argv[2]
    corpus = os.path.join(shared, "corpus", "real")
    if not os.path.isdir(corpus):
        print("no real corpus: skipped")
        return 77
    mnt = tempfile.mkdtemp(prefix="lexgraph-full-")
    if run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt]).returncode != 0:
        os.rmdir(mnt)
        print("cannot mount a tmpfs here: skipped")
        return 77
    try:
        db = os.path.join(mnt, "store")
        r = run([lexgraph, "ingest", "--json", "--db", db, corpus])
        if r.returncode != 2:
            sys.exit(f"full disk: exit {r.returncode}, expected 2\n{r.stdout}{r.stderr[-3000:]}")
        summary = json.loads(r.stdout)
        lines = r.stderr.strip().split("\n")
        rejected = [l for l in lines if l.startswith("lexgraph: rejected ")]
        if not summary["rejected"] or len(rejected) != summary["rejected"]:
            sys.exit(f"expected one line per rejected file:\n{r.stdout}{r.stderr[-3000:]}")
        for line in rejected:
            path = line[len("lexgraph: rejected "):].split(": not stored")[0]
            if not os.path.isfile(path) or not path.startswith(corpus):
                sys.exit(f"a rejection that does not name its file: {line}")
            for want in (": not stored, the store keeps what it held before: ", "the disk is full"):
                if want not in line:
                    sys.exit(f"a rejection without {want!r}: {line}")
        last = lines[-1]
        if not last.startswith(f"lexgraph: {summary['rejected']} files not stored: the store at {db}"):
            sys.exit(f"no closing line on the files not stored: {last}")
        r = run([lexgraph, "check", "--db", db])
        if r.returncode != 0:
            sys.exit(f"check on the full disk failed (exit {r.returncode}):\n{r.stdout}{r.stderr}")

        if run(["mount", "-o", "remount,size=256m", mnt]).returncode != 0:
            sys.exit("cannot give the tmpfs room again")
        r = run([lexgraph, "ingest", "--json", "--db", db, corpus])
        if r.returncode != 0:
            sys.exit(f"ingest with room: exit {r.returncode}\n{r.stdout}{r.stderr[-3000:]}")
        again = json.loads(r.stdout)
        if again["new"] != summary["rejected"] or again["unchanged"] != summary["new"]:
            sys.exit(f"the second ingest should add what the first refused: {summary} then {again}")
        r = run([lexgraph, "check", "--db", db])
        if r.returncode != 0:
            sys.exit(f"check after the second ingest failed:\n{r.stdout}{r.stderr}")
        print(f"full disk: {summary['new']} stored, {summary['rejected']} refused by name; "
              f"with room: {again['new']} more, store consistent")
        return 0
    finally:
        run(["umount", mnt])
        os.rmdir(mnt)


if __name__ == "__main__":
    sys.exit(main())
