#!/usr/bin/env python3
"""`lexgraph serve` over the sample report (issue 8, items 1 and 4).

Ingests the sample into a temporary store, starts the server on a free port
and asks every endpoint what the CLI answers with --json: the JSON must be
the CLI's (lists as pages of its lines), the lineage picture an SVG from
Graphviz holding 24-NQ/TW with nodes linking to their cards, the source
view the mention's own bytes. Then abuse: bad UTF-8 in a query, a 2 KB and
a 1 MB reference, a 100 KB header and 100 KB of headers, a 1 MB body, path
traversal in several spellings, bad numbers; each must get its 4xx as JSON
and the server must still answer afterwards. Then the bounds of a request:
a 64 MB request line costs the server no memory (it answers 414 after 8 KB),
and clients trickling their heads a byte at a time, one per worker, get 408
after 10 s while a normal request waiting behind them is answered. Last, an ingest beside the
running server: it keeps answering, and shows the new source within seconds.
The first 16 requests, sent at once before the store is opened, all get 200.

Usage: serve_test.py LEXGRAPH_BIN DATA_DIR
"""
import concurrent.futures
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

BIN, DATA = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(DATA, "kien-giang-dan-van-2020.md")
problems = []


def want(cond, message):
    if not cond:
        problems.append(message)
    return cond


def cli(db, *args):
    out = subprocess.run([BIN, *args, "--db", db], capture_output=True)
    return out.returncode, out.stdout.decode()


def cli_lines(db, *args):
    return [json.loads(line) for line in cli(db, *args)[1].splitlines() if line.strip()]


