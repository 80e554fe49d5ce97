#include "extractors/outline_marker.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace lexgraph::outline_internal {
namespace {

using Kind = MarkerKind;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A label ends at the end of the segment, at a space, or at punctuation.
bool LabelEnds(std::string_view s, size_t i) {
  return i >= s.size() || IsSpace(s[i]) || s[i] == '.' || s[i] == ':' || s[i] == '-' ||
         s[i] == ',' || s[i] == '*';
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && IsSpace(s[i])) ++i;
  return i;
}

// Reads `prefix` in either spelling (title case or capitals) at the start.
bool EatWord(std::string_view s, std::string_view title, std::string_view upper, size_t* i) {
  if (s.empty() || (s[0] != title[0] && s[0] != upper[0])) return false;  // most segments
  for (std::string_view p : {title, upper}) {
    if (s.substr(0, p.size()) == p) {
      *i = p.size();
      return true;
    }
  }
  return false;
}

size_t DigitsAt(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && IsDigit(s[j])) ++j;
  return j - i;
}

size_t RomanAt(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X')) ++j;
  if (j == i) return 0;
  return RomanValue(s.substr(i, j - i)) > 0 ? j - i : 0;
}

// A number after a word: "Chương II", "Mục 1", "Phần 3". Sets key to arabic.
bool NumberAfter(std::string_view s, size_t i, std::string* key, size_t* end) {
  if (i >= s.size() || s[i] != ' ') return false;
  i = SkipSpaces(s, i);
  size_t n = DigitsAt(s, i);
  if (n > 0 && n <= 3) {
    *key = std::to_string(std::stoi(std::string(s.substr(i, n))));
  } else if ((n = RomanAt(s, i)) > 0) {
    *key = std::to_string(RomanValue(s.substr(i, n)));
  } else {
    return false;
  }
  if (!LabelEnds(s, i + n)) return false;
  *end = i + n;
  return true;
}

bool ReadPart(std::string_view s, Marker* m) {
  size_t i = 0;
  if (!EatWord(s, "Phần", "PHẦN", &i)) return false;
  static const std::array<std::pair<std::string_view, int>, 16> kOrdinals = {{
      {" thứ nhất", 1},
      {" THỨ NHẤT", 1},
      {" thứ hai", 2},
      {" THỨ HAI", 2},
      {" thứ ba", 3},
      {" THỨ BA", 3},
      {" thứ tư", 4},
      {" THỨ TƯ", 4},
      {" thứ năm", 5},
      {" THỨ NĂM", 5},
      {" thứ sáu", 6},
      {" THỨ SÁU", 6},
      {" thứ bảy", 7},
      {" THỨ BẢY", 7},
      {" thứ tám", 8},
      {" THỨ TÁM", 8},
  }};
  for (const auto& [word, n] : kOrdinals) {
    if (s.substr(i, word.size()) == word && LabelEnds(s, i + word.size())) {
      m->key = std::to_string(n);
      m->body = i + word.size();
      return true;
    }
  }
  return NumberAfter(s, i, &m->key, &m->body);
}

bool ReadNumberedWord(std::string_view s, std::string_view title, std::string_view upper,
                      Marker* m) {
  size_t i = 0;
  return EatWord(s, title, upper, &i) && NumberAfter(s, i, &m->key, &m->body);
}

// "Điều 5." / "Điều 12a:" / "Điều 3" alone; not "Điều 2 của Luật" (a wrapped line).
bool ReadArticle(std::string_view s, Marker* m) {
  size_t i = 0;
  if (!EatWord(s, "Điều ", "ĐIỀU ", &i)) return false;
  size_t n = DigitsAt(s, i);
  if (n == 0 || n > 3) return false;
  size_t j = i + n;
  if (j < s.size() && s[j] >= 'a' && s[j] <= 'z' && (j + 1 >= s.size() || !std::isalpha(s[j + 1])))
    ++j;
  size_t key_end = j;
  size_t closed = j;  // "**Điều 2**." : emphasis closed before the stop
  while (closed < s.size() && (s[closed] == '*' || s[closed] == '_')) ++closed;
  if (closed > j && (closed == s.size() || s[closed] == '.' || s[closed] == ':')) j = closed;
  if (j < s.size() && s[j] != '.' && s[j] != ':') return false;
  m->key = std::string(s.substr(i, key_end - i));
  m->body = j < s.size() ? j + 1 : j;
  return true;
}

