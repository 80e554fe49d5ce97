#include "extractors/named_references.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <map>
#include <vector>
#include <string>

#include "extractors/citation_patterns.h"
#include "extractors/patterns.h"

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
// word or a capitalized word that is no part of a name cuts it.
size_t NameEnd(std::string_view folded, size_t begin, size_t end) {
  std::vector<Span> words = Words(folded, begin, end);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = folded.substr(words[i].start, words[i].size());
    if (w.ends_with(',')) return words[i].end - 1;  // a comma ends an unknown name
    if (i == 0) continue;
    for (std::string_view stop : kNameStops) {
      if (w == stop) return words[i - 1].end;
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
};

// A name that begins with a known law's name ends where that name does.
bool CutToKnownName(std::string_view folded, Span& n, size_t name_start) {
  std::vector<Span> words = Words(folded, name_start, n.end);
  if (words.empty()) return false;
  std::string rest = NameKey(folded, {name_start, n.end});
  size_t best = 0;
  for (std::string_view known : KnownLawNames()) {
    if (known.size() > best && rest.starts_with(known) &&
        (rest.size() == known.size() || rest[known.size()] == ' ')) {
      best = known.size();
    }
  }
  if (best == 0) return false;
  // Walk the words of the text until the key length of `best` is covered.
  for (size_t k = 1; k <= words.size(); ++k) {
    if (NameKey(folded, {name_start, words[k - 1].end}).size() >= best) {
      n.end = words[k - 1].end;
      return true;
    }
  }
  return false;
}

void CutRunOnNames(std::string_view folded, std::vector<LawName>& laws) {
  std::map<std::string, int> seen;
  for (LawName& law : laws) {
    if (CutToKnownName(folded, law.head, law.name_start)) continue;
    law.head.end = NameEnd(folded, law.name_start, law.head.end);
    ++seen[NameKey(folded, law.head)];
  }
  for (LawName& law : laws) {
    Span& n = law.head;
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

constexpr size_t kMaxNamedBytes = 320;  // a law's name with its twelve words

bool IsWordByteBefore(std::string_view s, size_t at) {
  if (at == 0) return false;
  unsigned char c = static_cast<unsigned char>(s[at - 1]);
  return std::isalnum(c) || c >= 0x80;  // a letter or digit, or the tail of one
}

// Runs `re` anchored at every occurrence of the literals that start its
// matches, where a word starts. Searching the literals first keeps the cost of
// a pass near that of memchr: most text names no document at all.
template <typename OnMatch>
void ForEachMatchAt(std::string_view folded, const RE2& re,
                    std::initializer_list<std::string_view> literals, OnMatch on_match) {
  re2::StringPiece g[3];
  for (std::string_view literal : literals) {
    for (size_t at = folded.find(literal); at != std::string_view::npos;
         at = folded.find(literal, at + 1)) {
      if (IsWordByteBefore(folded, at)) continue;
      size_t end = std::min(folded.size(), at + kMaxNamedBytes);  // keeps RE2 fast
      if (re.Match(folded, at, end, RE2::ANCHOR_START, g, 3)) on_match(g);
    }
  }
}

}  // namespace

std::vector<Candidate> FindNamedReferences(std::string_view folded) {
  const CitationPatterns& p = CitationPatterns::Get();
  std::vector<Candidate> out;
  auto span_of = [&](re2::StringPiece g) {
    return Span{Offset(folded, g), Offset(folded, g) + g.size()};
  };
  const auto kResolution = {std::string_view("Nghị quyết"), std::string_view("nghị quyết"),
                            std::string_view("NGHỊ QUYẾT")};
  ForEachMatchAt(folded, p.named_congress, kResolution, [&](const re2::StringPiece* g) {
    out.push_back(Named(span_of(g[1]), "Nghị quyết", std::string(g[2])));
  });
  ForEachMatchAt(folded, p.named_plenum, kResolution, [&](const re2::StringPiece* g) {
    out.push_back(Named(span_of(g[1]), "Nghị quyết", std::string(g[2])));
  });
  ForEachMatchAt(folded, p.named_charter, {"Điều lệ Đảng", "Hiến pháp"}, [&](const re2::StringPiece* g) {
    std::string type = g[1].starts_with("Điều") ? "Điều lệ" : "Hiến pháp";
    out.push_back(Named(span_of(g[1]), type, ""));
  });
  std::vector<LawName> laws;  // "Luật Đất đai", without a year
  ForEachMatchAt(folded, p.named_law, {"Bộ luật", "Luật", "Pháp lệnh"}, [&](const re2::StringPiece* g) {
    laws.push_back({span_of(g[1]), Offset(folded, g[2])});
  });
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
  }
  for (Candidate& c : out) ParseTail(folded, c);
  std::sort(out.begin(), out.end(),
            [](const Candidate& a, const Candidate& b) { return a.head.start < b.head.start; });
  return out;
}

}  // namespace lexgraph
