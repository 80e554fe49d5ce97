#include "extractors/tail.h"

#include <algorithm>
#include <optional>

#include "extractors/citation_patterns.h"
#include "extractors/dates.h"
#include "extractors/patterns.h"
#include "extractors/provinces.h"
#include "extractors/word_bytes.h"

namespace lexgraph {
namespace {

constexpr size_t kMaxSubject = 400;  // bytes

constexpr size_t kMaxPart = 160;  // bytes a term, an issuer or a date may span

// A cheap test before a pattern: true unless the first byte past blank space,
// commas and an opening parenthesis at `pos` is known and is not `lower` in
// either case. The term, issuer and subject patterns each start with one word
// ("khóa", "của", "về"), and most heads are followed by none of them.
bool MayStartWith(std::string_view folded, size_t pos, char lower) {
  size_t end = std::min(folded.size(), pos + 16);
  while (pos < end && (folded[pos] == ' ' || folded[pos] == '\t' || folded[pos] == '\n' ||
                       folded[pos] == ',' || folded[pos] == '(')) {
    ++pos;
  }
  return pos == end || (folded[pos] | 0x20) == lower;
}

bool Consume(std::string_view folded, size_t& pos, const RE2& re, re2::StringPiece* group) {
  re2::StringPiece g[2];
  size_t end = std::min(folded.size(), pos + kMaxPart);  // a short text keeps RE2 fast
  if (!re.Match(folded, pos, end, RE2::ANCHOR_START, g, group ? 2 : 1)) return false;
  if (group) *group = g[1];
  pos = static_cast<size_t>(g[0].data() - folded.data()) + g[0].size();
  return true;
}

// Consume for the issuer pattern, whose group CitationPatterns::MatchIssuer
// remembers per spelling.
bool ConsumeIssuer(std::string_view folded, size_t& pos, const CitationPatterns& p,
                   re2::StringPiece* name) {
  re2::StringPiece whole;
  size_t end = std::min(folded.size(), pos + kMaxPart);
  if (!p.MatchIssuer(folded, pos, end, &whole, name)) return false;
  pos = static_cast<size_t>(whole.data() - folded.data()) + whole.size();
  return true;
}

// The word that ends just before the space at `space`: letters, digits and
// inner hyphens ("Hung-ga-ri", "2025"), less a closing quote or parenthesis;
// "" when another mark ends or fills it ("01/01/2020,", "(2)").
std::string_view WordBefore(std::string_view s, size_t from, size_t space) {
  size_t begin = space;
  while (begin > from && s[begin - 1] != ' ' && s[begin - 1] != '\n') --begin;
  std::string_view word = s.substr(begin, space - begin);
  while (!word.empty() && (word.back() == '"' || word.back() == ')')) word.remove_suffix(1);
  if (word.empty() || word.front() == '-' || word.back() == '-') return {};
  for (char c : word) {
    if (!IsWordByte(static_cast<unsigned char>(c)) && c != '-') return {};
  }
  return word;
}

// True if a word at `i` opens a new cell of a table read as one paragraph:
// a link, or a numeric date that no word before it governs. A converted PDF
// table runs from a document's subject into its next columns ("Về việc chuyển
// Tổng cục Thống kê vào Bộ Kế hoạch và Đầu tư 04/01/2007 Nội dung: Đường
// dẫn …"), while a subject's own dates follow "ngày", "từ", "đến" and the like.
bool OpensTableCell(std::string_view s, size_t from, size_t i) {
  if (i == from || s[i - 1] != ' ') return false;
  if (s.substr(i, 7) == "http://" || s.substr(i, 8) == "https://") return true;
  if (s[i] < '0' || s[i] > '9') return false;
  std::optional<DateMatch> date = ParseBareDateAt(s, i);
  if (!date || date->begin != i || s.substr(i, date->end - i).find(' ') != std::string_view::npos) {
    return false;
  }
  static constexpr std::string_view kGoverning[] = {
      "ngày", "Ngày", "NGÀY", "từ", "Từ", "TỪ", "đến", "ĐẾN", "tới", "TỚI", "trước", "TRƯỚC",
      "sau", "SAU", "hết", "HẾT", "và", "VÀ", "hoặc", "HOẶC"};
  std::string_view word = WordBefore(s, from, i - 1);
  return !word.empty() && std::find(std::begin(kGoverning), std::end(kGoverning), word) ==
                              std::end(kGoverning);
}

// The end of the clause that starts at `from`: a semicolon, a line break, a
// full stop before a new sentence, a parenthesis, the closing quote of a
// quoted subject, or the next cell of a table (OpensTableCell).
size_t ClauseEnd(std::string_view s, size_t from) {
  bool quoted = from < s.size() && s[from] == '"';
  size_t limit = std::min(s.size(), from + kMaxSubject);
  int open = 0;  // "(khóa …" parentheses open in the subject
  for (size_t i = from + (quoted ? 1 : 0); i < limit; ++i) {
    char c = s[i];
    if (quoted && c == '"') return i + 1;
    if (!quoted && OpensTableCell(s, from, i)) return i;
    if (c == ';' || c == '\n') return i;
    // A parenthesis closes the subject unless it holds the term: "(khóa XI)";
    // so does one that closes a parenthesis the citation stood in: "(… Nghị
    // định số 140/2018/NĐ-CP về … Xã hội) chỉ định …".
    if (c == '(' && s.substr(i + 1, 2) != "kh" && s.substr(i + 1, 2) != "Kh") return i;
    if (c == '(') ++open;
    if (c == ')' && open-- == 0) return i;
    if (c == '.' && (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\n')) return i;
  }
  if (limit == s.size()) return limit;
  size_t space = s.rfind(' ', limit);
  return space != std::string_view::npos && space > from ? space : limit;
}

// Trims blank space, quotes and trailing punctuation from text[span]; a
// trailing quote that closes one inside stays ("chỉ tiêu "Giá trị …"").
Span Trim(std::string_view s, Span span) {
  auto junk = [](char c) { return c == ' ' || c == '"' || c == ',' || c == ':' || c == '\t'; };
  while (span.start < span.end && junk(s[span.start])) ++span.start;
  auto closes_a_quote = [&] {
    std::string_view inner = s.substr(span.start, span.end - 1 - span.start);
    return s[span.end - 1] == '"' && std::count(inner.begin(), inner.end(), '"') % 2 == 1;
  };
  while (span.end > span.start && (junk(s[span.end - 1]) || s[span.end - 1] == '.') &&
         !closes_a_quote()) {
    --span.end;
  }
  return span;
}

std::string TypeNameOf(const Candidate& c) {
  if (c.type_row >= 0) return std::string(TypeWords()[c.type_row].name);
  if (!c.type_name.empty()) return c.type_name;
  for (const TypeCode& t : TypeCodes()) {
    if (t.code == c.code.type_code && (c.code.party ? t.party : t.state)) return std::string(t.name);
  }
  return c.code.issuer_code.starts_with("QH") ? "Luật" : "";
}

std::string TypeCodeOf(const Candidate& c) {
  if (c.has_code && !c.code.type_code.empty()) return c.code.type_code;
  if (c.type_row >= 0) return std::string(TypeWords()[c.type_row].code);
  return c.code.type_code;
}

// "của Ủy ban nhân dân tỉnh Long An": the province after the issuer ends at
// `pos`, if one is named there; moves `pos` past it.
void ReadPlace(std::string_view folded, size_t& pos, Candidate& c) {
  if (pos >= folded.size() || folded[pos] != ' ') return;
  size_t end = 0;
  std::string_view place = ProvinceAt(folded, pos + 1, &end);
  if (place.empty()) return;
  c.place = place;
  pos = end;
}

}  // namespace

void ParseTail(std::string_view folded, Candidate& c) {
  const CitationPatterns& p = CitationPatterns::Get();
  size_t pos = c.head.end;
  for (bool progress = true; progress;) {
    progress = false;
    re2::StringPiece g;
    if (c.term.empty() && MayStartWith(folded, pos, 'k') && Consume(folded, pos, p.term, &g)) {
      c.term = std::string(g);
      progress = true;
    } else if (!c.date && (c.date = ParseDateAt(folded, pos))) {
      pos = c.date->end;
      progress = true;
    } else if (c.issuer_row < 0 && MayStartWith(folded, pos, 'c') &&
               ConsumeIssuer(folded, pos, p, &g)) {
      c.issuer_row = p.WhichIssuer(g);
      c.issuer_span = {static_cast<size_t>(g.data() - folded.data()),
                       static_cast<size_t>(g.data() - folded.data()) + g.size()};
      ReadPlace(folded, pos, c);
      progress = true;
    }
  }
  c.tail_end = pos;
  if (MayStartWith(folded, pos, 'v') && Consume(folded, pos, p.subject_lead, nullptr)) {
    c.subject_span = Trim(folded, {pos, ClauseEnd(folded, pos)});
  }
}

void ShareListFacts(std::string_view folded, std::vector<Candidate>& v) {
  const RE2& gap = CitationPatterns::Get().list_gap;
  for (size_t i = v.size(); i-- > 1;) {
    Candidate& a = v[i - 1];
    const Candidate& b = v[i];
    if (a.kind != MentionKind::kNumbered || b.kind != MentionKind::kNumbered) continue;
    if (a.issuer_row >= 0 || !a.term.empty() || a.date || a.subject_span.size() > 0) continue;
    if (a.tail_end > b.head.start) continue;
    // Members of one list share an issuer: "217-QĐ/TW, 218-QĐ/TW", never
    // "21-NQ/TW và 144-CTr/TU".
    if (a.has_code && b.has_code && a.code.issuer_code != b.code.issuer_code) continue;
    if (!RE2::FullMatch(folded.substr(a.tail_end, b.head.start - a.tail_end), gap)) continue;
    a.issuer_row = b.issuer_row;
    a.issuer_span = b.issuer_span;
    a.place = b.place;
    a.term = b.term;
    // A State code carries its year: a date of another year is not its date
    // ("Thông tư số 68/2024/TT-BTC và … số 120/2020/TT-BTC ngày 31-12-2020").
    if (!(a.code.year && b.date && b.date->date.year != *a.code.year)) a.date = b.date;
  }
}

Mention ToMention(const MappedText& text, Candidate c) {
  Mention m;
  m.kind = c.kind;
  m.head = text.ToSource(c.head);
  m.text = text.text.substr(c.head.start, c.head.size());
  m.type = TypeNameOf(c);
  m.type_code = c.kind == MentionKind::kNamed ? "" : TypeCodeOf(c);
  if (c.kind != MentionKind::kNamed) m.number = c.code.number;
  if (!c.code_text.empty()) {
    m.code = c.code_text;
  } else if (c.has_code) {
    m.code = CompactCode(std::string_view(text.text).substr(c.code.span.start, c.code.span.size()));
  }
  m.issuer_code = c.code.issuer_code;
  if (c.date) {
    m.date = c.date->date;
    m.year = c.date->date.year;
    m.date_span = text.ToSource({c.date->begin, c.date->end});
  } else {
    m.year = c.code.year;
  }
  if (c.issuer_row >= 0) {
    m.issuer = std::string(IssuerNames()[c.issuer_row].name);
    m.issuer_span = text.ToSource(c.issuer_span);
    m.issuer_place = std::string(c.place);
  }
  m.term = c.term;
  if (c.subject_span.size() > 0) {
    m.subject = text.text.substr(c.subject_span.start, c.subject_span.size());
    m.subject_span = text.ToSource(c.subject_span);
  }
  if (c.kind == MentionKind::kNamed) m.title = m.text;
  if (!c.spelled.empty()) {  // one law however the text capitalizes it
    m.title = text.text.substr(c.head.start, c.name.start - c.head.start) + std::string(c.spelled) +
              text.text.substr(c.name.end, c.head.end - c.name.end);
  }
  m.short_form = c.short_form;
  return m;
}

}  // namespace lexgraph