bool ReadAppendix(std::string_view s, Marker* m) {
  size_t i = 0;
  if (!EatWord(s, "Phụ lục", "PHỤ LỤC", &i) || !LabelEnds(s, i) || s.size() > 300) return false;
  bool capitals = s.substr(0, 3) == "PHỤ";
  size_t j = SkipSpaces(s, i);
  for (std::string_view so : {"số ", "SỐ "}) {
    if (s.substr(j, so.size()) == so) j = SkipSpaces(s, j + so.size());
  }
  size_t n = DigitsAt(s, j);
  size_t r = n == 0 ? RomanAt(s, j) : 0;
  if (n > 0 && n <= 3 && LabelEnds(s, j + n)) {
    m->key = std::to_string(std::stoi(std::string(s.substr(j, n))));
    m->body = j + n;
  } else if (r > 0 && LabelEnds(s, j + r)) {
    m->key = std::to_string(RomanValue(s.substr(j, r)));
    m->body = j + r;
  } else if (!capitals && !TrimMarkup(s.substr(i)).empty()) {
    return false;  // "Phụ lục này ...": running text; "Phụ lục" alone is a heading
  } else {
    m->body = i;
  }
  return true;
}

// "II-", "III.", "IV)", "V –": capitals I, V, X then a stop and a space.
bool ReadRoman(std::string_view s, Marker* m) {
  size_t n = RomanAt(s, 0);
  if (n == 0 || n >= s.size()) return false;
  size_t j = n;
  if (s[j] == '.' || s[j] == '-' || s[j] == ')' || s[j] == ':') {
    ++j;
  } else if (s.substr(j, 2) == " -") {
    j += 2;
  } else {
    return false;
  }
  if (j < s.size() && !IsSpace(s[j]) && s[j] != '*') return false;
  m->key = std::string(s.substr(0, n));
  m->body = j;
  return true;
}

// "1.", "12.", "1.2.", "1.2 ", not "1.291 cuộc" (a thousands separator) nor "2020 -".
bool ReadArabic(std::string_view s, Marker* m) {
  size_t i = 0;
  int depth = 0;
  bool stop = false;
  while (true) {
    size_t n = DigitsAt(s, i);
    if (n == 0 || n > 2) return false;
    i += n;
    ++depth;
    size_t closed = i;  // "**1**. **Mục đích**": emphasis closed before the stop
    while (closed < s.size() && (s[closed] == '*' || s[closed] == '_')) ++closed;
    if (closed > i && closed < s.size() && s[closed] == '.') i = closed;
    if (s.substr(i, 2) == "\\.") ++i;  // "1\." : a markdown escape
    stop = i < s.size() && s[i] == '.';
    if (!stop) break;
    ++i;
    if (DigitsAt(s, i) == 0) break;
  }
  if (depth == 1 && !stop) return false;
  if (i < s.size() && !IsSpace(s[i]) && s[i] != '*') return false;
  m->key = std::string(s.substr(0, stop ? i - 1 : i));
  std::erase_if(m->key, [](char c) { return c == '*' || c == '\\'; });
  m->depth = depth;
  m->body = i;
  return true;
}

bool ReadLetter(std::string_view s, Marker* m) {
  size_t n = 0;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') n = 1;
  if (s.substr(0, 2) == "đ") n = 2;
  if (n == 0 || s.size() <= n || s[n] != ')') return false;
  if (n + 1 < s.size() && !IsSpace(s[n + 1])) return false;
  m->key = std::string(s.substr(0, n));
  m->body = n + 1;
  return true;
}

bool ReadBullet(std::string_view s, Marker* m) {
  for (std::string_view b : {"- ", "+ ", "• ", "* ", "– ", "− ", "· ", "\\- ", "\\+ "}) {
    if (s.substr(0, b.size()) == b) {
      m->depth = b[b.size() - 2] == '+' ? 1 : 0;
      m->body = b.size();
      return true;
    }
  }
  return false;
}

