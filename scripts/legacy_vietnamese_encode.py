#!/usr/bin/env python3
"""Writes Unicode Vietnamese text the way the legacy 8-bit encodings did, to
make test fixtures for formats/legacy_vietnamese.h (the reverse direction,
written apart from the C++ reader so a slip in one shows in the tests).

  TCVN3 (ABC, fonts .VnTime/.VnTimeH): one byte per Vietnamese letter. It
    has no capital toned vowels: a word in capitals takes the small ones (as
    .VnTimeH shows them as capitals), and a capital toned vowel opening a
    word written the old way, "Ủy" as "Uỷ" (U + ỷ), as typists did.
  VNI (VNI-Times): the base letter, then a mark character.

Output:
  --bytes    the file's bytes in Windows-1252 (an old .txt);
  otherwise  UTF-8 holding the same code points (what a PDF's text layer
             gives; LibreOffice prints it). With --u-horn-as-hyphen the
             TCVN3 byte 0xAD (ư) is written "-": that is how poppler reads
             0xAD of a WinAnsi font (glyph "hyphen"), and LibreOffice would
             drop a U+00AD (soft hyphen) from the PDF.

Usage: legacy_vietnamese_encode.py tcvn3|vni [--bytes] [--u-horn-as-hyphen] < in > out
"""
import sys
import unicodedata

ROWS = {  # toneless letter -> bytes for (none), sắc, huyền, hỏi, ngã, nặng
    "a": (None, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9),
    "ă": (0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6),
    "â": (0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB),
    "e": (None, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1),
    "ê": (0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6),
    "i": (None, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE),
    "o": (None, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4),
    "ô": (0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9),
    "ơ": (0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE),
    "u": (None, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4),
    "ư": (0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9),
    "y": (None, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE),
}
TCVN3_CAPITALS = {"ă": 0xA1, "â": 0xA2, "ê": 0xA3, "ô": 0xA4, "ơ": 0xA5, "ư": 0xA6}
TONES = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
SHAPES = {"\u0302", "\u0306", "\u031b"}


def split(ch):
    """A letter as (toneless small letter, tone 0-5, capital?) or None."""
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    tone = 0
    shape = ""
    for m in marks:
        if m in TONES:
            tone = TONES[m]
        elif m in SHAPES:
            shape += m
        else:
            return None
    toneless = unicodedata.normalize("NFC", base.lower() + shape)
    if toneless not in ROWS:
        return None
    return toneless, tone, base.isupper()


def tcvn3(text, as_hyphen):
    out = []
    for word in text.split(" "):
        letters = [c for c in word if c.isalpha()]
        caps = len(letters) >= 2 and all(c.isupper() for c in letters)
        w = []
        i = 0
        while i < len(word):
            ch = word[i]
            i += 1
            if ch in ("đ", "Đ"):
                w.append(chr(0xAE if ch == "đ" else 0xA7))
                continue
            s = split(ch)
            if s is None or (s[1] == 0 and s[0] in "aeiouy"):
                w.append(ch)
                continue
            toneless, tone, capital = s
            if capital and tone == 0 and toneless in "ăâêôơư":
                w.append(chr(TCVN3_CAPITALS[toneless]))
            elif capital and not caps and toneless == "u" and word[i:i + 1] == "y":
                w.append("U" + chr(ROWS["y"][tone]))  # "Ủy" typed the old way: "Uỷ"
                i += 1
            else:
                w.append(chr(ROWS[toneless][tone]))
        out.append("".join(w))
    s = " ".join(out)
    if as_hyphen:
        s = s.replace("\u00ad", "-")
    return s


VNI_TONE = ["", "ù", "ø", "û", "õ", "ï"]
VNI_CIRC = ["â", "á", "à", "å", "ã", "ä"]
VNI_BREVE = ["ê", "é", "è", "ú", "ü", "ë"]
VNI_I = ["i", "í", "ì", "æ", "ó", "ò"]


def vni_letter(ch):
    if ch == "đ":
        return "ñ"
    if ch == "Đ":
        return "Ñ"
    s = split(ch)
    if s is None:
        return ch
    toneless, tone, capital = s
    up = (lambda x: x.upper()) if capital else (lambda x: x)
    if toneless == "i":
        return up(VNI_I[tone])
    if toneless == "y" and tone == 5:
        return up("î")
    if toneless in ("â", "ê", "ô"):
        return up(toneless[0].replace("â", "a").replace("ê", "e").replace("ô", "o") + VNI_CIRC[tone])
    if toneless == "ă":
        return up("a" + VNI_BREVE[tone])
    if toneless == "ơ":
        return up("ô" + VNI_TONE[tone])
    if toneless == "ư":
        return up("ö" + VNI_TONE[tone])
    return up(toneless + VNI_TONE[tone])


def vni(text):
    return "".join(vni_letter(c) for c in text)


def main():
    args = sys.argv[1:]
    if not args or args[0] not in ("tcvn3", "vni"):
        sys.exit(__doc__)
    text = unicodedata.normalize("NFC", sys.stdin.read())
    lines = text.split("\n")
    if args[0] == "tcvn3":
        out = "\n".join(tcvn3(l, "--u-horn-as-hyphen" in args) for l in lines)
    else:
        out = "\n".join(vni(l) for l in lines)
    if "--bytes" in args:
        sys.stdout.buffer.write(out.encode("cp1252"))
    else:
        sys.stdout.write(out)


main()