class Server:
    def __init__(self, db):
        self.proc = subprocess.Popen([BIN, "serve", "--db", db, "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if "http://" not in line:
            sys.exit(f"serve did not start: {line!r} {self.proc.stderr.read()}")
        self.base = line.strip().split(" at ")[-1].rstrip("/")
        self.host, port = self.base[len("http://"):].split(":")
        self.port = int(port)

    def get(self, path, **params):
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        return self.get_raw_url(url)

    def get_raw_url(self, url):
        try:
            with urllib.request.urlopen(url, timeout=30) as r:
                return r.status, r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Content-Type", ""), e.read()

    def json(self, path, **params):
        status, _, body = self.get(path, **params)
        if not want(status == 200, f"GET {path} {params}: status {status}: {body[:300]!r}"):
            return None
        return json.loads(body)

    def raw(self, request_bytes):
        """Sends bytes as they are; returns the status of the answer (0: none)."""
        with socket.create_connection((self.host, self.port), timeout=30) as s:
            try:
                s.sendall(request_bytes)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server may answer and close before reading it all
            data = body = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    k, _, v = line.partition(b":")
                    if k.strip().lower() == b"content-length":
                        length = int(v)
                while len(body) < length:
                    chunk = s.recv(65536)
                    if not chunk:
                        break
                    body += chunk
            except ConnectionResetError:
                pass
        status = int(data.split(b" ")[1]) if data.startswith(b"HTTP/1.1 ") else 0
        return status, body

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            problems.append("serve did not stop on SIGTERM")
        want(self.proc.returncode == 0, f"serve exited {self.proc.returncode} on SIGTERM")


def paged(srv, path, **params):
    page = srv.json(path, **params)
    return page["items"] if page else []


def check_first_wave(srv):
    """16 requests at once on a server that has not opened the store yet."""
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(lambda _: srv.get("/api/show", ref="65-KL/TW")[0], range(16)))
    want(statuses == [200] * 16, f"the first 16 requests at once: {statuses}")


def check_answers(srv, db, sample):
    status, ctype, body = srv.get("/")
    want(status == 200 and ctype.startswith("text/html") and "Tìm kiếm".encode() in body,
         f"/: status {status} {ctype}, page without 'Tìm kiếm'")
    for asset, kind in (("/app.js", "javascript"), ("/app.css", "css")):
        status, ctype, body = srv.get(asset)
        want(status == 200 and kind in ctype and len(body) > 100, f"{asset}: {status} {ctype} {len(body)} bytes")

    hits = paged(srv, "/api/search", q="65-KL/TW")
    want([h["code"] for h in hits][:1] == ["65-KL/TW"], f"search 65-KL/TW: {[h['code'] for h in hits]}")
    card_cli = json.loads(cli(db, "show", "65-KL/TW", "--json")[1])
    words = " ".join(card_cli["subject"].split()[:3])
    hits = paged(srv, "/api/search", q=words.upper())
    want(card_cli["id"] in [h["id"] for h in hits], f"search by subject words {words!r}: {hits}")
    page = srv.json("/api/search", q=words)
    want(page and page["complete"] is True, "search on the sample: the scan for words did not finish")
    page = srv.json("/api/search", q="99999-XX/TW")
    want(page and page["items"] == [] and page["total"] == 0, f"search of an unknown code: {page}")

    card = srv.json("/api/show", ref="Kết luận 65")
    want(card == card_cli, "show: the API's card differs from `show --json`")
    want(card and len(card["mentions"]) == 3, f"show 65-KL/TW: {len(card['mentions']) if card else 0} mentions, not 3")

    lineage = srv.json("/api/lineage", ref="65-KL/TW")
    want(lineage == json.loads(cli(db, "lineage", "65-KL/TW", "--json")[1]), "lineage: differs from the CLI's")
    want(lineage and "24-NQ/TW" in [n["code"] for n in lineage["nodes"]], "lineage of 65-KL/TW lacks 24-NQ/TW")
    down = srv.json("/api/lineage", ref="24-NQ/TW khóa IX", direction="down", depth="1")
    want(down == json.loads(cli(db, "lineage", "24-NQ/TW khóa IX", "--down", "--depth", "1", "--json")[1]),
         "lineage --down --depth 1: differs from the CLI's")
    status, ctype, svg = srv.get("/api/lineage", ref="65-KL/TW", format="svg")
    svg = svg.decode()
    want(status == 200 and ctype.startswith("image/svg+xml") and "<svg" in svg
         and ("24&#45;NQ/TW" in svg or "24-NQ/TW" in svg), f"lineage svg: {status} {ctype} {svg[:200]!r}")
    want('href="/#doc=doc:24' in svg,
         "lineage svg: the 24-NQ/TW node is no link to its card")

    cli_deps = cli_lines(db, "deps", "P2/II/3#2", "--json")
    want(paged(srv, "/api/deps", task="P2/II/3#2") == cli_deps, "deps P2/II/3#2: differs from the CLI's")
    issuers = paged(srv, "/api/issuers")
    want([{k: v for k, v in i.items() if k != "depth"} for i in issuers] == cli_lines(db, "issuers", "--json"),
         "issuers: differ from the CLI's")
    want(paged(srv, "/api/issuers", limit=1, offset=1) == issuers[1:2], "issuers: page limit=1 offset=1")
    page = srv.json("/api/issuers", limit=1)
    want(page and page["total"] == len(issuers) and len(page["items"]) == 1, f"issuers limit=1: {page}")
    want(paged(srv, "/api/issuer", name="Ban Bí thư") == cli_lines(db, "issuer", "Ban Bí thư", "--json"),
         "issuer Ban Bí thư: differs from the CLI's")
    due = paged(srv, "/api/due", year="2021")
    want(due == cli_lines(db, "due", "--as-of", "2021-12-31", "--json"), "due 2021: differs from the CLI's")
    want("120-KL/TW" in [d["doc"]["code"] for d in due], "due 2021: no 120-KL/TW")
    page = srv.json("/api/due", year="2021")
    want(page and page.get("complete") is True, f"due 2021 on a small store: not complete: {page and page.get('complete')}")
    status, ctype, ics = srv.get("/api/due.ics", year="2021")
    want(status == 200 and ctype.startswith("text/calendar") and ics.startswith(b"BEGIN:VCALENDAR")
         and b"120-KL/TW" in ics, f"due.ics: {status} {ctype} {ics[:80]!r}")

    for m in (card or {}).get("mentions", []):
        src = srv.json("/api/source", source=m["source"], start=m["start"], end=m["end"])
        want(src and src["mark"] == m["text"], f"source view of {m['start']}: {src and src['mark']!r} != {m['text']!r}")
        raw = open(sample, "rb").read()
        want(src and (src["before"] + src["mark"] + src["after"]).encode()
             == raw[src["paragraph_start"]:src["paragraph_end"]], "source view: not the file's bytes")
        want(src and "\n\n" not in src["before"] + src["after"], "source view: more than one paragraph")


def check_abuse(srv):
    def error(status, body, expect, what):
        try:
            message = json.loads(body)["error"]
        except (ValueError, KeyError, TypeError):
            message = None
        want(status in expect and isinstance(message, str), f"{what}: status {status}, body {body[:200]!r}")

    cases = [
        ("/api/show?ref=99999-XX%2FTW", (404,), "unknown reference"),
        ("/api/show", (400,), "no ref"),
        ("/api/search?q=%FF%FEabc", (400,), "bad UTF-8 in q"),
        ("/api/show?ref=65-KL%2FTW%C3", (400,), "a cut UTF-8 sequence in ref"),
        ("/api/show?ref=" + "a" * 2000, (413,), "a 2 KB reference"),
        ("/api/issuers?limit=0", (400,), "limit 0"),
        ("/api/issuers?limit=100000", (400,), "limit too large"),
        ("/api/issuers?offset=-1", (400,), "negative offset"),
        ("/api/lineage?ref=65-KL%2FTW&format=png", (400,), "unknown format"),
        ("/api/lineage?ref=65-KL%2FTW&depth=x", (400,), "depth not a number"),
        ("/api/due?year=2021&as-of=2021-12-31", (400,), "year and as-of"),
        ("/api/due?as-of=2021-02-30", (400,), "no such date"),
        ("/api/issuer?name=Ban%20Kh%C3%B4ng%20C%C3%B3", (404,), "unknown body"),
        ("/api/deps?task=P9/IX/99", (404,), "unknown task"),
        ("/api/source?source=%2Fetc%2Fpasswd&start=0&end=4", (404,), "a source the store does not list"),
        ("/api/nothing", (404,), "unknown endpoint"),
    ]
    for path, expect, what in cases:
        status, _, body = srv.get_raw_url(srv.base + path)
        error(status, body, expect, what)
        want(b"root:" not in body, f"{what}: /etc/passwd leaked")

    host = f"Host: {srv.host}:{srv.port}\r\n".encode()
    for target in ("/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                   "/web/app.js", "/app.js/../../CMakeLists.txt", "//etc/passwd", "/index.html%00.js",
                   "/api/../../etc/passwd"):
        status, body = srv.raw(b"GET " + target.encode() + b" HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
        want(status == 404 and b"root:" not in body, f"path traversal {target}: status {status}")
        error(status, body, (404,), f"path traversal {target}")

    big = "a" * (1 << 20)
    status, body = srv.raw(b"GET /api/show?ref=" + big.encode() + b" HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
    error(status, body, (414,), "a 1 MB reference")
    status, body = srv.raw(b"GET /api/issuers HTTP/1.1\r\n" + host + b"X-Big: " + b"b" * 100_000 +
                           b"\r\nConnection: close\r\n\r\n")
    error(status, body, (431,), "a 100 KB header")
    many = b"".join(b"X-H%d: %s\r\n" % (i, b"c" * 1000) for i in range(100))
    status, body = srv.raw(b"GET /api/issuers HTTP/1.1\r\n" + host + many + b"Connection: close\r\n\r\n")
    want(status == 431, f"100 KB of headers: status {status}")
    error(status, body, (431,), "100 KB of headers")
    status, body = srv.raw(b"POST /api/show HTTP/1.1\r\n" + host + b"Content-Length: 1048576\r\n"
                           b"Connection: close\r\n\r\n" + b"d" * (1 << 20))
    want(400 <= status < 500, f"a 1 MB body: status {status}")
    status, body = srv.raw(b"\xff\xfe garbage\r\n\r\n")
    want(status == 400 or status == 0, f"a request line of garbage: status {status}")

    card = srv.json("/api/show", ref="65-KL/TW")
    want(card and card["code"] == "65-KL/TW", "the server no longer answers after the abuse")


def peak_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))


def check_bounds(srv):
    """A huge request line is refused without being read; slow heads are cut."""
    before = peak_kb(srv.proc.pid)
    sent, answer = 0, b""
    with socket.create_connection((srv.host, srv.port), timeout=30) as s:
        try:
            s.sendall(b"GET /api/show?ref=")
            while sent < 64 << 20:
                s.sendall(b"a" * 65536)
                sent += 65536
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            answer = s.recv(4096)
        except ConnectionResetError:
            pass
    grown = peak_kb(srv.proc.pid) - before
    want(sent < 64 << 20, "a 64 MB request line was read whole")
    want(grown < 16 * 1024, f"a 64 MB request line raised the server's peak memory by {grown} KB")
    want(answer == b"" or answer.startswith(b"HTTP/1.1 414 "), f"a 64 MB request line: {answer[:80]!r}")

    # A head in pieces, then two requests in one write (pipelined): every
    # piece is kept, and each request answered in turn on the one connection.
    host = f"Host: {srv.host}:{srv.port}\r\n".encode()
    with socket.create_connection((srv.host, srv.port), timeout=30) as s:
        for piece in (b"GET /api/iss", b"uers?limit=1 HT", b"TP/1.1\r", b"\n" + host, b"\r\n"):
            s.sendall(piece)
            time.sleep(0.2)
        s.sendall(b"GET /api/show?ref=65-KL%2FTW HTTP/1.1\r\n" + host + b"\r\n" +
                  b"GET /api/issuers?limit=2 HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    want(data.count(b"HTTP/1.1 200 ") == 3 and b'"code":"65-KL/TW"' in data,
         f"a head in pieces and two pipelined requests: {data.count(b'HTTP/1.1 200 ')} answers of 200")

    def trickle():
        """A head sent a byte every half second: the answer and when it came."""
        start = time.monotonic()
        # httplib listens with a backlog of 5: sixteen connects at once may
        # wait for a SYN to be sent again (1 s), more under the sanitizers.
        with socket.create_connection((srv.host, srv.port), timeout=10) as s:
            s.settimeout(0.5)
            s.sendall(b"GET /api/issuers HTTP/1.1\r\nX-Slow: ")
            while time.monotonic() - start < 40:
                try:
                    s.sendall(b"z")
                    data = s.recv(4096)
                    return data, time.monotonic() - start
                except socket.timeout:
                    continue
                except (BrokenPipeError, ConnectionResetError):
                    break
        return b"", time.monotonic() - start

    with concurrent.futures.ThreadPoolExecutor(max_workers=17) as pool:
        slow = [pool.submit(trickle) for _ in range(16)]  # serve's 16 workers
        time.sleep(1)
        start = time.monotonic()
        try:
            status, _, _ = srv.get("/api/issuers", limit=1)
        except OSError:  # timed out
            status = 0
        waited = time.monotonic() - start
        want(status == 200 and waited < 20,
             f"a request behind 16 trickling clients: status {status} after {waited:.1f} s")
        for future in slow:
            data, took = future.result()
            want(data.startswith(b"HTTP/1.1 408 ") and took < 20,
                 f"a head trickled for {took:.1f} s: {data[:80]!r}")


def check_ingest_beside(srv, db, tmp, sample):
    """An ingest beside the server: answers go on, the new source shows up."""
    before = srv.json("/api/show", ref="65-KL/TW")
    copy = os.path.join(tmp, "reports", "copy-of-the-report.md")
    shutil.copy(sample, copy)
    writer = subprocess.Popen([BIN, "ingest", "--db", db, copy], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    answered = 0
    while writer.poll() is None:
        status, _, body = srv.get("/api/show", ref="65-KL/TW")
        want(status == 200, f"show during an ingest: {status} {body[:200]!r}")
        answered += 1
    want(writer.returncode == 0, f"the ingest beside the server failed: {writer.stderr.read()}")
    deadline = time.time() + 10
    sources = set()
    while time.time() < deadline:
        card = srv.json("/api/show", ref="65-KL/TW")
        sources = {m["source"] for m in card["mentions"]} if card else set()
        if copy in sources:
            break
        time.sleep(0.2)
    want(copy in sources, f"10 s after the ingest the card still lists only {sources}")
    want(before and card and len(card["mentions"]) == 2 * len(before["mentions"]),
         "the new source's mentions are not on the card")


def main():
    with tempfile.TemporaryDirectory(prefix="lexgraph-serve-") as tmp:
        os.makedirs(os.path.join(tmp, "reports"))
        sample = os.path.join(tmp, "reports", "kien-giang-dan-van-2020.md")
        shutil.copy(SAMPLE, sample)
        db = os.path.join(tmp, "db")
        rc, _ = cli(db, "ingest", sample)
        if rc != 0:
            sys.exit(f"ingest of the sample failed: exit {rc}")
        srv = Server(db)
        try:
            check_first_wave(srv)
            check_answers(srv, db, sample)
            check_abuse(srv)
            check_bounds(srv)
            check_ingest_beside(srv, db, tmp, sample)
        finally:
            srv.stop()
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print("serve: every answer as the CLI's, every abuse refused, serving beside an ingest")


if __name__ == "__main__":
    main()