// "<sup>1</sup> …", "<sup>(1)</sup> …", "[1] …", "(1) …".
bool ReadNote(std::string_view s, Marker* m) {
  struct Form {
    std::string_view open, close;
    Kind kind;
  };
  static const Form kForms[] = {{"<sup>", "</sup>", Kind::kFootnote},
                                {"<sup>(", ")</sup>", Kind::kFootnote},
                                {"[", "]", Kind::kFootnote},
                                {"(", ")", Kind::kParenNumber}};
  size_t sup = 0;
  int sup_n = SuperscriptNumberAt(s, 0, &sup);
  if (sup_n > 0 && (sup == s.size() || IsSpace(s[sup]) || s[sup] == '*')) {
    m->kind = Kind::kFootnote;
    m->number = sup_n;
    m->body = sup;
    return true;
  }
  for (const Form& f : kForms) {
    if (s.substr(0, f.open.size()) != f.open) continue;
    size_t n = DigitsAt(s, f.open.size());
    if (n == 0 || n > 3) continue;
    size_t j = f.open.size() + n;
    if (s.substr(j, f.close.size()) != f.close) continue;
    j += f.close.size();
    if (f.kind == Kind::kParenNumber && j < s.size() && !IsSpace(s[j])) continue;
    m->kind = f.kind;
    m->number = std::stoi(std::string(s.substr(f.open.size(), n)));
    m->body = j;
    return true;
  }
  return false;
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> words) {
  if (s.empty()) return false;
  for (std::string_view w : words) {
    if (w[0] == s[0] && s.substr(0, w.size()) == w) return true;
  }
  return false;
}

// "TRƯỞNG BAN … QUYẾT ĐỊNH": the issuing authority before the articles.
bool EndsWithEnactingWord(std::string_view s) {
  s = TrimMarkup(s);
  if (!s.empty() && s.back() == ':') s.remove_suffix(1);
  s = Trim(s);
  for (std::string_view w : {"QUYẾT ĐỊNH", "QUYẾT NGHỊ"}) {
    if (s.size() >= w.size() && s.substr(s.size() - w.size()) == w) return true;
  }
  return false;
}

// `upper`: IsUppercaseText(s), asked once for this test and the next.
bool IsSignatureLine(std::string_view s, bool upper) {
  if (s[0] == '(' && StartsWithAny(s, {"(Đã ký)", "(đã ký)", "(Ký", "(ký"})) return true;
  if (s.size() > 120 || !upper || EndsWithEnactingWord(s)) return false;
  return StartsWithAny(s, {"T/M",
                           "K/T",
                           "TM.",
                           "TM ",
                           "KT.",
                           "KT ",
                           "Q.",
                           "TL.",
                           "TUQ.",
                           "CHỦ TỊCH",
                           "PHÓ CHỦ TỊCH",
                           "BỘ TRƯỞNG",
                           "THỨ TRƯỞNG",
                           "THỦ TƯỚNG",
                           "PHÓ THỦ TƯỚNG",
                           "BÍ THƯ",
                           "PHÓ BÍ THƯ",
                           "TỔNG BÍ THƯ",
                           "GIÁM ĐỐC",
                           "CHÁNH VĂN PHÒNG",
                           "TRƯỞNG BAN",
                           "PHÓ TRƯỞNG BAN",
                           "CHỦ NHIỆM",
                           "TỔNG KIỂM TOÁN",
                           "CHÁNH ÁN",
                           "VIỆN TRƯỞNG"});
}

bool IsTitleLine(std::string_view s, bool upper) {
  if (s.size() > 400 || !upper) return false;
  static const std::string_view kTypes[] = {
      "BÁO CÁO",  "NGHỊ ĐỊNH", "NGHỊ QUYẾT",      "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHƯƠNG TRÌNH",
      "LUẬT",     "PHÁP LỆNH", "THÔNG TƯ",        "CHỈ THỊ",    "KẾT LUẬN", "HƯỚNG DẪN",
      "QUY ĐỊNH", "QUY CHẾ",   "THÔNG BÁO",       "CÔNG VĂN",   "TỜ TRÌNH", "ĐỀ ÁN",
      "ĐIỀU LỆ",  "CÔNG ĐIỆN", "VĂN BẢN HỢP NHẤT"};
  for (std::string_view t : kTypes) {
    if (s.substr(0, t.size()) != t) continue;
    // "THÔNG TƯ1": a footnote marker on the type word.
    size_t marker = DigitsAt(s, t.size());
    if (marker > 0 && marker <= 2 && t.size() + marker == s.size()) return true;
    // "QUYẾT ĐỊNH:" before Điều 1 is the enacting formula, not a title.
    if (LabelEnds(s, t.size())) return s.substr(t.size(), 1) != ":";
  }
  return false;
}

