#!/usr/bin/env python3
"""Crash safety of `lexgraph ingest` (issue 4, item 4).

Kills ingest with SIGKILL at random moments over a folder of real reports
(the first SUBSET_MB of ../shared/corpus/real, so the test stays near 30 s):
even trials start from an empty store (kills land in additions), odd
trials first change a third of the files (kills land in replacements); after each kill the store must open and
`lexgraph check` must pass (every edge has both ends, in and out edges
mirror, index entries point at live nodes, each source wholly present).
The ingest saves to disk every 0.2 MB of files (--save-every), so a kill
leaves what the last save held: some kill of an empty store must leave
part of the files in it.
A last ingest without a kill must then store every file, and one more must
find them all unchanged.

Usage: ingest_crash_test.py LEXGRAPH_BIN SHARED_DIR [TRIALS]
Exit 77 (skipped) when SHARED_DIR/corpus/real is absent.
"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SUBSET_MB = 3


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def check_store(lexgraph, db, trial):
    r = run([lexgraph, "check", "--db", db])
    if r.returncode == 3 and "no store there yet" in r.stderr:
        return {"sources": 0}  # killed before or while creating the store
    if r.returncode != 0:
        sys.exit(f"trial {trial}: check failed (exit {r.returncode}):\n{r.stdout}{r.stderr}")
    r = run([lexgraph, "stats", "--db", db, "--json"])
    if r.returncode != 0:
        sys.exit(f"trial {trial}: stats failed (exit {r.returncode}): {r.stderr}")
    return json.loads(r.stdout)


def main():
    lexgraph, shared = sys.argv[1], sys.argv[2]
    trials = int(sys.argv[3]) if len(sys.argv) > 3 else 22
    real = os.path.join(shared, "corpus", "real")
    if not os.path.isdir(real):
        print(f"skipped: no {real}")
        return 77
    rng = random.Random(int(os.environ.get("CRASH_SEED", "4")))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lexgraph-crash-") as tmp:
        reports = os.path.join(tmp, "reports")
        os.makedirs(reports)
        names, total = [], 0
        for name in sorted(os.listdir(real)):
            path = os.path.join(real, name)
            if os.path.isfile(path) and total < SUBSET_MB * 1e6:
                shutil.copy(path, os.path.join(reports, name))
                names.append(name)
                total += os.path.getsize(path)
        db = os.path.join(tmp, "db")
        ingest = [lexgraph, "ingest", "--db", db, "--jobs", "2", "--save-every", "0.2", reports]

        # How long a whole ingest takes, on a scratch store: kills fall within it.
        t0 = time.monotonic()
        r = run([lexgraph, "ingest", "--db", os.path.join(tmp, "scratch"), reports])
        full = time.monotonic() - t0
        if r.returncode != 0:
            sys.exit(f"a full ingest failed (exit {r.returncode}): {r.stderr}")
        print(f"a full ingest takes {full:.2f} s")

        killed = partial = 0
        for trial in range(trials):
            if trial % 2 == 0:
                shutil.rmtree(db, ignore_errors=True)
            for name in rng.sample(names, len(names) // 3) if trial % 2 else []:
                with open(os.path.join(reports, name), "a", encoding="utf-8") as f:
                    f.write(f"\nThực hiện Chỉ thị số {trial + 1}-CT/TU của Ban Thường vụ Tỉnh ủy.\n")
            proc = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.02, full * (1.0 if trial % 2 == 0 else 0.5)))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
            stats = check_store(lexgraph, db, trial)
            if trial % 2 == 0 and proc.returncode == -9 and 0 < stats["sources"] < len(names):
                partial += 1
            print(f"trial {trial}: {'killed' if proc.returncode == -9 else 'finished'}, "
                  f"{stats['sources']} sources, check ok")

        r = run(ingest)
        if r.returncode != 0:
            sys.exit(f"the last ingest failed (exit {r.returncode}): {r.stderr}")
        stats = check_store(lexgraph, db, "last")
        if stats["sources"] != len(names):
            sys.exit(f"expected {len(names)} sources, found {stats['sources']}")
        r = run(ingest + ["--json"])
        summary = json.loads(r.stdout)
        if summary["unchanged"] != len(names):
            sys.exit(f"a repeated ingest changed something: {r.stdout}")
    print(f"{trials} trials, {killed} killed mid-ingest ({partial} of an empty store left part "
          f"of the files in it), every store checked; {time.monotonic() - started:.1f} s")
    if killed < trials // 2:
        sys.exit(f"only {killed} of {trials} trials killed a running ingest")
    if partial == 0:
        sys.exit("no kill left part of the files in the store: the ingest did not save as it went")
    return 0


if __name__ == "__main__":
    sys.exit(main())
