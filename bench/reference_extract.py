#!/usr/bin/env python3
"""A plain Python reference for `lexgraph extract --json`: the yardstick of bench/.

Finds the citations of directives in Vietnamese Party and State texts with the
standard library's `re` and prints one JSON object per mention, with the field
names of docs/cli.md ("source", "start", "end" as byte offsets of the file as
read, "text", "kind", "type", "type_code", "number", "code", "issuer_code",
"date", "year", "issuer", "term", "subject", "title"). It has no outline, so
"section" and "footnote" are always null.

What it recognises (docs/conventions.md):
  - a type word, optionally "số", then a Party code (62-KL/TW, 11-QĐi/TW,
    "100 - KL/TW") or a State code (04/2015/NĐ-CP, 45/2019/QH14, 16/CT-TTg,
    4919/VPCP-KTTH), also with the issuer first ("Quyết định của Bộ Chính trị
    số 31-QĐ/TW");
  - a bare code without a type word; "Số: 128/2026/NĐ-CP" as the source's own
    number (kind "self");
  - a type word with a number only ("Nghị quyết 24 khóa IX");
  - laws by name, with or without a number ("Luật Tiếp công dân", "Luật Giá
    số 16/2023/QH15"), and Party resolutions by name ("Nghị quyết Đại hội XIII
    của Đảng", "Nghị quyết Trung ương 4, khóa XII");
  - after the head: the date, the issuer ("của Bộ Chính trị"), the term
    ("khóa X", "(khoá X)") and the subject ("về ..." to the end of the clause);
    a list sharing one issuer ("Quyết định số 217-QĐ/TW, Quyết định số
    218-QĐ/TW của Bộ Chính trị khóa XI") gives it to every member.

The text is read one file at a time, NFC-normalized, with dashes and odd spaces
made plain and markdown/HTML markup blanked out, all without moving offsets
(or with a map back where NFC does move them).

Usage: reference_extract.py FILE...   ("-" reads stdin)
Exit status: 0, or 2 when a file could not be read or decoded (the others are
still processed).
"""
import bisect
import json
import re
import sys
import unicodedata

# ---------------------------------------------------------------- tables ---

# Type words as written before a number: canonical spelling, implied type code.
# Longer words first, so "Thông báo kết luận" wins over "Thông báo".
TYPE_WORDS = [
    ("Thông báo kết luận", "TB"),
    ("Thông tư liên tịch", "TTLT"),
    ("Văn bản hợp nhất", "VBHN"),
    ("Chương trình", "CTr"),
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Nghị định", "NĐ"),
    ("Hướng dẫn", "HD"),
    ("Công văn", "CV"),
    ("Công điện", "CĐ"),
    ("Thông báo", "TB"),
    ("Thông tri", "TT"),
    ("Thông tư", "TT"),
    ("Pháp lệnh", "PL"),
    ("Kế hoạch", "KH"),
    ("Kết luận", "KL"),
    ("Quy định", "QĐ"),
    ("Phương án", "PA"),
    ("Báo cáo", "BC"),
    ("Tờ trình", "TTr"),
    ("Quy chế", "QC"),
    ("Chỉ thị", "CT"),
    ("Bộ luật", None),
    ("Đề án", "ĐA"),
    ("Luật", None),
]

# Type codes as they appear in codes: the type they name. "TT" is a Thông tri
# in a Party code and a Thông tư in a State code.
CODE_TYPES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "QĐi": "Quy định", "QyĐ": "Quy định",
    "CT": "Chỉ thị", "KL": "Kết luận", "QC": "Quy chế", "HD": "Hướng dẫn",
    "TB": "Thông báo", "BC": "Báo cáo", "KH": "Kế hoạch", "CTr": "Chương trình",
    "TTr": "Tờ trình", "ĐA": "Đề án", "PA": "Phương án", "BB": "Biên bản",
    "CV": "Công văn", "BS": "Bản sao", "NĐ": "Nghị định", "PL": "Pháp lệnh",
    "TTLT": "Thông tư liên tịch", "CĐ": "Công điện", "VBHN": "Văn bản hợp nhất",
}
PARTY_ONLY_TYPES = {"TT": "Thông tri"}
STATE_ONLY_TYPES = {"TT": "Thông tư"}

# OCR and typing variants of codes, to their canonical spelling.
CODE_SPELLINGS = {"QD": "QĐ", "QĐI": "QĐi", "QDi": "QĐi", "QDI": "QĐi", "ND": "NĐ", "TƯ": "TW"}