// The readers a segment's first byte leaves possible, each tried in turn:
// a label word starts with P, C, M or Đ (0xC4), a Roman numeral with I, V
// or X, a letter with a-z or đ (0xC4), a bullet with -, +, *, a backslash or a
// two- or three-byte sign (0xC2, 0xE2), a footnote with < [ ( or a
// superscript digit (0xC2, 0xE2). Most segments start with none of them.
bool ReadNumbering(std::string_view s, Marker* m) {
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= '0' && c <= '9') return ReadArabic(s, m) && (m->kind = Kind::kArabic, true);
  if (c >= 'a' && c <= 'z') return ReadLetter(s, m) && (m->kind = Kind::kLetter, true);
  switch (c) {
    case 'P':
      if (ReadPart(s, m)) return m->kind = Kind::kPart, true;
      return ReadAppendix(s, m) && (m->kind = Kind::kAppendix, true);
    case 'C':
      return ReadNumberedWord(s, "Chương", "CHƯƠNG", m) && (m->kind = Kind::kChapter, true);
    case 'M':
      return ReadNumberedWord(s, "Mục", "MỤC", m) && (m->kind = Kind::kSubchapter, true);
    case 0xC4:
      if (ReadArticle(s, m)) return m->kind = Kind::kArticle, true;
      return ReadLetter(s, m) && (m->kind = Kind::kLetter, true);
    case 'I': case 'V': case 'X':
      return ReadRoman(s, m) && (m->kind = Kind::kRoman, true);
    case '-': case '+': case '*': case '\\':
      return ReadBullet(s, m) && (m->kind = Kind::kBullet, true);
    case 0xC2: case 0xE2:
      if (ReadBullet(s, m)) return m->kind = Kind::kBullet, true;
      return ReadNote(s, m);
    case '<': case '[': case '(':
      return ReadNote(s, m);
    default:
      return false;
  }
}

}  // namespace

bool LooksLikeHeading(std::string_view text, const Segment& seg, const Marker& m) {
  std::string_view s = text.substr(m.label, seg.e - m.label);
  if (s.empty() || s.size() > 300 || EndsSentence(s)) return false;
  bool marked = text[seg.line_b] == '#' || text[seg.line_b] == '*' || seg.glued;
  return marked || IsUppercaseText(s);
}

int RomanValue(std::string_view s) {
  static const std::string_view kRomans[] = {
      "",    "I",    "II",    "III",    "IV",    "V",    "VI",    "VII",    "VIII",    "IX",
      "X",   "XI",   "XII",   "XIII",   "XIV",   "XV",   "XVI",   "XVII",   "XVIII",   "XIX",
      "XX",  "XXI",  "XXII",  "XXIII",  "XXIV",  "XXV",  "XXVI",  "XXVII",  "XXVIII",  "XXIX",
      "XXX", "XXXI", "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX"};
  for (int i = 1; i < 40; ++i) {
    if (kRomans[i] == s) return i;
  }
  return 0;
}

Marker ReadMarker(std::string_view text, const Segment& seg) {
  std::string_view s = text.substr(seg.b, seg.e - seg.b);
  // An emphasis run left open at the start ("**T/M BAN THƯỜNG VỤ" on a line
  // of its own) does not hide the label.
  // A run followed by a space ("** 2.1. **Tập trung") is dropped with the
  // space; a lone "* " is a bullet.
  size_t skipped = 0;
  while (skipped < s.size() && (s[skipped] == '*' || s[skipped] == '_')) ++skipped;
  if (skipped == 1 && s[0] == '*' && s.substr(1, 1) == " ") skipped = 0;
  if (skipped > 0) {
    while (skipped < s.size() && IsSpace(s[skipped])) ++skipped;
  }
  Marker m;
  if (s.substr(skipped, 1) == "\"") {  // Normalize makes “ ” straight
    skipped += 1;
    m.quoted = true;
  }
  s.remove_prefix(skipped);
  m.label = seg.b + skipped;
  if (s.empty()) return m.body = seg.b, m;
  if (s[0] == '|') {
    m.kind = Kind::kTableRow;
  } else if (ReadNumbering(s, &m)) {
    // kind and key set by the reader
  } else if (s[0] == 'N' && StartsWithAny(s, {"Nơi nhận", "NƠI NHẬN"})) {
    m.kind = Kind::kRecipients;
  } else {
    bool upper = s.size() <= 400 && IsUppercaseText(s);  // both tests stop above 400 bytes
    if (IsSignatureLine(s, upper)) {
      m.kind = Kind::kSignature;
    } else if (IsTitleLine(s, upper)) {
      m.kind = Kind::kTitle;
    }
  }
  m.body += seg.b + skipped;
  while (m.body < seg.e && IsSpace(text[m.body])) ++m.body;
  return m;
}

}  // namespace lexgraph::outline_internal
