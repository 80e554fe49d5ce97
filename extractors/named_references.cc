#include "extractors/named_references.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "base/byte_scan.h"
#include "extractors/citation_patterns.h"
#include "extractors/patterns.h"
#include "extractors/upper_for_code.h"
#include "extractors/word_bytes.h"

namespace lexgraph {
namespace {

// Words that end a law's name: the sentence goes on after them.
constexpr std::array<std::string_view, 48> kNameStops = {
    "số",   "năm",  "ngày", "của",  "và",   "được", "đã",   "có",    "tại",  "theo",
    "thì",  "để",   "này",  "về",   "trong", "với", "cho",  "các",   "những", "là",
    "khi",  "đến",  "từ",   "do",   "hoặc", "nhưng", "mà",  "sẽ",    "phải", "không",
    "hiện", "sửa",  "hướng", "quy", "đang", "cũng", "vẫn",  "nhằm",  "trên", "dưới",
    "như",  "gửi",  "gồm",  "kể",   "vào",  "trình", "phê", "nêu"};

size_t Offset(std::string_view whole, re2::StringPiece part) {
  return static_cast<size_t>(part.data() - whole.data());
}

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// The words of folded[begin, end), split at blank space.
std::vector<Span> Words(std::string_view folded, size_t begin, size_t end) {
  std::vector<Span> words;
  for (size_t i = begin; i < end;) {
    while (i < end && IsBlank(folded[i])) ++i;
    size_t w = i;
    while (i < end && !IsBlank(folded[i])) ++i;
    if (i > w) words.push_back({w, i});
  }
  return words;
}

// Capitalized words that law names carry inside them ("Luật Biển Việt Nam",
// "Luật Ngân sách Nhà nước"); any other capitalized word starts a new phrase.
constexpr std::array<std::string_view, 14> kNameProperWords = {
    "Việt", "Nam", "Nhà", "Nước", "Chính", "Phủ", "Quốc", "Hội", "Nhân", "Dân",
    "Hồ",   "Chí", "Minh", "Đảng"};

bool StartsUpper(std::string_view w) {
  unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || w.starts_with("Đ") || w.starts_with("Ủ") ||
         w.starts_with("Ô") || w.starts_with("Ư") || w.starts_with("Â");
}

// The end of a law's name that starts at `begin` and may run to `end`: a stop
// word ("đối với" counts as one) or a capitalized word that is no part of a
// name cuts it.
size_t NameEnd(std::string_view folded, size_t begin, size_t end) {
  std::vector<Span> words = Words(folded, begin, end);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = folded.substr(words[i].start, words[i].size());
    if (w.ends_with(',')) return words[i].end - 1;  // a comma ends an unknown name
    if (i == 0) continue;
    for (std::string_view stop : kNameStops) {
      if (w == stop) return words[i - 1].end;
    }
    // "đối" alone may be a name's ("đối tác"); "đối với" starts what the law applies to.
    if (w == "đối" && i + 1 < words.size() &&
        folded.substr(words[i + 1].start, words[i + 1].size()) == "với") {
      return words[i - 1].end;
    }
    if (StartsUpper(w) && std::find(kNameProperWords.begin(), kNameProperWords.end(), w) ==
                              kNameProperWords.end()) {
      return words[i - 1].end;
    }
  }
  return end;
}

// A law's name as a key: its words joined by single spaces.
std::string NameKey(std::string_view folded, Span name) {
  std::string key;
  for (Span w : Words(folded, name.start, name.end)) {
    if (!key.empty()) key += ' ';
    key += folded.substr(w.start, w.size());
  }
  return key;
}

// A law's name runs on into the sentence when no stop word ends it ("Luật
// Đất đai quyết định thu hồi"). Where the same document names the law
// elsewhere by a shorter prefix at least twice, that prefix is the name.
// A law named in text: "Luật Đất đai" or "Bộ luật Lao động", and where its
// name ("Đất đai", "Lao động") starts.
struct LawName {
  Span head;
  size_t name_start;
  std::string_view spelled;  // the known name, when the text writes it in other capitals
};

// A name that begins with a known law's name ends where that name does.
// Returns that name as the table spells it, or "" when none fits.
std::string_view CutToKnownName(std::string_view folded, Span& n, size_t name_start) {
  std::vector<Span> words = Words(folded, name_start, n.end);
  if (words.empty()) return {};
  std::string rest = NameKey(folded, {name_start, n.end});
  std::string_view best;
  // The known name must end where a word does: at a space, or at the comma
  // or stop that closes it in a list ("Luật Đầu tư theo phương thức đối tác
  // công tư, Luật Hải quan").
  auto ends_word = [&](size_t at) {
    return at == rest.size() || rest[at] == ' ' || rest[at] == ',' || rest[at] == ';' || rest[at] == '.' ||
           rest[at] == ':' || rest[at] == ')';
  };
  // Capitals may differ ("Luật Khoa học và Công nghệ"): compared in upper
  // case too, when that keeps every byte where it was.
  static const std::vector<std::string> kUpperKnown = [] {
    std::vector<std::string> out;
    for (std::string_view known : KnownLawNames()) out.push_back(UpperForCode(known));
    return out;
  }();
  const std::string upper_rest = UpperForCode(rest);
  const bool same_bytes = upper_rest.size() == rest.size();
  const std::span<const std::string_view> known_names = KnownLawNames();
  for (size_t k = 0; k < known_names.size(); ++k) {
    std::string_view known = known_names[k];
    bool found = rest.starts_with(known) ||
                 (same_bytes && kUpperKnown[k].size() == known.size() && upper_rest.starts_with(kUpperKnown[k]));
    if (known.size() > best.size() && found && ends_word(known.size())) best = known;
  }
  if (best.empty()) return {};
  // Walk the words of the text until the key length of `best` is covered;
  // the covering word may carry the stop after the name ("tư,"), left out.
  for (size_t k = 1; k <= words.size(); ++k) {
    size_t covered = NameKey(folded, {name_start, words[k - 1].end}).size();
    if (covered >= best.size()) {
      n.end = words[k - 1].end - (covered - best.size());
      return best;
    }
  }
  return {};
}

void CutRunOnNames(std::string_view folded, std::vector<LawName>& laws) {
  std::map<std::string, int> seen;
  std::vector<bool> known(laws.size());
  for (size_t i = 0; i < laws.size(); ++i) {
    LawName& law = laws[i];
    std::string_view name = CutToKnownName(folded, law.head, law.name_start);
    known[i] = !name.empty();
    if (known[i] && NameKey(folded, {law.name_start, law.head.end}) != name) law.spelled = name;
    if (!known[i]) law.head.end = NameEnd(folded, law.name_start, law.head.end);
    ++seen[NameKey(folded, law.head)];
  }
  for (size_t i = 0; i < laws.size(); ++i) {
    if (known[i]) continue;  // "Luật Đầu tư theo phương thức đối tác công tư" is not "Luật Đầu tư"
    Span& n = laws[i].head;
    std::vector<Span> words = Words(folded, n.start, n.end);
    if (seen[NameKey(folded, n)] >= 2) continue;
    for (size_t k = words.size() - 1; k >= 2; --k) {
      Span prefix{n.start, words[k - 1].end};
      if (seen[NameKey(folded, prefix)] >= 2) {
        n = prefix;
        break;
      }
    }
  }
}

Candidate Named(Span head, std::string type, std::string term) {
  Candidate c;
  c.kind = MentionKind::kNamed;
  c.head = head;
  c.type_name = std::move(type);
  c.term = std::move(term);
  return c;
}

constexpr size_t kMaxNamedBytes = 320;  // a law's name with its twenty words

// The word after `at` (past blank space), up to 12 bytes of it.
std::string_view NextWord(std::string_view s, size_t at) {
  if (at >= s.size()) return {};
  while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\n')) ++at;
  return s.substr(at, 12);
}

bool IsCongressOrPlenumWord(std::string_view w) {
  for (std::string_view start : {"Đại", "đại", "ĐẠI", "Trung", "trung", "TRUNG", "Hội", "hội",
                                 "HỘI", "Ban", "ban", "BAN"}) {
    if (w.starts_with(start)) return true;
  }
  return false;
}

// A law's name starts with a capital: "Luật Đất đai", never "Luật sư".
bool StartsLower(std::string_view w) { return !w.empty() && w[0] >= 'a' && w[0] <= 'z'; }

// The words a named reference starts with, case as written, in the order a
// match at one offset is preferred.
constexpr std::array<std::string_view, 8> kNamedStarts = {
    "Bộ luật", "Luật", "Pháp lệnh", "Điều lệ Đảng", "Hiến pháp", "Nghị quyết", "nghị quyết",
    "NGHỊ QUYẾT"};

// For each byte, the words of kNamedStarts that begin with it (bit i for
// word i), as a table.
constexpr std::array<uint8_t, 256> kNamedByFirstByte = [] {
  std::array<uint8_t, 256> t{};
  for (size_t i = 0; i < kNamedStarts.size(); ++i) {
    t[static_cast<unsigned char>(kNamedStarts[i][0])] |= static_cast<uint8_t>(1u << i);
  }
  return t;
}();

// The word of kNamedStarts at `at`, or empty.
std::string_view NamedStartAt(std::string_view folded, size_t at) {
  for (unsigned words = kNamedByFirstByte[static_cast<unsigned char>(folded[at])]; words != 0;
       words &= words - 1) {
    std::string_view w = kNamedStarts[std::countr_zero(words)];
    if (folded.substr(at).starts_with(w)) return w;
  }
  return {};
}

// The offsets where a named reference may start: the leftmost occurrences of
// kNamedStarts, not overlapping, that no word byte precedes. A fixed list of
// literals is found by a byte-table scan and a compare (RE2's unanchored search
// of the same alternation cost about eight times more per byte); the patterns
// then read what follows each one.
std::vector<Span> NamedStarts(std::string_view folded) {
  std::vector<Span> starts;
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  const size_t n = folded.size();
  size_t free_from = 0;  // the first byte past the last start found
  auto try_at = [&](size_t at) {
    if (at < free_from || kNamedByFirstByte[p[at]] == 0 || (at > 0 && IsWordByte(p[at - 1]))) return;
    std::string_view hit = NamedStartAt(folded, at);
    if (hit.empty()) return;
    starts.push_back({at, at + hit.size()});
    free_from = at + hit.size();
  };
  size_t at = 0;
  if (n >= 3) try_at(at++);
  for (; at + byte_scan::kBlock + 2 <= n; at += byte_scan::kBlock) {
    // A block at a time, then each hit: a start word begins after a byte
    // that is no word byte, with a capital B..P, "Đ" (C4 90) or the "ngh" of
    // "nghị quyết".
    using namespace byte_scan;
    Block prev = Load(p + at - 1), w = Load(p + at), n1 = Load(p + at + 1), n2 = Load(p + at + 2);
    Block word_before = Between(prev, 0x80, 0xFF) | Between(prev, '0', '9') | Between(prev, 'A', 'Z') |
                        Between(prev, 'a', 'z');
    ForEachSet(Mask(~word_before & (Between(w, 'B', 'P') | (Equal(w, 0xC4) & Equal(n1, 0x90)) |
                                    (Equal(w, 'n') & Equal(n1, 'g') & Equal(n2, 'h')))),
               at, try_at);
  }
  for (; at + 3 <= n; ++at) try_at(at);
  return starts;
}

// Runs `re` anchored at `at`, on a text no longer than a name can be.
bool MatchAt(std::string_view folded, const RE2& re, size_t at, re2::StringPiece* g) {
  size_t end = std::min(folded.size(), at + kMaxNamedBytes);
  return re.Match(folded, at, end, RE2::ANCHOR_START, g, 3);
}

}  // namespace