# Issuing bodies as the text names them after "của": canonical name, then the
# spellings (longest first within the alternation; see issuer_pattern).
ISSUERS = [
    ("Ban Chấp hành Trung ương", ["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương",
                                  "BCH Trung ương Đảng", "BCH Trung ương", "Trung ương Đảng"]),
    ("Bộ Chính trị", ["Bộ Chính trị"]),
    ("Ban Bí thư", ["Ban Bí thư Trung ương Đảng", "Ban Bí thư Trung ương", "Ban Bí thư"]),
    ("Ban Thường vụ Tỉnh ủy", ["Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy"]),
    ("Ban Thường vụ Thành ủy", ["Ban Thường vụ Thành ủy", "BTV Thành ủy"]),
    ("Ban Thường vụ Huyện ủy", ["Ban Thường vụ Huyện ủy", "BTV Huyện ủy"]),
    ("Ban Thường vụ Quận ủy", ["Ban Thường vụ Quận ủy"]),
    ("Ban Thường vụ Đảng ủy", ["Ban Thường vụ Đảng ủy"]),
    ("Ban Chấp hành Đảng bộ tỉnh", ["Ban Chấp hành Đảng bộ tỉnh"]),
    ("Tỉnh ủy", ["Tỉnh ủy"]),
    ("Thành ủy", ["Thành ủy"]),
    ("Huyện ủy", ["Huyện ủy"]),
    ("Quận ủy", ["Quận ủy"]),
    ("Đảng ủy", ["Đảng ủy"]),
    ("Văn phòng Trung ương Đảng", ["Văn phòng Trung ương Đảng"]),
    ("Ban Tổ chức Trung ương", ["Ban Tổ chức Trung ương Đảng", "Ban Tổ chức Trung ương"]),
    ("Ban Tuyên giáo và Dân vận Trung ương", ["Ban Tuyên giáo và Dân vận Trung ương"]),
    ("Ban Tuyên giáo Trung ương", ["Ban Tuyên giáo Trung ương"]),
    ("Ban Dân vận Trung ương", ["Ban Dân vận Trung ương"]),
    ("Ban Dân vận Tỉnh ủy", ["Ban Dân vận Tỉnh ủy"]),
    ("Ủy ban Kiểm tra Trung ương", ["Ủy ban Kiểm tra Trung ương"]),
    ("Ban Nội chính Trung ương", ["Ban Nội chính Trung ương"]),
    ("Ban Kinh tế Trung ương", ["Ban Kinh tế Trung ương"]),
    ("Ủy ban Thường vụ Quốc hội", ["Ủy ban Thường vụ Quốc hội", "UBTVQH"]),
    ("Quốc hội", ["Quốc hội"]),
    ("Chủ tịch nước", ["Chủ tịch nước"]),
    ("Thủ tướng Chính phủ", ["Thủ tướng Chính phủ", "Thủ tướng"]),
    ("Văn phòng Chính phủ", ["Văn phòng Chính phủ"]),
    ("Chính phủ", ["Chính phủ"]),
    ("Chủ tịch Ủy ban nhân dân tỉnh", ["Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh"]),
    ("Chủ tịch Ủy ban nhân dân thành phố", ["Chủ tịch Ủy ban nhân dân thành phố",
                                           "Chủ tịch UBND thành phố"]),
    ("Hội đồng nhân dân tỉnh", ["Hội đồng nhân dân tỉnh", "HĐND tỉnh"]),
    ("Hội đồng nhân dân thành phố", ["Hội đồng nhân dân thành phố", "HĐND thành phố"]),
    ("Ủy ban nhân dân tỉnh", ["Ủy ban nhân dân tỉnh", "UBND tỉnh"]),
    ("Ủy ban nhân dân thành phố", ["Ủy ban nhân dân thành phố", "UBND thành phố"]),
    ("Ủy ban nhân dân huyện", ["Ủy ban nhân dân huyện", "UBND huyện"]),
    ("Tòa án nhân dân tối cao", ["Tòa án nhân dân tối cao"]),
    ("Viện kiểm sát nhân dân tối cao", ["Viện kiểm sát nhân dân tối cao"]),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]),
    ("Bộ Tài chính", ["Bộ Tài chính"]),
    ("Bộ Nội vụ", ["Bộ Nội vụ"]),
    ("Bộ Công an", ["Bộ Công an"]),
    ("Bộ Quốc phòng", ["Bộ Quốc phòng"]),
    ("Bộ Y tế", ["Bộ Y tế"]),
    ("Bộ Tư pháp", ["Bộ Tư pháp"]),
    ("Bộ Ngoại giao", ["Bộ Ngoại giao"]),
    ("Bộ Xây dựng", ["Bộ Xây dựng"]),
    ("Bộ Công Thương", ["Bộ Công Thương"]),
    ("Bộ Giáo dục và Đào tạo", ["Bộ Giáo dục và Đào tạo"]),
    ("Bộ Kế hoạch và Đầu tư", ["Bộ Kế hoạch và Đầu tư"]),
    ("Bộ Khoa học và Công nghệ", ["Bộ Khoa học và Công nghệ"]),
    ("Bộ Thông tin và Truyền thông", ["Bộ Thông tin và Truyền thông"]),
    ("Bộ Tài nguyên và Môi trường", ["Bộ Tài nguyên và Môi trường"]),
    ("Bộ Nông nghiệp và Môi trường", ["Bộ Nông nghiệp và Môi trường"]),
    ("Bộ Nông nghiệp và Phát triển nông thôn", ["Bộ Nông nghiệp và Phát triển nông thôn"]),
    ("Bộ Giao thông vận tải", ["Bộ Giao thông vận tải"]),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    ("Bộ Lao động - Thương binh và Xã hội", ["Bộ Lao động - Thương binh và Xã hội"]),
    ("Bộ Dân tộc và Tôn giáo", ["Bộ Dân tộc và Tôn giáo"]),
]

MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}

# ------------------------------------------------------- pattern helpers ---

# Both tone-mark placements occur ("khóa"/"khoá", "ủy"/"uỷ"): each pair the
# old style can spell differently becomes an alternation of the two spellings.
_TONE_PAIRS = {}
for _new, _old in [("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
                   ("óe", "oé"), ("òe", "oè"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
                   ("úy", "uý"), ("ùy", "uỳ"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")]:
    _TONE_PAIRS[_new] = _old
    _TONE_PAIRS[_new[0].upper() + _new[1]] = _old[0].upper() + _old[1]
_TONE_RE = re.compile("|".join(map(re.escape, _TONE_PAIRS)))


def old_style(word):
    """The word with tone marks in the old placement ("ủy" -> "uỷ")."""
    return _TONE_RE.sub(lambda m: _TONE_PAIRS[m.group()], word)


def word_pattern(word, capital=False):
    """One word in both tone placements, with its first letter in either case
    (or only as written, when `capital`)."""
    variants = []
    for spelling in dict.fromkeys([word, old_style(word)]):
        first, rest = spelling[0], re.escape(spelling[1:])
        if capital or first.upper() == first.lower():
            variants.append(re.escape(first) + rest)
        else:
            variants.append(f"[{first.upper()}{first.lower()}]" + rest)
    return variants[0] if len(variants) == 1 else "(?:" + "|".join(variants) + ")"


def phrase_pattern(phrase, capital_first=False):
    """Words separated by any run of white space (lines wrap inside citations).
    `capital_first`: "Nghị quyết 24" but not "nghị quyết 24", which prose is full of."""
    words = phrase.split()
    parts = [word_pattern(w, capital=capital_first and i == 0) for i, w in enumerate(words)]
    return r"\s+".join(parts)


def alternation(phrases, **kw):
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(phrase_pattern(p, **kw) for p in ordered) + ")"


# Table keys: lower case, modern tone placement, single spaces.
_FOLD_OLD_TO_NEW = {old.lower(): new.lower() for new, old in _TONE_PAIRS.items()}
_FOLD_RE = re.compile("|".join(map(re.escape, _FOLD_OLD_TO_NEW)))


def fold_key(text):
    return _FOLD_RE.sub(lambda m: _FOLD_OLD_TO_NEW[m.group()], " ".join(text.split()).lower())


TYPE_BY_KEY = {fold_key(word): (word, code) for word, code in TYPE_WORDS}
ISSUER_BY_KEY = {fold_key(spelling): name for name, spellings in ISSUERS for spelling in spellings}

TYPES_ANY = alternation([w for w, _ in TYPE_WORDS])
TYPES_CAPITAL = alternation([w for w, _ in TYPE_WORDS], capital_first=True)
ISSUERS_ANY = alternation([s for _, spellings in ISSUERS for s in spellings])
KHOA = r"[Kk]h(?:óa|oá)"
ROMAN = r"[IVXLC]+\b"

# Codes. Capitals in codes are ASCII plus Đ and Ư ("TƯ"); lower-case letters
# occur inside them (QĐi, CTr, TTg, BGDĐT's Đ).
UP = "A-ZĐƯ"
LET = "A-Za-zĐđƯư"
PARTY_CODE = rf"\d{{1,5}} ?- ?[{UP}][{LET}]{{0,5}} ?/ ?[{UP}][{LET}\d]*(?:-[{UP}][{LET}\d]*)*"
STATE_YEAR_CODE = (rf"\d{{1,5}}/(?:19|20)\d\d/"
                   rf"(?:[{UP}][{LET}]*(?:-[{UP}][{LET}\d]*)+|(?:UBTV)?QH\d{{1,2}})")
STATE_CODE = rf"\d{{1,5}}/[{UP}][{LET}]*(?:-[{UP}][{LET}\d]*)+"
CODE = rf"(?<![\w./-])(?:{PARTY_CODE}|{STATE_YEAR_CODE}|{STATE_CODE})"
SO = r"[Ss]ố\s*"

# Words that end a law's name ("Luật Giá số ...", "Luật Đất đai năm 2013",
# "Luật Tiếp công dân. Tập trung ...").
LAW_NAME_STOP = ("số|năm|của|và|được|đã|đang|sẽ|quy|theo|tại|về|này|đó|hiện|có|do|để|trong|với|"
                 "thì|là|khi|nhưng|hoặc|như|từ|cho|các|những|sửa|bổ|ban|hướng|thi|mới|trên|dưới|ngày")
# Between the words of a name: spaces, or one line break (Công báo wraps lines).
NAME_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
LAW_NAME = (rf"(?P<law_name>[^\W\d_]+"
            rf"(?:(?:{NAME_GAP}|,[ \t]+(?=chống\b))(?!(?:{LAW_NAME_STOP})\b)[^\W\d_]+){{0,8}})")

# The heads are found in a few passes, each with a pattern that `re` can scan
# quickly (a digit, or a capital letter, must start it), then merged in text
# order. One big alternation tried at every position is several times slower.

# Pass 1, codes; then what stands before each code, read backwards from it
# through a window: a type word (with "số", or with the issuer first:
# "Quyết định của Bộ Chính trị số 31-QĐ/TW"), a law's name ("Luật Giá số"),
# or "Số:" in the source's own header.
CODE_RE = re.compile(CODE)
LOOKBACK = 100  # type word + "của" + the longest issuer + "số", or a law's name
BEFORE_CODE_RE = re.compile(
    rf"(?:(?P<self>Số\s*:\s*)"
    rf"|(?P<type>{TYPES_ANY})\s+(?:của\s+(?P<pre_issuer>{ISSUERS_ANY})\s+)?(?:{SO}:?\s*)?"
    rf"|(?P<law>Bộ luật|Luật){NAME_GAP}{LAW_NAME}\s+{SO})$")

# Pass 2, a type word and a number, no code: "Nghị quyết 24 khóa IX".
NUMBER_HEAD_RE = re.compile(
    rf"(?P<type>{TYPES_CAPITAL})\s+(?P<so>{SO})?(?P<num>\d{{1,4}})(?!\d|[.,/-]\d|\s?[-/]\s?[{UP}\d])")

# Pass 3, laws by name ("Luật Tiếp công dân"); one followed by "số" and a
# code is pass 1's.
LAW_RE = re.compile(rf"(?P<law>Bộ luật|Luật){NAME_GAP}{LAW_NAME}")
LAW_NUMBER_FOLLOWS_RE = re.compile(rf"\s+{SO}\d")

# Pass 4, Party resolutions by name.
NAMED_NQ_RE = re.compile(
    rf"Nghị quyết\s+(?:Đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?"
    rf"(?P<congress>{ROMAN})(?:\s+(?:của\s+Đảng|Đảng bộ tỉnh|Đảng bộ thành phố))?"
    rf"|Trung ương\s+\d{{1,2}}(?:\s*(?:,\s*)?(?:\(\s*)?{KHOA}\s+(?P<plenum_term>{ROMAN})\)?)?)")

# A number-only head counts when what follows reads like a citation, not like
# "Kế hoạch 5 năm" or "Chương trình 135 giai đoạn ...".
NUMBER_ONLY_FOLLOW_RE = re.compile(rf"\s*(?:[,;.:()\n]|$|(?:{KHOA}|của|ngày|và|về)\s)")

DATE_RE = re.compile(
    r"\s*(?:,\s*)?(?:\(\s*)?(?:ban hành\s+|được ban hành\s+)?ngày\s+(?:"
    r"(?P<d>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2}|" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
    + r")\s+năm\s+(?P<y2>(?:19|20)\d\d))\)?")
ISSUER_RE = re.compile(rf"\s*(?:,\s*)?của\s+(?P<issuer>{ISSUERS_ANY})(?![^\W\d_])")
TERM_RE = re.compile(rf"\s*(?:,\s*)?(?:\(\s*)?{KHOA}\s+(?P<term>{ROMAN})\s*\)?")
SUBJECT_RE = re.compile(r"\s*(?:,\s*)?[Vv]ề\s+")
CLAUSE_END_RE = re.compile(r"[;\n]|\.(?:\s|$)|\?|!")
SUBJECT_MAX = 400
# What may stand between two members of a list that share the issuer after the last one.
LIST_GAP_RE = re.compile(r"\s*(?:(?:,|và)\s*)?")
SPACES_RE = re.compile(r"\s+")

# ----------------------------------------------------- text preparation ---

# Dashes to '-', odd spaces to ' ': one code point for one, so offsets stay.
PLAIN = {**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
         **{c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                          "\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"}}
# HTML tags such as <sup>, blanked to the same length.
TAG_RE = re.compile(r"<[^<>\n]{1,40}>")


COMBINING_RE = re.compile(r"[\u0300-\u036f]+")


def to_nfc(text):
    """NFC text, plus the map back: (positions, shifts) such that a position p
    of the NFC text is p + shifts[i] in `text`, i = bisect_right(positions, p) - 1.
    Only a run of combining marks and the letter before it can change, so only
    those are normalized (a few per file at most; most files are NFC already)."""
    if unicodedata.is_normalized("NFC", text):
        return text, [0], [0]
    pieces, positions, shifts = [], [0], [0]
    last = 0  # end of the text copied so far
    new_len = 0
    for m in COMBINING_RE.finditer(text):
        start = max(last, m.start() - 1)  # the base letter, unless already copied
        piece = text[start:m.end()]
        composed = unicodedata.normalize("NFC", piece)
        if composed == piece:
            continue
        pieces.append(text[last:start])
        pieces.append(composed)
        new_len += (start - last) + len(composed)
        last = m.end()
        positions.append(new_len)
        shifts.append(m.end() - new_len)
    pieces.append(text[last:])
    out = "".join(pieces)
    if not unicodedata.is_normalized("NFC", out):
        # Something other than Latin marks (rare here): normalize it all; the
        # offsets after it may then be off by the few code points that moved.
        out = unicodedata.normalize("NFC", out)
    return out, positions, shifts


class ByteOffsets:
    """Code-point positions of the NFC text to byte offsets of the file,
    walking forward (mentions come in text order) so the cost stays linear."""

    def __init__(self, original, positions, shifts):
        self.original, self.positions, self.shifts = original, positions, shifts
        self.cp = 0
        self.byte = 0

    def __call__(self, pos):
        if len(self.positions) > 1:
            pos += self.shifts[bisect.bisect_right(self.positions, pos) - 1]
        if pos < self.cp:  # a step back (an end before a later start): recount from 0
            self.cp, self.byte = 0, 0
        self.byte += len(self.original[self.cp:pos].encode("utf-8"))
        self.cp = pos
        return self.byte


# ------------------------------------------------------------ extraction ---


def canon_code_part(part):
    return CODE_SPELLINGS.get(part, part)


def parse_code(code):
    """A code as written to (compact code, number, type_code, issuer_code, year, is_party)."""
    compact = SPACES_RE.sub("", code)
    digits = re.match(r"\d+", compact).group()
    number = int(digits)
    rest = compact[len(digits):]
    if rest.startswith("-"):  # Party: number-TYPE/ISSUER
        type_part, _, issuer_part = rest[1:].partition("/")
        return compact, number, canon_code_part(type_part), canon_code_part(issuer_part), None, True
    parts = rest[1:].split("/")
    year = None
    if len(parts) == 2 and parts[0].isdigit():
        year = int(parts[0])
        tail = parts[1]
    else:
        tail = parts[-1]
    first, dash, second = tail.partition("-")
    first = canon_code_part(first)
    if not dash:  # 45/2019/QH14: a law; the code names only the legislature
        return compact, number, None, first, year, False
    if year is not None or first in CODE_TYPES:  # 04/2015/NĐ-CP, 16/CT-TTg
        return compact, number, first, second, year, False
    return compact, number, "CV", first, year, False  # công văn: 4919/VPCP-KTTH


def type_of_code(type_code, is_party, issuer_code):
    if type_code is None:  # number/year/QHnn is the shape of a law's number
        return "Luật" if issuer_code and issuer_code.startswith("QH") else None
    extra = PARTY_ONLY_TYPES if is_party else STATE_ONLY_TYPES
    return extra.get(type_code) or CODE_TYPES.get(type_code)


def make_date(d, m, y):
    day, year = int(d), int(y)
    month = int(m) if m.isdigit() else MONTH_WORDS[m.lower()]
    if 1 <= day <= 31 and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}-{day:02d}", year
    return None, None


def read_tail(text, pos, mention):
    """Date, issuer, term and subject after a head ending at `pos`, in the
    usual order, each optional. Returns where the tail ends."""
    m = DATE_RE.match(text, pos)
    if m:
        if m.group("d"):
            date, year = make_date(m.group("d"), m.group("m"), m.group("y"))
        else:
            date, year = make_date(m.group("d2"), m.group("m2"), m.group("y2"))
        if date:
            mention["date"], mention["year"] = date, year
            pos = m.end()
    m = ISSUER_RE.match(text, pos)
    if m:
        mention["issuer"] = ISSUER_BY_KEY[fold_key(m.group("issuer"))]
        pos = m.end()
        if mention["date"] is None:  # "... của Bộ Chính trị ngày 08-12-2009"
            m = DATE_RE.match(text, pos)
            if m and m.group("d"):
                date, year = make_date(m.group("d"), m.group("m"), m.group("y"))
                if date:
                    mention["date"], mention["year"] = date, year
                    pos = m.end()
    m = TERM_RE.match(text, pos)
    if m:
        mention["term"] = m.group("term")
        pos = m.end()
    m = SUBJECT_RE.match(text, pos)
    if m:
        start = m.end()
        end_m = CLAUSE_END_RE.search(text, start, start + SUBJECT_MAX)
        end = end_m.start() if end_m else min(len(text), start + SUBJECT_MAX)
        subject = " ".join(text[start:end].split()).strip(" ,:“”\"'")
        if subject:
            mention["subject"] = subject
            pos = end
    return pos


def new_mention(source, kind):
    return {"source": source, "start": None, "end": None, "text": None, "kind": kind,
            "type": None, "type_code": None, "number": None, "code": None, "issuer_code": None,
            "date": None, "year": None, "issuer": None, "term": None, "subject": None,
            "title": None, "section": None, "footnote": None}


def set_code(mention, code, type_word):
    compact, number, type_code, issuer_code, year, is_party = parse_code(code)
    mention["code"] = compact
    mention["number"] = number
    mention["issuer_code"] = issuer_code
    mention["year"] = year
    if type_word is not None:
        word, implied = TYPE_BY_KEY[fold_key(type_word)]
        mention["type"] = word
        mention["type_code"] = type_code or implied  # the code wins when it names a type
    else:
        mention["type"] = type_of_code(type_code, is_party, issuer_code)
        mention["type_code"] = type_code


def find_heads(text, source):
    """Every head in `text`, as mentions with code-point spans, in text order."""
    heads = []

    for m in CODE_RE.finditer(text):
        window_start = max(0, m.start() - LOOKBACK)
        before = BEFORE_CODE_RE.search(text, window_start, m.start())
        if before and before.group("self"):
            mention = new_mention(source, "self")
            set_code(mention, m.group(), None)
            mention["start"] = m.start()
        elif before and before.group("type"):
            mention = new_mention(source, "numbered")
            set_code(mention, m.group(), before.group("type"))
            if before.group("pre_issuer"):
                mention["issuer"] = ISSUER_BY_KEY[fold_key(before.group("pre_issuer"))]
            mention["start"] = before.start()
        elif before and before.group("law") and before.group("law_name")[0].isupper():
            mention = new_mention(source, "numbered")
            set_code(mention, m.group(), before.group("law"))
            mention["title"] = " ".join(before.group("law_name").split())
            mention["start"] = before.start()
        else:
            mention = new_mention(source, "numbered")
            set_code(mention, m.group(), None)
            mention["start"] = m.start()
        mention["end"] = m.end()
        heads.append(mention)

    for m in NUMBER_HEAD_RE.finditer(text):
        number = m.group("num")
        if not m.group("so") and len(number) == 4 and number[:2] in ("19", "20"):
            continue  # "Kế hoạch 2025": a year, not a number
        if not NUMBER_ONLY_FOLLOW_RE.match(text, m.end()):
            continue
        mention = new_mention(source, "numbered")
        mention["type"], mention["type_code"] = TYPE_BY_KEY[fold_key(m.group("type"))]
        mention["number"] = int(number)
        mention["start"], mention["end"] = m.start(), m.end()
        heads.append(mention)

    for m in LAW_RE.finditer(text):
        if not m.group("law_name")[0].isupper():
            continue  # "Luật này", "Luật sửa đổi ...": no name
        if LAW_NUMBER_FOLLOWS_RE.match(text, m.end()):
            continue
        mention = new_mention(source, "named")
        mention["type"] = TYPE_BY_KEY[fold_key(m.group("law"))][0]
        mention["title"] = " ".join(m.group("law_name").split())
        mention["start"], mention["end"] = m.start(), m.end()
        heads.append(mention)

    for m in NAMED_NQ_RE.finditer(text):
        mention = new_mention(source, "named")
        mention["type"] = "Nghị quyết"
        mention["title"] = " ".join(m.group().split())
        mention["term"] = m.group("congress") or m.group("plenum_term")
        mention["start"], mention["end"] = m.start(), m.end()
        heads.append(mention)

    heads.sort(key=lambda h: h["start"])
    return heads


def extract_text(text, source):
    """Every mention in `text` (prepared: NFC, plain dashes and spaces, markup
    blanked), as dicts with code-point spans; in text order."""
    mentions = find_heads(text, source)
    tails = []  # where each mention's tail ends, for the shared-issuer lists
    for mention in mentions:
        mention["text"] = " ".join(text[mention["start"]:mention["end"]].split())
        tails.append(read_tail(text, mention["end"], mention))  # a stated date's year wins

    # "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị khóa XI":
    # a member without an issuer takes the next member's, when only a comma or
    # "và" stands between them; walking backwards passes it along the list.
    for i in range(len(mentions) - 2, -1, -1):
        here, after = mentions[i], mentions[i + 1]
        if here["issuer"] is None and after["issuer"] is not None and here["kind"] == "numbered" \
                and tails[i] <= after["start"] and LIST_GAP_RE.fullmatch(text, tails[i], after["start"]):
            here["issuer"] = after["issuer"]
            if here["term"] is None:
                here["term"] = after["term"]
    return mentions


def prepare(raw):
    """Decoded file text to the text the patterns read, and the offset map.
    Plain str methods where they do (much faster than a regex sub)."""
    text, positions, shifts = to_nfc(raw)
    for char, plain in PLAIN.items():
        if char in text:
            text = text.replace(char, plain)
    if "<" in text:
        text = TAG_RE.sub(lambda m: " " * len(m.group()), text)
    text = text.replace("*", " ")  # markdown emphasis: "**57-NQ/TW**"
    return text, positions, shifts


def process(path, out):
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "-"
    else:
        with open(path, "rb") as f:
            data = f.read()
        name = path
    nul = data.find(b"\0")
    if nul >= 0:
        raise ValueError(f"{name}: binary file (NUL byte at byte {nul})")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{name}: invalid UTF-8 at byte {e.start}") from None
    del data
    text, positions, shifts = prepare(raw)
    to_byte = ByteOffsets(raw, positions, shifts)
    lines = []
    for mention in extract_text(text, name):
        mention["start"] = to_byte(mention["start"])
        mention["end"] = to_byte(mention["end"])
        lines.append(json.dumps(mention, ensure_ascii=False))
    if lines:
        out.write("\n".join(lines))
        out.write("\n")


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print("usage: reference_extract.py FILE...  ('-' reads stdin)", file=sys.stderr)
        return 2
    status = 0
    out = sys.stdout
    for path in argv[1:]:  # one file at a time: memory stays at one file's size
        try:
            process(path, out)
        except (OSError, ValueError) as e:
            print(f"reference_extract: {e}", file=sys.stderr)
            status = 2
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
