#include "formats/legacy_vietnamese.h"

#include <unicode/utf8.h>

#include <array>

#include "base/byte_scan.h"

namespace lexgraph::formats {
namespace {

// The twelve Vietnamese vowels with their six tones (none, sắc, huyền, hỏi,
// ngã, nặng), small and capital.
enum Vowel { kA, kAw, kAa, kE, kEe, kI, kO, kOo, kOw, kU, kUw, kY, kVowels };
constexpr char32_t kSmall[kVowels][6] = {
    {U'a', U'á', U'à', U'ả', U'ã', U'ạ'}, {U'ă', U'ắ', U'ằ', U'ẳ', U'ẵ', U'ặ'},
    {U'â', U'ấ', U'ầ', U'ẩ', U'ẫ', U'ậ'}, {U'e', U'é', U'è', U'ẻ', U'ẽ', U'ẹ'},
    {U'ê', U'ế', U'ề', U'ể', U'ễ', U'ệ'}, {U'i', U'í', U'ì', U'ỉ', U'ĩ', U'ị'},
    {U'o', U'ó', U'ò', U'ỏ', U'õ', U'ọ'}, {U'ô', U'ố', U'ồ', U'ổ', U'ỗ', U'ộ'},
    {U'ơ', U'ớ', U'ờ', U'ở', U'ỡ', U'ợ'}, {U'u', U'ú', U'ù', U'ủ', U'ũ', U'ụ'},
    {U'ư', U'ứ', U'ừ', U'ử', U'ữ', U'ự'}, {U'y', U'ý', U'ỳ', U'ỷ', U'ỹ', U'ỵ'},
};
constexpr char32_t kCapital[kVowels][6] = {
    {U'A', U'Á', U'À', U'Ả', U'Ã', U'Ạ'}, {U'Ă', U'Ắ', U'Ằ', U'Ẳ', U'Ẵ', U'Ặ'},
    {U'Â', U'Ấ', U'Ầ', U'Ẩ', U'Ẫ', U'Ậ'}, {U'E', U'É', U'È', U'Ẻ', U'Ẽ', U'Ẹ'},
    {U'Ê', U'Ế', U'Ề', U'Ể', U'Ễ', U'Ệ'}, {U'I', U'Í', U'Ì', U'Ỉ', U'Ĩ', U'Ị'},
    {U'O', U'Ó', U'Ò', U'Ỏ', U'Õ', U'Ọ'}, {U'Ô', U'Ố', U'Ồ', U'Ổ', U'Ỗ', U'Ộ'},
    {U'Ơ', U'Ớ', U'Ờ', U'Ở', U'Ỡ', U'Ợ'}, {U'U', U'Ú', U'Ù', U'Ủ', U'Ũ', U'Ụ'},
    {U'Ư', U'Ứ', U'Ừ', U'Ử', U'Ữ', U'Ự'}, {U'Y', U'Ý', U'Ỳ', U'Ỷ', U'Ỹ', U'Ỵ'},
};

char32_t ToCapital(char32_t c) {
  if (c >= 'a' && c <= 'z') return c - 'a' + 'A';
  if (c == U'đ') return U'Đ';
  for (int v = 0; v < kVowels; ++v) {
    for (int t = 0; t < 6; ++t) {
      if (kSmall[v][t] == c) return kCapital[v][t];
    }
  }
  return c;
}

// TCVN3 (VN3): byte 0xA1 + i -> kTcvn3[i], 0 where the table has nothing.
struct Tcvn3Entry {
  unsigned char byte;
  char32_t letter;
};
constexpr Tcvn3Entry kTcvn3Entries[] = {
    {0xA1, U'Ă'}, {0xA2, U'Â'}, {0xA3, U'Ê'}, {0xA4, U'Ô'}, {0xA5, U'Ơ'}, {0xA6, U'Ư'},
    {0xA7, U'Đ'}, {0xA8, U'ă'}, {0xA9, U'â'}, {0xAA, U'ê'}, {0xAB, U'ô'}, {0xAC, U'ơ'},
    {0xAD, U'ư'}, {0xAE, U'đ'}, {0xB5, U'à'}, {0xB6, U'ả'}, {0xB7, U'ã'}, {0xB8, U'á'},
    {0xB9, U'ạ'}, {0xBB, U'ằ'}, {0xBC, U'ẳ'}, {0xBD, U'ẵ'}, {0xBE, U'ắ'}, {0xC6, U'ặ'},
    {0xC7, U'ầ'}, {0xC8, U'ẩ'}, {0xC9, U'ẫ'}, {0xCA, U'ấ'}, {0xCB, U'ậ'}, {0xCC, U'è'},
    {0xCE, U'ẻ'}, {0xCF, U'ẽ'}, {0xD0, U'é'}, {0xD1, U'ẹ'}, {0xD2, U'ề'}, {0xD3, U'ể'},
    {0xD4, U'ễ'}, {0xD5, U'ế'}, {0xD6, U'ệ'}, {0xD7, U'ì'}, {0xD8, U'ỉ'}, {0xDC, U'ĩ'},
    {0xDD, U'í'}, {0xDE, U'ị'}, {0xDF, U'ò'}, {0xE1, U'ỏ'}, {0xE2, U'õ'}, {0xE3, U'ó'},
    {0xE4, U'ọ'}, {0xE5, U'ồ'}, {0xE6, U'ổ'}, {0xE7, U'ỗ'}, {0xE8, U'ố'}, {0xE9, U'ộ'},
    {0xEA, U'ờ'}, {0xEB, U'ở'}, {0xEC, U'ỡ'}, {0xED, U'ớ'}, {0xEE, U'ợ'}, {0xEF, U'ù'},
    {0xF1, U'ủ'}, {0xF2, U'ũ'}, {0xF3, U'ú'}, {0xF4, U'ụ'}, {0xF5, U'ừ'}, {0xF6, U'ử'},
    {0xF7, U'ữ'}, {0xF8, U'ứ'}, {0xF9, U'ự'}, {0xFA, U'ỳ'}, {0xFB, U'ỷ'}, {0xFC, U'ỹ'},
    {0xFD, U'ý'}, {0xFE, U'ỵ'},
};
constexpr std::array<char32_t, 256> kTcvn3 = [] {
  std::array<char32_t, 256> t{};
  for (const Tcvn3Entry& e : kTcvn3Entries) t[e.byte] = e.letter;
  return t;
}();

char32_t Tcvn3Letter(char32_t c) { return c < 256 ? kTcvn3[c] : 0; }

// A TCVN3 code point that is no letter in Latin-1: never inside a word of
// another language.
bool IsTcvn3Symbol(char32_t c) { return Tcvn3Letter(c) != 0 && (c < 0xC0 || c == 0xD7 || c == 0xF7); }

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiCapital(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiSmall(char32_t c) { return c >= 'a' && c <= 'z'; }

// Letters only Vietnamese Unicode writes (and combining tones, NFD text).
bool IsVietnameseUnicode(char32_t c) {
  return c == U'ă' || c == U'Ă' || c == U'đ' || c == U'Đ' || c == U'ơ' || c == U'Ơ' ||
         c == U'ư' || c == U'Ư' || c == U'ĩ' || c == U'Ĩ' || c == U'ũ' || c == U'Ũ' ||
         (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323);
}

// A code point that belongs to a word: letters of any script and the
// Latin-1 symbols TCVN3 uses as letters. Digits, ASCII punctuation, spaces,
// and the General Punctuation block (quotes, dashes) part words.
bool IsWordPart(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c);
  if (c <= 0xA0) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;
  return c != 0xFEFF && c != 0xFFFD;
}

struct CodePoint {
  char32_t c;
  size_t offset;  // of its first byte
};

// The code point at s[i] and its length in bytes (U+FFFD for an ill-formed
// sequence), by ICU's UTF-8 macros as elsewhere in lexgraph.
char32_t DecodeAt(std::string_view s, size_t i, size_t* length) {
  int32_t next = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT_OR_FFFD(s.data(), next, static_cast<int32_t>(s.size()), c);
  *length = static_cast<size_t>(next) - i;
  return static_cast<char32_t>(c);
}

std::vector<CodePoint> Decode(std::string_view s) {
  std::vector<CodePoint> out;
  out.reserve(s.size());
  size_t len = 0;
  for (size_t i = 0; i < s.size(); i += len) out.push_back({DecodeAt(s, i, &len), i});
  return out;
}

void Encode(char32_t c, std::string& out) {
  char bytes[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(bytes, n, c);
  out.append(bytes, static_cast<size_t>(n));
}

// --- VNI ---------------------------------------------------------------------

// What a VNI character does: a letter of its own, a tone after a vowel, a
// circumflex (with a tone) after a, e, o, or a breve (with a tone) after a.
enum class VniRole { kNone, kLetter, kTone, kCircumflex, kBreve };
struct VniChar {
  VniRole role = VniRole::kNone;
  char32_t letter = 0;  // kLetter: the Unicode letter
  int tone = 0;         // kTone, kCircumflex, kBreve
};

VniChar ReadVni(char32_t c) {
  switch (c) {
    case U'ñ': return {VniRole::kLetter, U'đ', 0};
    case U'Ñ': return {VniRole::kLetter, U'Đ', 0};
    case U'ô': return {VniRole::kLetter, U'ơ', 0};
    case U'Ô': return {VniRole::kLetter, U'Ơ', 0};
    case U'ö': return {VniRole::kLetter, U'ư', 0};
    case U'Ö': return {VniRole::kLetter, U'Ư', 0};
    case U'í': return {VniRole::kLetter, U'í', 0};
    case U'Í': return {VniRole::kLetter, U'Í', 0};
    case U'ì': return {VniRole::kLetter, U'ì', 0};
    case U'Ì': return {VniRole::kLetter, U'Ì', 0};
    case U'æ': return {VniRole::kLetter, U'ỉ', 0};
    case U'Æ': return {VniRole::kLetter, U'Ỉ', 0};
    case U'ó': return {VniRole::kLetter, U'ĩ', 0};
    case U'Ó': return {VniRole::kLetter, U'Ĩ', 0};
    case U'ò': return {VniRole::kLetter, U'ị', 0};
    case U'Ò': return {VniRole::kLetter, U'Ị', 0};
    case U'î': return {VniRole::kLetter, U'ỵ', 0};
    case U'Î': return {VniRole::kLetter, U'Ỵ', 0};
    case U'ù': case U'Ù': return {VniRole::kTone, 0, 1};
    case U'ø': case U'Ø': return {VniRole::kTone, 0, 2};
    case U'û': case U'Û': return {VniRole::kTone, 0, 3};
    case U'õ': case U'Õ': return {VniRole::kTone, 0, 4};
    case U'ï': case U'Ï': return {VniRole::kTone, 0, 5};
    case U'â': case U'Â': return {VniRole::kCircumflex, 0, 0};
    case U'á': case U'Á': return {VniRole::kCircumflex, 0, 1};
    case U'à': case U'À': return {VniRole::kCircumflex, 0, 2};
    case U'å': case U'Å': return {VniRole::kCircumflex, 0, 3};
    case U'ã': case U'Ã': return {VniRole::kCircumflex, 0, 4};
    case U'ä': case U'Ä': return {VniRole::kCircumflex, 0, 5};
    case U'ê': case U'Ê': return {VniRole::kBreve, 0, 0};
    case U'é': case U'É': return {VniRole::kBreve, 0, 1};
    case U'è': case U'È': return {VniRole::kBreve, 0, 2};
    case U'ú': case U'Ú': return {VniRole::kBreve, 0, 3};
    case U'ü': case U'Ü': return {VniRole::kBreve, 0, 4};
    case U'ë': case U'Ë': return {VniRole::kBreve, 0, 5};
    default: return {};
  }
}

// The vowel (toneless) `c` is, and whether it is a capital; -1 if none.
int Toneless(char32_t c, bool* capital) {
  for (int v = 0; v < kVowels; ++v) {
    if (kSmall[v][0] == c) {
      *capital = false;
      return v;
    }
    if (kCapital[v][0] == c) {
      *capital = true;
      return v;
    }
  }
  return -1;
}

// `base` (an output letter, toneless) with VNI mark `m`, or 0 when the mark
// cannot go on it.
char32_t VniJoin(char32_t base, const VniChar& m) {
  bool capital = false;
  const int v = Toneless(base, &capital);
  if (v < 0) return 0;
  int to = -1;
  if (m.role == VniRole::kTone && v != kI && v != kAa && v != kAw && v != kEe && v != kOo) {
    to = v;  // a, e, o, u, y, ơ, ư take a tone alone
  } else if (m.role == VniRole::kCircumflex && (v == kA || v == kE || v == kO)) {
    to = v == kA ? kAa : v == kE ? kEe : kOo;
  } else if (m.role == VniRole::kBreve && v == kA) {
    to = kAw;
  }
  if (to < 0) return 0;
  return capital ? kCapital[to][m.tone] : kSmall[to][m.tone];
}

// Whether a word (its code points) is written the VNI way: every Latin-1
// letter one VNI uses, each mark right after a letter it goes on, ñ first,
// one tone at most. A word with no Latin-1 letter is not counted.
bool IsVniWord(const std::vector<CodePoint>& cps, size_t b, size_t e) {
  bool any = false;
  int tones = 0;
  char32_t prev = 0;  // the output letter so far (toneless when a mark may follow)
  for (size_t i = b; i < e; ++i) {
    const char32_t c = cps[i].c;
    if (IsAsciiLetter(c)) {
      prev = c;
      continue;
    }
    const VniChar v = ReadVni(c);
    if (v.role == VniRole::kNone) return false;
    any = true;
    if (v.role == VniRole::kLetter) {
      if ((v.letter == U'đ' || v.letter == U'Đ') && i != b) return false;
      const bool i_form = v.letter != U'ơ' && v.letter != U'Ơ' && v.letter != U'ư' &&
                          v.letter != U'Ư' && v.letter != U'đ' && v.letter != U'Đ';
      if (i_form) {
        // í, ì, ỉ, ĩ, ị, ỵ carry their tone: after a consonant, or after u (quí).
        bool capital = false;
        const int pv = prev == 0 ? -1 : Toneless(prev, &capital);
        if (pv >= 0 && pv != kU) return false;
        ++tones;
      }
      prev = v.letter;
      continue;
    }
    const char32_t joined = prev == 0 ? 0 : VniJoin(prev, v);
    if (joined == 0) return false;
    if (v.role == VniRole::kTone || v.tone != 0) ++tones;
    prev = 0;  // no second mark on the same letter
  }
  return any && tones <= 1;
}

// --- TCVN3 ---------------------------------------------------------------------

// A word of the TCVN3 way: ASCII letters and TCVN3 code points only, one a
// symbol inside the word (a guillemet at the word's edge does not count).
bool IsTcvn3Word(const std::vector<CodePoint>& cps, size_t b, size_t e) {
  bool ascii = false, symbol = false;
  for (size_t i = b; i < e; ++i) {
    const char32_t c = cps[i].c;
    if (IsAsciiLetter(c)) {
      ascii = true;
      continue;
    }
    if (Tcvn3Letter(c) == 0) return false;
    const bool edge = i == b || i + 1 == e;
    if (IsTcvn3Symbol(c) && !(edge && (c == U'«' || c == U'»'))) symbol = true;
  }
  return symbol && (ascii || e - b >= 2);
}

// The onsets a syllable may have: "T- ph¸p" = "Tư pháp" (ư the whole rhyme).
bool IsInitialConsonant(const std::vector<CodePoint>& cps, size_t b, size_t e) {
  static constexpr std::string_view kOnsets[] = {"b",  "c",  "ch", "d",  "g",  "gh", "gi", "h",
                                                 "k",  "kh", "l",  "m",  "n",  "ng", "ngh", "nh",
                                                 "ph", "r",  "s",  "t",  "th", "tr", "v",  "x"};
  if (e <= b || e - b > 3) return false;
  std::string w;
  for (size_t i = b; i < e; ++i) {
    if (!IsAsciiLetter(cps[i].c)) return false;
    w += static_cast<char>(cps[i].c | 0x20);
  }
  for (std::string_view o : kOnsets) {
    if (w == o) return true;
  }
  return false;
}

// What follows ư in a syllable: a, c, i, m, n(g), t, u, or ơ with its tones
// (TCVN3 ¬ ê í ë ì î).
bool FollowsU(char32_t c) {
  return c == 'a' || c == 'c' || c == 'i' || c == 'm' || c == 'n' || c == 't' || c == 'u' ||
         c == U'¬' || c == U'ê' || c == U'í' || c == U'ë' || c == U'ì' || c == U'î';
}

// The rest of a word that ư opens, from cps[i]: ương (¬ng), ước, ướt,
// ướp (íc, ít, íp). A word opening with ơ or ớ alone ("¬n") is not one.
bool OpensUWord(const std::vector<CodePoint>& cps, size_t i) {
  if (i + 1 >= cps.size()) return false;
  const char32_t a = cps[i].c, b = cps[i + 1].c;
  if (a == U'¬') return b == 'n' && i + 2 < cps.size() && cps[i + 2].c == 'g';
  return a == U'í' && (b == 'c' || b == 't' || b == 'p');
}

}  // namespace

const char* LegacyEncodingName(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::kTcvn3: return "TCVN3";
    case LegacyEncoding::kVni: return "VNI";
    case LegacyEncoding::kNone: break;
  }
  return "";
}

namespace {

// The decision on the counts (legacy_vietnamese.h).
LegacyEncoding Decide(const LegacyWordCounts& n) {
  const bool tcvn3 = n.tcvn3 >= 8 && n.tcvn3 > 4 * n.unicode && 10 * n.tcvn3 >= 3 * n.accented;
  const bool vni = n.vni >= 8 && n.vni > 4 * n.unicode && 10 * n.vni >= 8 * n.accented;
  if (tcvn3 && (!vni || n.tcvn3 >= n.vni)) return LegacyEncoding::kTcvn3;
  return vni ? LegacyEncoding::kVni : LegacyEncoding::kNone;
}

// Counts the words one at a time (no copy of the text). With `give_up`, stops
// as soon as the Unicode words seen are so many that the rest of the text
// (a legacy word takes at least 3 bytes with its separator) could not
// outnumber them 4 to 1: a Unicode Vietnamese text is decided early.
LegacyWordCounts Count(std::string_view utf8, bool give_up) {
  LegacyWordCounts n;
  std::vector<CodePoint> word;
  size_t i = 0, len = 0;
  while (i < utf8.size()) {
    char32_t c = DecodeAt(utf8, i, &len);
    if (!IsWordPart(c)) {
      i += len;
      continue;
    }
    word.clear();
    bool non_ascii = false, unicode = false;
    while (IsWordPart(c)) {
      word.push_back({c, i});
      non_ascii |= c >= 0x80;
      unicode |= IsVietnameseUnicode(c);
      i += len;
      if (i >= utf8.size()) break;
      c = DecodeAt(utf8, i, &len);
    }
    if (!non_ascii) continue;
    ++n.accented;
    if (unicode) {
      ++n.unicode;
      const size_t most = (utf8.size() - i) / 3;
      if (give_up && n.tcvn3 + most <= 4 * n.unicode && n.vni + most <= 4 * n.unicode) break;
    } else if (IsTcvn3Word(word, 0, word.size())) {
      ++n.tcvn3;
    } else if (IsVniWord(word, 0, word.size())) {
      ++n.vni;
    }
  }
  return n;
}

}  // namespace

LegacyWordCounts CountLegacyWords(std::string_view utf8) { return Count(utf8, false); }

LegacyEncoding DetectLegacyVietnamese(std::string_view utf8) {
  // A first look at the bytes. Each TCVN3 or VNI word holds a Latin-1 code
  // point (lead byte C2 or C3): fewer than 8 and there is nothing to count.
  // A text with as many lead bytes of the letters only Vietnamese Unicode
  // has (ạ-ỹ E1, ă đ C4, ơ ư C6) as Latin-1 ones is Unicode Vietnamese (the
  // real corpus has 1.8 to 30 times as many; a legacy text none).
  namespace bs = byte_scan;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  size_t latin1 = 0, vietnamese = 0, i = 0;
  // Per-lane counts (a comparison's lane is 0xFF, -1, where it holds),
  // added up every 255 blocks before a lane can wrap.
  auto sum = [](bs::Block lanes) {
    size_t total = 0;
    for (size_t k = 0; k < bs::kBlock; ++k) total += lanes[k];
    return total;
  };
  while (i + bs::kBlock <= n) {
    bs::Block latin1_lanes = {}, vietnamese_lanes = {};
    for (size_t blocks = 0; blocks < 255 && i + bs::kBlock <= n; ++blocks, i += bs::kBlock) {
      bs::Block b = bs::Load(p + i);
      latin1_lanes -= bs::Between(b, 0xC2, 0xC3);
      vietnamese_lanes -= bs::Equal(b, 0xE1) | bs::Equal(b, 0xC4) | bs::Equal(b, 0xC6);
    }
    latin1 += sum(latin1_lanes);
    vietnamese += sum(vietnamese_lanes);
  }
  for (; i < n; ++i) {
    latin1 += (p[i] & 0xFE) == 0xC2;
    vietnamese += (p[i] == 0xE1) | (p[i] == 0xC4) | (p[i] == 0xC6);
  }
  if (latin1 < 8 || vietnamese >= latin1) return LegacyEncoding::kNone;
  return Decide(Count(utf8, true));
}

std::string ConvertLegacyVietnamese(std::string_view utf8, LegacyEncoding encoding,
                                    std::vector<size_t>* offset_map) {
  if (encoding == LegacyEncoding::kNone) {
    if (offset_map != nullptr) {
      offset_map->resize(utf8.size() + 1);
      for (size_t i = 0; i <= utf8.size(); ++i) (*offset_map)[i] = i;
    }
    return std::string(utf8);
  }
  const std::vector<CodePoint> cps = Decode(utf8);
  // Each input code point's output letter; 0 when it joined the one before.
  std::vector<char32_t> to(cps.size());
  auto word_start = [&](size_t i) {
    while (i > 0 && IsWordPart(cps[i - 1].c) && cps[i - 1].c != '-') --i;
    return i;
  };
  for (size_t i = 0; i < cps.size(); ++i) {
    const char32_t c = cps[i].c;
    to[i] = c;
    if (encoding == LegacyEncoding::kTcvn3) {
      if (const char32_t l = Tcvn3Letter(c)) {
        to[i] = l;
      } else if (c == '-') {
        const char32_t before = i > 0 ? cps[i - 1].c : ' ';
        const char32_t after = i + 1 < cps.size() ? cps[i + 1].c : ' ';
        const bool after_letter = IsAsciiLetter(before) || before == 0xAE || before == 0xA7;  // or đ, Đ
        if (after_letter &&
            (FollowsU(after) || (!IsWordPart(after) && after != '-' && after != '/' &&
                                 IsInitialConsonant(cps, word_start(i), i)))) {
          to[i] = U'ư';
        } else if (!IsWordPart(before) && OpensUWord(cps, i + 1)) {
          to[i] = U'ư';  // ư opening a word: ương, ước
        } else if (before == ' ' && after == ' ' && OpensUWord(cps, i + 2)) {
          to[i] = U'ư';  // "Trung -" + "¬ng": a PDF line cut after the ư
          to[++i] = 0;
        }
      }
    } else {
      const VniChar v = ReadVni(c);
      if (v.role == VniRole::kLetter) {
        to[i] = v.letter;
      } else if (v.role != VniRole::kNone && i > 0 && to[i - 1] != 0) {
        if (const char32_t joined = VniJoin(to[i - 1], v)) {
          to[i - 1] = joined;
          to[i] = 0;
        }
      }
    }
  }
  if (encoding == LegacyEncoding::kTcvn3) {
    // Capitals: a line whose ASCII letters are all capitals (four or more),
    // or a word of ASCII capitals (below), was set in .VnTimeH: its
    // Vietnamese letters are capitals too.
    size_t line = 0;
    while (line < cps.size()) {
      size_t end = line, capitals = 0, smalls = 0;
      while (end < cps.size() && cps[end].c != '\n') {
        capitals += IsAsciiCapital(cps[end].c);
        smalls += IsAsciiSmall(cps[end].c);
        ++end;
      }
      const bool caps_line = capitals >= 4 && smalls == 0;
      struct Word {
        size_t b, e, capitals, smalls;
      };
      std::vector<Word> words;
      for (size_t i = line; i < end;) {
        if (!IsWordPart(cps[i].c)) {
          ++i;
          continue;
        }
        Word w{i, i, 0, 0};
        while (i < end && IsWordPart(cps[i].c)) {
          w.capitals += IsAsciiCapital(cps[i].c);
          w.smalls += IsAsciiSmall(cps[i].c);
          ++i;
        }
        w.e = i;
        words.push_back(w);
      }
      // A word of capitals: two ASCII capitals and no small letter, or one
      // next to such a word ("HÖ THèNG" = "HỆ THỐNG", but "Uû ban").
      // Beside: parted by spaces only ("CHÍNH TRÞ****1. Sù" is no heading word).
      auto capital_word = [&](size_t k) { return words[k].capitals >= 2 && words[k].smalls == 0; };
      auto spaces_between = [&](size_t k) {  // between words k and k + 1
        for (size_t i = words[k].e; i < words[k + 1].b; ++i) {
          if (cps[i].c != ' ') return false;
        }
        return true;
      };
      for (size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        const bool beside =
            w.capitals >= 1 && w.smalls == 0 &&
            ((k > 0 && capital_word(k - 1) && spaces_between(k - 1)) ||
             (k + 1 < words.size() && capital_word(k + 1) && spaces_between(k)));
        if (caps_line || capital_word(k) || beside) {
          for (size_t i = w.b; i < w.e; ++i) to[i] = ToCapital(to[i]);
        }
      }
      line = end + 1;
    }
  }
  std::string out;
  out.reserve(utf8.size() + utf8.size() / 4);
  if (offset_map != nullptr) offset_map->assign(utf8.size() + 1, 0);
  size_t last_letter = 0;  // output offset of the last letter written
  for (size_t i = 0; i < cps.size(); ++i) {
    const size_t next = i + 1 < cps.size() ? cps[i + 1].offset : utf8.size();
    const size_t at = to[i] == 0 ? last_letter : out.size();
    if (offset_map != nullptr) {
      for (size_t k = cps[i].offset; k < next; ++k) (*offset_map)[k] = at;
    }
    if (to[i] == 0) continue;
    last_letter = out.size();
    Encode(to[i], out);
  }
  if (offset_map != nullptr) (*offset_map)[utf8.size()] = out.size();
  // A mark joined to the letter before rewrote that letter in `to`, which
  // was encoded after the join: nothing else to fix.
  return out;
}

std::string Windows1252ToUtf8(std::string_view bytes) {
  static constexpr char32_t k80[32] = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  for (char ch : bytes) {
    const unsigned char b = static_cast<unsigned char>(ch);
    Encode(b >= 0x80 && b < 0xA0 ? k80[b - 0x80] : b, out);
  }
  return out;
}

}  // namespace lexgraph::formats