std::vector<Candidate> FindNamedReferences(std::string_view folded) {
  const CitationPatterns& p = CitationPatterns::Get();
  std::vector<Candidate> out;
  auto span_of = [&](re2::StringPiece g) {
    return Span{Offset(folded, g), Offset(folded, g) + g.size()};
  };
  std::vector<LawName> laws;  // "Luật Đất đai", without a year
  re2::StringPiece g[3];
  for (Span literal : NamedStarts(folded)) {
    size_t at = literal.start;
    std::string_view word = folded.substr(at, 4);
    if (word.starts_with("Ngh") || word.starts_with("ngh") || word.starts_with("NGH")) {
      // Only "… Đại hội", "… (Hội nghị) Trung ương", "… Ban Chấp hành" can follow.
      std::string_view next = NextWord(folded, literal.end);
      if (!IsCongressOrPlenumWord(next)) continue;
      if (MatchAt(folded, p.named_congress, at, g) || MatchAt(folded, p.named_plenum, at, g)) {
        out.push_back(Named(span_of(g[1]), "Nghị quyết", std::string(g[2])));
      }
    } else if (word.starts_with("Đi") || word.starts_with("Hi")) {
      if (MatchAt(folded, p.named_charter, at, g)) {
        out.push_back(Named(span_of(g[1]), g[1].starts_with("Đ") ? "Điều lệ" : "Hiến pháp", ""));
      }
    } else if (!StartsLower(NextWord(folded, literal.end)) &&
               MatchAt(folded, p.named_law, at, g)) {
      laws.push_back({span_of(g[1]), Offset(folded, g[2]), {}});
    }
  }
  CutRunOnNames(folded, laws);
  for (const LawName& law : laws) {
    Span head = law.head;
    re2::StringPiece year[2];
    size_t end = std::min(folded.size(), head.end + 16);
    if (p.trailing_year.Match(folded, head.end, end, RE2::ANCHOR_START, year, 2)) {
      head.end = Offset(folded, year[0]) + year[0].size();
    }
    std::string_view first = folded.substr(head.start, 4);
    std::string type = first.starts_with("B") ? "Bộ luật" : first.starts_with("P") ? "Pháp lệnh"
                                                                                    : "Luật";
    out.push_back(Named(head, type, ""));
    out.back().name = {law.name_start, law.head.end};
    out.back().spelled = law.spelled;
  }
  for (Candidate& c : out) ParseTail(folded, c);
  std::sort(out.begin(), out.end(),
            [](const Candidate& a, const Candidate& b) { return a.head.start < b.head.start; });
  return out;
}

}  // namespace lexgraph
