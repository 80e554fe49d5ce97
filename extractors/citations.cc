// The citation extractor: heads first (codes, type word + number, short forms,
// named references), then what follows each head (term, date, issuer,
// subject), then the facts a list shares. Matching runs on the folded text;
// values are read from the text itself (same offsets).
#include "extractors/citations.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "base/byte_scan.h"
#include "extractors/citation_patterns.h"
#include "extractors/re2_budget.h"
#include "extractors/codes.h"
#include "extractors/dates.h"
#include "extractors/law_lookback.h"
#include "extractors/named_references.h"
#include "extractors/normalize.h"
#include "extractors/patterns.h"
#include "extractors/self_number.h"
#include "extractors/tail.h"

namespace lexgraph {
namespace {

constexpr size_t kLookback = 160;  // bytes before a code searched for its type word
constexpr size_t kMaxTypeWords = 4;  // words in the longest type word ("Thông báo kết luận")

size_t Offset(std::string_view whole, re2::StringPiece part) {
  return static_cast<size_t>(part.data() - whole.data());
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || s.starts_with("Đ");
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The last blank-separated word of `s` (empty if none).
std::string_view LastWord(std::string_view s) {
  size_t end = s.size();
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n')) --end;
  size_t begin = end;
  while (begin > 0 && s[begin - 1] != ' ' && s[begin - 1] != '\t' && s[begin - 1] != '\n') --begin;
  return s.substr(begin, end - begin);
}

// "Luật" -> "luật": a type word that opens a sentence.
std::string LowerFirstAscii(std::string_view w) {
  std::string out(w);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

// The last words of the type words of the table ("luận", "quyết", "luật")
// and the abbreviated types ("NQ", "QĐ"): what stands just before a number
// without a code.
// Hashes a std::string and a std::string_view alike, so that a set of
// strings is asked with a view and no copy.
struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

const WordSet& TypeWordTails() {
  static const auto* tails = [] {
    auto* t = new WordSet();
    for (const TypeWord& w : TypeWords()) {
      std::string_view pattern = w.pattern;
      t->emplace(pattern.substr(pattern.rfind(' ') + 1));
    }
    for (const char* abbreviation : {"NQ", "QĐ", "QD", "CT", "KL", "NĐ", "ND", "TB", "QC", "HD",
                                     "KH", "CTr", "ĐA"}) {
      t->emplace(abbreviation);
    }
    return t;
  }();
  return *tails;
}

// True when `word`, or `word` with its first letter lowered, is one of
// TypeWordTails(): asked for most numbers of a text, so the lowered copy is
// made only when the word starts with a capital.
bool IsTypeWordTail(std::string_view word) {
  if (word.empty()) return false;
  if (TypeWordTails().contains(word)) return true;
  return word[0] >= 'A' && word[0] <= 'Z' && TypeWordTails().contains(LowerFirstAscii(word));
}

class Extractor {
 public:
  explicit Extractor(const MappedText& text) : text_(text), folded_(FoldForMatch(text.text)) {}

  std::vector<Mention> Run() {
    std::vector<Mention> out;
    for (auto& [at, m] : RunWithOffsets()) out.push_back(std::move(m));
    return out;
  }

  // The mentions, each with the offset of its head in the text read.
  std::vector<std::pair<size_t, Mention>> RunWithOffsets() {
    self_at_ = FindSelfNumberStart(folded_);
    ScanNumbers();
    for (Candidate& c : type_numbers_) Add(std::move(c), 1);
    for (Candidate& c : abbreviations_) Add(std::move(c), 2);
    for (Candidate& c : FindNamedReferences(folded_)) Add(std::move(c), 3);
    std::vector<Candidate> kept;
    for (auto& [start, c] : accepted_) kept.push_back(std::move(c));
    ShareListFacts(folded_, kept);
    std::vector<std::pair<size_t, Mention>> out;
    out.reserve(kept.size());
    for (Candidate& c : kept) {
      size_t at = c.head.start;
      out.emplace_back(at, Finish(std::move(c)));
    }
    return out;
  }

 private:
  // Keeps `c` unless it overlaps a candidate of the same or a stronger pass.
  void Add(Candidate c, int priority) {
    auto next = accepted_.lower_bound(c.head.start);
    if (next != accepted_.end() && next->second.head.start < c.head.end) return;
    if (next != accepted_.begin() && std::prev(next)->second.head.end > c.head.start) return;
    c.priority = priority;
    accepted_.emplace(c.head.start, std::move(c));
  }

  // One pass over the numbers of the text: every citation head holds one. A
  // number followed by "-" or "/" may start a code (pass 1, kept at once);
  // one after a type word or its abbreviation is a number without a code
  // (passes 2 and 3, kept after the codes so that a code always wins).
  void ScanNumbers() {
    const size_t n = folded_.size();
    for (size_t i = byte_scan::FindBetween(folded_, 0, '0', '9'); i < n;
         i = byte_scan::FindBetween(folded_, i, '0', '9')) {
      size_t b = i;
      while (i < n && IsDigit(folded_[i])) ++i;
      if (IsWordByteBefore(b)) continue;  // "Covid19", "2.000"
      if (NextIsCodeJoint(i)) {
        if (std::optional<CodeParts> code = ParseCodeAt(folded_, b)) {
          i = code->span.end;
          TakeCode(*code);
          continue;
        }
      }
      if (TypeWordEndsBefore(b)) TakeTypeNumber(b, i);
    }
  }

  // Pass 1: a code, with the type word, issuer and list before it.
  void TakeCode(const CodeParts& code) {
    Candidate c;
    c.code = code;
    c.has_code = true;
    c.head = code.span;
    std::vector<size_t> listed;
    if (code.span.start == self_at_) {
      c.kind = MentionKind::kSelf;
      c.date = FindSelfDate(folded_, c.head.start);
      c.tail_end = c.head.end;
    } else {
      listed = ReadLookback(c);
      ParseTail(folded_, c);
    }
    for (size_t at : listed) Add(ListedNumber(c, at), 0);
    if (!listed.empty()) c.head.start = c.code.span.start;  // the type word went to the first
    Add(std::move(c), 0);
  }

  // Reads what stands before a code; returns the offsets of earlier numbers
  // of a list that share the code's suffix ("các Kết luận số 187, 188-KL/TW").
  // The common shapes ("Kết luận số ", "Chỉ thị ") are read backwards by
  // hand; the rare ones ("Quyết định của Bộ Chính trị số ", "Luật Đất đai số ")
  // fall to look-back patterns.
  std::vector<size_t> ReadLookback(Candidate& c) {
    size_t end = c.head.start;
    size_t begin = end > kLookback ? end - kLookback : 0;
    std::string_view window = std::string_view(folded_).substr(begin, end - begin);
    if (size_t blank = window.rfind("\n\n"); blank != std::string_view::npos) {
      begin += blank + 2;
      window.remove_prefix(blank + 2);
    }
    std::vector<size_t> listed;
    size_t pos = PeelListAndNumberWord(begin, end, listed);
    if (size_t type = TypeWordEndingAt(begin, pos); type != std::string::npos) {
      c.type_row = CitationPatterns::Get().WhichTypeWord(
          std::string_view(folded_).substr(type, pos - type));
      c.head.start = type;
      return listed;
    }
    listed.clear();
    if (window.find("của") != std::string_view::npos || window.find("uật") != std::string_view::npos) {
      ReadRareLookback(c, begin, end, listed);
    }
    return listed;
  }

  // Walks back from `end` over blank space, the earlier numbers of a list
  // ("187, ", "187 và "), ":" and "số"; returns where that stops.
  size_t PeelListAndNumberWord(size_t begin, size_t end, std::vector<size_t>& listed) const {
    size_t pos = SkipBlankBack(begin, end);
    while (true) {  // ", 187" / " và 187" before the code
      size_t p = pos;
      if (p > begin && folded_[p - 1] == ',') {
        --p;
      } else if (p >= begin + 3 && std::string_view(folded_).substr(p - 3, 3) == "và") {
        p -= 3;
      } else {
        break;
      }
      p = SkipBlankBack(begin, p);
      size_t digits = p;
      while (digits > begin && IsDigit(folded_[digits - 1])) --digits;
      if (digits == p || IsWordByteBefore(digits)) break;
      listed.insert(listed.begin(), digits);
      pos = SkipBlankBack(begin, digits);
    }
    if (pos > begin && folded_[pos - 1] == ':') pos = SkipBlankBack(begin, pos - 1);
    std::string_view word = LastWord(std::string_view(folded_).substr(begin, pos - begin));
    if (word == "số" || word == "Số" || word == "SỐ" || word == "so") {
      pos = SkipBlankBack(begin, pos - word.size());
    }
    return pos;
  }

  size_t SkipBlankBack(size_t begin, size_t at) const {
    while (at > begin && (folded_[at - 1] == ' ' || folded_[at - 1] == '\t' ||
                          folded_[at - 1] == '\n')) {
      --at;
    }
    return at;
  }

  // The start of a type word that ends exactly at `end`, or npos.
  size_t TypeWordEndingAt(size_t begin, size_t end) const {
    std::string_view before = std::string_view(folded_).substr(begin, end - begin);
    std::string_view last = LastWord(before);
    if (!IsTypeWordTail(last)) return std::string::npos;
    // Try the longest type word first: "Thông báo kết luận" before "Kết luận".
    std::vector<size_t> word_starts;
    for (size_t at = end - last.size(); word_starts.size() < kMaxTypeWords;) {
      word_starts.push_back(at);
      size_t prev = SkipBlankBack(begin, at);
      if (prev == at || prev == begin) break;
      std::string_view w = LastWord(std::string_view(folded_).substr(begin, prev - begin));
      at = prev - w.size();
    }
    const RE2& type_word = CitationPatterns::Get().type_word;
    for (auto it = word_starts.rbegin(); it != word_starts.rend(); ++it) {
      if (IsWordByteBefore(*it)) continue;
      if (type_word.Match(folded_, *it, end, RE2::ANCHOR_BOTH, nullptr, 0)) return *it;
    }
    return std::string::npos;
  }

  // The look-back patterns, for an issuer before the number or a law's name.
  void ReadRareLookback(Candidate& c, size_t begin, size_t end, std::vector<size_t>& listed) {
    const CitationPatterns& p = CitationPatterns::Get();
    // The window is passed as the whole text: RE2 reads "$" against the end of
    // the text it is given, not against an end position.
    re2::StringPiece window(folded_.data() + begin, end - begin), whole;
    if (!p.lookback.Match(window, 0, window.size(), RE2::UNANCHORED, &whole, 1)) {
      if (size_t law = LawNameBefore(window); law != std::string_view::npos) {
        c.type_name = "Luật";
        c.head.start = begin + law;
      }
      return;
    }
    size_t at = FirstLetter(Offset(folded_, whole));
    re2::StringPiece g[2];
    if (!p.type_word.Match(folded_, at, end, RE2::ANCHOR_START, g, 2)) return;
    c.type_row = p.WhichTypeWord(g[1]);
    c.head.start = at;
    size_t pos = at + g[0].size();
    if (p.MatchIssuer(folded_, pos, end, &g[0], &g[1])) {
      c.issuer_row = p.WhichIssuer(g[1]);
      c.issuer_span = {Offset(folded_, g[1]), Offset(folded_, g[1]) + g[1].size()};
      pos = Offset(folded_, g[0]) + g[0].size();
    }
    for (size_t i = pos; i < end;) {  // "số", blank space, earlier numbers of a list
      if (!IsDigit(folded_[i])) {
        ++i;
        continue;
      }
      listed.push_back(i);
      while (i < end && IsDigit(folded_[i])) ++i;
    }
  }

  // The first byte of a letter at or after `at` (past the boundary character
  // that a look-back pattern starts with).
  size_t FirstLetter(size_t at) const {
    while (at < folded_.size() && !(std::isalpha(static_cast<unsigned char>(folded_[at])) ||
                                    static_cast<unsigned char>(folded_[at]) >= 0xC3)) {
      ++at;
    }
    return at;
  }

  // A number of a list before `of`'s code: the same type, issuer and facts,
  // and the code's suffix ("187" before "188-KL/TW" is 187-KL/TW).
  Candidate ListedNumber(const Candidate& of, size_t at) const {
    Candidate c = of;
    size_t end = at;
    while (end < folded_.size() && std::isdigit(static_cast<unsigned char>(folded_[end]))) ++end;
    std::string digits = folded_.substr(at, end - at);
    c.code.number = std::stoi(digits);
    std::string written = CompactCode(text_.text.substr(of.code.span.start, of.code.span.size()));
    c.code_text = digits + written.substr(written.find_first_not_of("0123456789"));
    bool first = folded_.find_first_of("0123456789", of.head.start) == at;
    c.head = {first ? of.head.start : at, end};
    return c;
  }

  // Passes 2 and 3: a number [b, e) after a type word ("Nghị quyết 24 khóa
  // IX", "Quy định 377") or an abbreviated type ("NQ 57", "NĐ 04/2015").
  void TakeTypeNumber(size_t b, size_t e) {
    const CitationPatterns& p = CitationPatterns::Get();
    size_t begin = b > kLookback ? b - kLookback : 0;
    re2::StringPiece window(folded_.data() + begin, e - begin);
    re2::StringPiece g[4];
    if (p.type_number.Match(window, 0, window.size(), RE2::UNANCHORED, g, 3)) {
      Candidate c;
      c.type_row = p.WhichTypeWord(g[1]);
      c.head = {Offset(folded_, g[1]), e};
      c.code.number = std::stoi(std::string(g[2]));
      if (!StartsUpper(std::string_view(text_.text).substr(c.head.start, 4)) ||
          !IsBareNumberEnd(e)) {
        return;
      }
      ParseTail(folded_, c);
      if (c.term.empty() && IsYearOrCount(c.code.number, e)) return;
      c.short_form = c.term.empty();
      type_numbers_.push_back(std::move(c));
    } else if (p.abbreviation_number.Match(window, 0, window.size(), RE2::UNANCHORED, g, 3)) {
      Candidate c;
      c.head = {Offset(folded_, g[1]), e};
      c.code.type_code = CanonicalTypeCode(std::string(g[1]));
      c.code.number = std::stoi(std::string(g[2]));
      re2::StringPiece year[2];
      if (p.slash_year.Match(folded_, e, std::min(folded_.size(), e + 16), RE2::ANCHOR_START, year,
                             2)) {
        c.code.year = std::stoi(std::string(year[1]));
        c.head.end = Offset(folded_, year[0]) + year[0].size();
      }
      if (!IsBareNumberEnd(c.head.end)) return;
      ParseTail(folded_, c);
      c.short_form = c.term.empty();
      abbreviations_.push_back(std::move(c));
    }
  }

  // True when the word before the number at `b` (past "số" and blank space)
  // ends a type word or is an abbreviated type: a cheap test that spares the
  // patterns most numbers of a text ("năm 2020", "Điều 5").
  bool TypeWordEndsBefore(size_t b) const {
    std::string_view before = std::string_view(folded_).substr(0, b);
    std::string_view word = LastWord(before);
    if (word == "số" || word == "so" || word == "số:" || word == "Số") {
      word = LastWord(before.substr(0, static_cast<size_t>(word.data() - before.data())));
    }
    return IsTypeWordTail(word);
  }

  // True when the number starting at `b` continues a word or another number
  // ("Covid19", "2.000", the year of "04/2015").
  bool IsWordByteBefore(size_t b) const {
    if (b == 0) return false;
    unsigned char c = static_cast<unsigned char>(folded_[b - 1]);
    if (std::isalnum(c) || c >= 0x80) return true;
    return (c == '.' || c == ',' || c == '/') && b >= 2 && IsDigit(folded_[b - 2]);
  }

  // True when blank space (one line break at most) and then "-" or "/"
  // follow `at`: a code may go on there.
  bool NextIsCodeJoint(size_t at) const {
    bool newline = false;
    for (; at < folded_.size(); ++at) {
      char c = folded_[at];
      if (c == '-' || c == '/') return true;
      if (c == '\n' && !newline) {
        newline = true;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  // True when a number ending at `at` is not the start of a code or a word.
  bool IsBareNumberEnd(size_t at) const {
    size_t i = at;
    while (i < folded_.size() && (folded_[i] == ' ' || folded_[i] == '\t')) ++i;
    if (i >= folded_.size()) return true;
    char c = folded_[i];
    if ((c == '-' || c == '/') && i + 1 < folded_.size()) {
      size_t j = i + 1;
      while (j < folded_.size() && folded_[j] == ' ') ++j;
      if (j < folded_.size() && (std::isalnum(static_cast<unsigned char>(folded_[j])) ||
                                 static_cast<unsigned char>(folded_[j]) >= 0xC0)) {
        return false;
      }
    }
    unsigned char u = static_cast<unsigned char>(folded_[at < folded_.size() ? at : 0]);
    return at >= folded_.size() || !(std::isalnum(u) || u >= 0xC0);
  }

  // A number without a code that counts years or things, not a document.
  bool IsYearOrCount(int number, size_t end) const {
    if (number >= 1900 && number <= 2100) return true;
    static const RE2& unit = CheckCompiled(
        *new RE2(R"((?i)[ \t]*(?:năm|tháng|ngày|tuần|giờ|lần|người|cuộc|%|điều|khoản))",
                 BudgetedOptions(kSmallPatternBudget)),
        "count unit");
    re2::StringPiece after(folded_.data() + end, std::min<size_t>(24, folded_.size() - end));
    return RE2::Consume(&after, unit);
  }

  Mention Finish(Candidate c) const { return ToMention(text_, std::move(c)); }

  const MappedText& text_;
  std::string folded_;
  size_t self_at_ = std::string::npos;
  std::map<size_t, Candidate> accepted_;
  std::vector<Candidate> type_numbers_, abbreviations_;  // kept after the codes
};

}  // namespace

std::vector<Mention> ExtractCitations(const MappedText& text) { return Extractor(text).Run(); }

std::vector<std::vector<Mention>> ExtractCitationsEach(const MappedText& norm,
                                                       std::span<const TextUnit> units) {
  // Joined as "text \n\x1F\n text": a blank line no pattern crosses, and a
  // byte Normalize never leaves in a text, to find the texts again after
  // StripMarkup has moved their offsets.
  static constexpr char kJoint[] = {'\n', kUnitSeparator, '\n', '\0'};
  MappedTextBuilder joined;
  size_t total = 0, runs = 0;
  for (const TextUnit& u : units) {
    for (const Span& p : u.pieces) total += p.size() + 1;
    total += 3;
    // A piece and the space after it, and the joint: an upper bound in
    // practice (a wrapped line's space merges with its pieces' runs).
    runs += 2 * u.pieces.size() + 1;
  }
  joined.Reserve(total, runs);
  for (const TextUnit& u : units) {
    size_t start = joined.size();
    AppendUnitText(norm, u.pieces, joined);
    // Where the unit's own text ends in the original: a unit without text
    // maps nowhere, as an empty MappedText does.
    joined.AppendReplacement(kJoint, joined.size() > start ? joined.SourceEnd() : 0, 0);
  }
  MappedText all = StripMarkup(std::move(joined).Finish());
  std::vector<size_t> starts{0};  // where each text begins in `all`
  for (size_t at = all.text.find(kUnitSeparator); at != std::string::npos;
       at = all.text.find(kUnitSeparator, at + 1)) {
    starts.push_back(at + 2);
  }
  std::vector<std::vector<Mention>> out(units.size());
  for (auto& [head, m] : Extractor(all).RunWithOffsets()) {
    size_t unit = static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), head) -
                                      starts.begin()) - 1;
    out[std::min(unit, out.size() - 1)].push_back(std::move(m));
  }
  return out;
}

}  // namespace lexgraph
