"""What the command-line tests share: running the binary, recording checks,
reading JSON Lines and writing input files."""

import json
import os
import subprocess

failures = []


def run(binary, *args, stdin=None):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, timeout=300)


def check(name, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)))
    if not ok:
        failures.append(name)


def lines(out):
    return [json.loads(l) for l in out.decode().splitlines() if l.strip()]


def write(dir, name, data):
    path = os.path.join(dir, name)
    with open(path, "wb") as f:
        f.write(data)
    return path
