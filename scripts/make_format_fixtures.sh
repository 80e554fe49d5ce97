#!/usr/bin/env bash
# Makes the office-format fixtures of tests/data/formats/ from the sample
# report (tests/data/kien-giang-dan-van-2020.md), as an office would have the
# report: a Word file with real footnotes and automatic list numbering, and
# the PDF Word's converter prints from it. The fixtures are committed; this
# script only remakes them, so CI never needs these tools.
# Needs (for the maker only, not for building or testing lexgraph):
#   pandoc, libreoffice-writer-nogui (Debian 12).
# Also the legacy Vietnamese encodings (formats/legacy_vietnamese.h): the
# sample written in TCVN3 and VNI as old text files, and its first pages
# printed to PDF in each (scripts/legacy_vietnamese_encode.py).
# Usage: scripts/make_format_fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/data/formats
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# 1. The markdown as a Word author wrote it, before a PDF-to-markdown
#    converter cut it into pages: glued headings ("**I- ...****1. ...**")
#    become paragraphs, the page-bottom footnote bodies "<sup>N</sup> text"
#    become pandoc footnotes "[^N]" attached to their markers
#    "<sup>(N)</sup>", a paragraph or footnote cut by a footnote block or a
#    page break ("---") is joined again (the outline's rules, docs/outline.md).
python3 - tests/data/kien-giang-dan-van-2020.md "$tmp/report.md" <<'PY'
import re, sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
# Paragraphs: groups of consecutive non-blank lines; "---" kept as a mark.
paras, cur = [], []
for line in lines:
    if line.strip() == "":
        if cur: paras.append("\n".join(cur)); cur = []
    else:
        cur.append(line)
if cur: paras.append("\n".join(cur))

body_re = re.compile(r"^<sup>(\d+)</sup>\s*(.*)$", re.S)
ends_sentence = re.compile(r"[.;:!?…]\**\s*$")
notes = {}          # number -> text
last_note = None
out = []            # paragraphs of the running text
after_break = False
for i, p in enumerate(paras):
    if p.strip() == "---":
        after_break = True
        continue
    m = body_re.match(p)
    if m:
        last_note = int(m.group(1))
        notes[last_note] = m.group(2).strip()
        after_break = False
        continue
    nxt = paras[i + 1] if i + 1 < len(paras) else ""
    if after_break and last_note is not None and body_re.match(nxt) \
            and not ends_sentence.search(notes[last_note]):
        notes[last_note] += " " + p.strip()        # a footnote cut by the page break
        after_break = False
        continue
    after_break = False
    if out and p[:1].islower() and not ends_sentence.search(out[-1]):
        out[-1] = out[-1].rstrip() + " " + p.strip()   # a paragraph cut by a footnote block
        continue
    out.append(p)

text = "\n\n".join(out)
# Glued headings: runs of four or more '*' separate two bold paragraphs.
def split_glued(p):
    pieces = [s.strip("* ") for s in re.split(r"\*{4,}", p)]
    pieces = [s for s in pieces if s]
    if len(pieces) < 2: return p
    return "\n\n".join("**" + s + "**" for s in pieces)
text = "\n\n".join(split_glued(p) for p in text.split("\n\n"))
text = re.sub(r"<sup>\((\d+)\)</sup>", r"[^\1]", text)
text += "\n\n" + "\n\n".join(f"[^{n}]: {notes[n]}" for n in sorted(notes)) + "\n"
open(dst, "w", encoding="utf-8").write(text)
PY

# 2. DOCX: pandoc writes footnotes as Word footnotes and lists with w:numPr.
pandoc -f markdown -t docx -o "$out/kien-giang-dan-van-2020.docx" "$tmp/report.md"
# 3. PDF with a text layer: LibreOffice prints the DOCX (footnotes at the
#    page bottoms, page numbers none: pandoc's reference.docx has no footer).
HOME="$tmp" libreoffice --headless --convert-to pdf --outdir "$tmp" \
  "$out/kien-giang-dan-van-2020.docx" >/dev/null 2>&1
cp "$tmp/kien-giang-dan-van-2020.pdf" "$out/kien-giang-dan-van-2020.pdf"

# 4. Legacy encodings. Text files: the whole sample in TCVN3 and in VNI, as
#    the bytes an old .txt holds (Windows-1252 code page).
enc=scripts/legacy_vietnamese_encode.py
sample=tests/data/kien-giang-dan-van-2020.md
python3 "$enc" tcvn3 --bytes < "$sample" > "$out/kien-giang-dan-van-2020.tcvn3.txt"
python3 "$enc" vni --bytes < "$sample" > "$out/kien-giang-dan-van-2020.vni.txt"
# PDFs: the sample's first 13 paragraphs (the opening, section 1 and
# footnotes 1-3; kept as legacy-excerpt.md, the Unicode original), one line
# a paragraph, printed by LibreOffice in the TCVN3 and VNI code points a
# .VnTime / VNI-Times font gives the text layer (TCVN3's ư as "-", as
# poppler reads it from such a font).
python3 - "$sample" "$out/legacy-excerpt.md" <<'PY'
import sys
paras = [p for p in open(sys.argv[1], encoding="utf-8").read().split("\n\n") if p.strip()][:13]
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(paras) + "\n")
PY
python3 "$enc" tcvn3 --u-horn-as-hyphen < "$out/legacy-excerpt.md" > "$tmp/legacy-tcvn3.txt"
python3 "$enc" vni < "$out/legacy-excerpt.md" > "$tmp/legacy-vni.txt"
for e in tcvn3 vni; do
  HOME="$tmp" libreoffice --headless --convert-to pdf --outdir "$tmp" "$tmp/legacy-$e.txt" >/dev/null 2>&1
  cp "$tmp/legacy-$e.pdf" "$out/legacy-$e.pdf"
done
