#!/usr/bin/env python3
"""Issue 7 from the command line: `extract`, `text` and `ingest` read DOCX
(and later PDF, HTML) by content, whatever the file is called; a file that
cannot be converted is named on stderr with its reason, the exit code is 2,
and the other files still go in.

Usage: cli_formats_test.py LEXGRAPH TEST_DATA_DIR
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cli_checks  # noqa: E402

BIN, DATA = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(DATA, "kien-giang-dan-van-2020.md")
FORMATS = os.path.join(DATA, "formats")
failures = cli_checks.failures
check, lines, write = cli_checks.check, cli_checks.lines, cli_checks.write


def run(*args, stdin=None):
    return cli_checks.run(BIN, *args, stdin=stdin)


def codes(rows):
    return [m["code"] for m in rows]


with tempfile.TemporaryDirectory() as tmp:
    docx_bytes = open(os.path.join(FORMATS, "kien-giang-dan-van-2020.docx"), "rb").read()
    md = lines(run("extract", "--json", SAMPLE).stdout)

    # Told by content: a DOCX named .md is still a DOCX.
    disguised = write(tmp, "report.md", docx_bytes)
    r = run("extract", "--json", disguised)
    got = lines(r.stdout)
    check("a DOCX named .md is read as Word", r.returncode == 0 and codes(got) and
          sorted(c for c in codes(got) if c) == sorted(c for c in codes(md) if c), r.stderr)

    check("extract --json gives each mention of a DOCX its origin (part and paragraph)",
          all(m.get("origin", "").startswith("word/document.xml paragraph ") for m in got
              if m["footnote"] is None) and
          all(m.get("origin", "").startswith("word/footnotes.xml footnote ") for m in got
              if m["footnote"] is not None), [m.get("origin") for m in got[:3]])
    check("a markdown file's lines are as before: no origin field",
          all("origin" not in m for m in md))
    pdf_rows = lines(run("extract", "--json", os.path.join(FORMATS, "kien-giang-dan-van-2020.pdf")).stdout)
    check("extract --json gives each mention of a PDF its page",
          pdf_rows and all(m.get("origin", "").startswith("page ") for m in pdf_rows))

    # Offsets point into the text `lexgraph text` prints.
    t = run("text", disguised).stdout
    check("offsets point into the converted text",
          all(t[m["start"]:m["end"]].decode().endswith(m["code"] or str(m["number"]))
              for m in got if m["kind"] == "numbered" and m["code"]))
    o = lines(run("text", "--origins", disguised).stdout)
    check("text --origins names the part and paragraph of each run",
          o and all(x["format"] == "docx" for x in o) and
          o[0]["where"].startswith("word/document.xml paragraph ") and
          any(x["where"].startswith("word/footnotes.xml footnote ") for x in o), o[:2])

    # Legacy Vietnamese encodings: converted, and --origins says from what.
    for name, enc in (("kien-giang-dan-van-2020.tcvn3.txt", "TCVN3"),
                      ("legacy-vni.pdf", "VNI")):
        o = lines(run("text", "--origins", os.path.join(FORMATS, name)).stdout)
        check(f"text --origins says {name} was converted from {enc}",
              o and all(x.get("encoding") == enc for x in o), o[:1])
    o = lines(run("text", "--origins", os.path.join(FORMATS, "kien-giang-dan-van-2020.pdf")).stdout)
    check("text --origins of a Unicode PDF has no encoding field",
          o and all("encoding" not in x for x in o), o[:1])
    r = run("text", "--origins", SAMPLE)
    check("text --origins of a Unicode text file prints nothing", r.returncode == 0 and not r.stdout,
          r.stdout[:200])

    # HTML: a saved page of a legal database, read without the site's chrome.
    page = os.path.join(FORMATS, "tvpl-style-page.html")
    r = run("extract", "--json", page)
    check("a saved thuvienphapluat-style page gives the document's citations only",
          r.returncode == 0 and codes(lines(r.stdout)) ==
          ["05-CT/TU", "62-KL/TW", "11-CT/TU", "25-NQ/TW", "290-QĐ/TW", "49-CT/TW", "120-KL/TW"],
          codes(lines(r.stdout)))

    cut = write(tmp, "cut.docx", docx_bytes[: len(docx_bytes) // 2])
    pdf_bytes = open(os.path.join(FORMATS, "kien-giang-dan-van-2020.pdf"), "rb").read()
    cut_pdf = write(tmp, "cut.pdf", pdf_bytes[:300])
    scanned = write(tmp, "scan.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n"
                    b"4 0 obj<</Length 18>>stream\n0 0 100 100 re f\nendstream\nendobj\n"
                    b"trailer<</Root 1 0 R>>\n%%EOF\n")
    bad_html = write(tmp, "bad.html", b"<!DOCTYPE html><html><body><p>Ch\xff</p></body></html>")
    odt = write(tmp, "notes.docx", b"PK\x03\x04" + b"\x00" * 26 + b"content.xml")
    cases = [(cut, "cut.docx: corrupt zip archive: "),
             (odt, "notes.docx: a zip archive that is not a Word document"),
             (bad_html, "bad.html: invalid UTF-8 at byte 32"),
             (cut_pdf, "cut.pdf: corrupt PDF: poppler cannot read it"),
             (scanned, "scan.pdf: scanned PDF, no text layer")]
    for path, message in cases:
        r = run("extract", "--json", path, SAMPLE)
        err = r.stderr.decode()
        check(f"extract: {os.path.basename(path)} named with its reason, exit 2, others go on",
              r.returncode == 2 and message in err and len(lines(r.stdout)) == len(md),
              (r.returncode, err))
        r = run("text", path, SAMPLE)
        check(f"text: {os.path.basename(path)} named, exit 2, the others printed",
              r.returncode == 2 and message in r.stderr.decode() and
              r.stdout == open(SAMPLE, "rb").read(), r.returncode)

    # Ingest: the DOCX goes in with the same mentions as the markdown; the
    # broken files are rejected by name and the others stored.
    db = os.path.join(tmp, "db")
    docx = write(tmp, "bao-cao.docx", docx_bytes)
    r = run("ingest", "--db", db, "--json", docx, cut, odt, scanned)
    err = r.stderr.decode()
    summary = json.loads(r.stdout.decode() or "{}")
    check("ingest: broken files rejected by name, exit 2",
          r.returncode == 2 and "cut.docx: corrupt zip archive" in err and
          "notes.docx: a zip archive that is not a Word document" in err and
          "scan.pdf: scanned PDF, no text layer" in err, (r.returncode, err))
    check("ingest: the good DOCX is stored with the markdown's mentions",
          summary.get("new") == 1 and summary.get("mentions") == len(md), summary)
    r = run("ingest", "--db", db, "--json", docx)
    check("ingest: the same DOCX again changes nothing",
          r.returncode == 0 and json.loads(r.stdout)["unchanged"] == 1, r.stdout)

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
