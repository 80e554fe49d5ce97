#include "extractors/codes.h"

#include <algorithm>
#include <cctype>

#include "extractors/citation_patterns.h"
#include "extractors/patterns.h"

namespace lexgraph {
namespace {

constexpr size_t kMaxCodeBytes = 96;  // "34/2007/PL-UBTVQH11" with its spaces is far shorter

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

bool IsLetterOrDigitAt(std::string_view s, size_t at) {
  if (at >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[at]);
  return std::isalnum(c) || c >= 0xC0;
}

bool IsLetterOrDigitBefore(std::string_view s, size_t at) {
  if (at == 0) return false;
  size_t i = at - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;  // to the lead byte
  return IsLetterOrDigitAt(s, i);
}

std::string Compact(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n') out += c;
  }
  return out;
}

// Reads the groups of CitationPatterns::code into parts; nullopt when the
// shape matched but the parts name no known type or issuer.
std::optional<CodeParts> Interpret(const re2::StringPiece* g) {
  CodeParts p;
  if (!g[1].empty()) {  // Party: number-TYPE/ISSUER
    p.party = true;
    p.number = std::stoi(std::string(g[1]));
    p.type_code = CanonicalTypeCode(Compact(g[2]));
    const TypeCode* t = FindTypeCode(p.type_code);
    if (t == nullptr || !t->party) return std::nullopt;
    p.issuer_code = CanonicalIssuerCode(Compact(g[3]));
    return p;
  }
  bool with_year = !g[4].empty();
  p.number = std::stoi(std::string(with_year ? g[4] : g[7]));
  if (with_year) {
    p.year = std::stoi(std::string(g[5]));
    std::string rest = Compact(g[6]);
    size_t dash = rest.find('-');
    if (dash == std::string::npos) {  // a law: 45/2019/QH14
      p.issuer_code = CanonicalIssuerCode(rest);
      if (FindIssuerCode(p.issuer_code) == nullptr) return std::nullopt;
      return p;
    }
    p.type_code = CanonicalTypeCode(rest.substr(0, dash));
    p.issuer_code = CanonicalIssuerCode(rest.substr(dash + 1));
    const TypeCode* t = FindTypeCode(p.type_code);
    if ((t == nullptr || !t->state) && FindIssuerCode(p.issuer_code) == nullptr) return std::nullopt;
    return p;
  }
  std::string first = CanonicalTypeCode(Compact(g[8]));
  std::string rest = Compact(g[9]);
  if (const TypeCode* t = FindTypeCode(first); t != nullptr && t->state) {
    p.type_code = first;  // 16/CT-TTg
    p.issuer_code = CanonicalIssuerCode(rest);
    return p;
  }
  std::string issuer = CanonicalIssuerCode(Compact(g[8]));
  if (FindIssuerCode(issuer) == nullptr) return std::nullopt;
  p.type_code = "CV";  // a công văn: 4919/VPCP-KTTH
  p.issuer_code = issuer;
  return p;
}

// Which of the code patterns may match after a number: told by the byte
// after it ("-" or "/") and the one after that (a letter, or a year).
enum class CodeShape { kNone, kParty, kStateYear, kState };

// Matches the pattern of `shape` on folded[at, end) anchored at `at`.
std::optional<CodeParts> MatchAt(std::string_view folded, size_t at, size_t end, CodeShape shape) {
  const CitationPatterns& p = CitationPatterns::Get();
  // Groups as Interpret reads them: 1-3 Party, 4-6 State with a year, 7-9 State.
  re2::StringPiece g[10];
  size_t first = shape == CodeShape::kParty ? 1 : shape == CodeShape::kStateYear ? 4 : 7;
  const RE2& re = shape == CodeShape::kParty       ? p.party_code
                  : shape == CodeShape::kStateYear ? p.state_year_code
                                                   : p.state_code;
  re2::StringPiece m[4];
  if (!re.Match(folded, at, end, RE2::ANCHOR_START, m, 4)) return std::nullopt;
  g[0] = m[0];
  for (size_t k = 1; k < 4; ++k) g[first + k - 1] = m[k];
  size_t match_end = static_cast<size_t>(g[0].data() - folded.data()) + g[0].size();
  // A code glued to a following word ("04/2015/NĐ-CP-Nghị") is cut back to the
  // last whole part; a Party code glued to a word is no code.
  if (IsLetterOrDigitAt(folded, match_end)) {
    size_t dash = folded.substr(at, match_end - at).rfind('-');
    if (!g[1].empty() || dash == std::string_view::npos || at + dash <= at) return std::nullopt;
    return MatchAt(folded, at, at + dash, shape);
  }
  std::optional<CodeParts> parts = Interpret(g);
  if (parts) parts->span = {at, match_end};
  return parts;
}

}  // namespace

namespace {

// A cheap first test of the shape after the number: "-" and a letter (a
// Party code), "/" and a letter (a State code), or "/", a year and "/" (a
// State code with its year). Dates ("08-12-2009", "8/12/2009") and counts
// ("12/15") stop here, before any pattern runs.
CodeShape ShapeAt(std::string_view s, size_t at) {
  size_t i = at;
  while (i < s.size() && IsDigitByte(s[i])) ++i;
  auto skip_blank = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
  };
  skip_blank();
  if (i >= s.size() || (s[i] != '-' && s[i] != '/')) return CodeShape::kNone;
  bool slash = s[i] == '/';
  ++i;
  skip_blank();
  if (i >= s.size()) return CodeShape::kNone;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (std::isalpha(c) || c >= 0xC3) return slash ? CodeShape::kState : CodeShape::kParty;
  if (!slash) return CodeShape::kNone;
  size_t digits = 0;
  while (i < s.size() && IsDigitByte(s[i])) ++i, ++digits;
  skip_blank();
  return digits == 4 && i < s.size() && s[i] == '/' ? CodeShape::kStateYear : CodeShape::kNone;
}

}  // namespace

std::optional<CodeParts> ParseCodeAt(std::string_view folded, size_t at) {
  // "số /2025/QĐ-UBND" leaves the number blank: 2025 is no number.
  if (IsLetterOrDigitBefore(folded, at) || (at > 0 && folded[at - 1] == '/')) return std::nullopt;
  CodeShape shape = ShapeAt(folded, at);
  if (shape == CodeShape::kNone) return std::nullopt;
  // RE2 finds submatches fast only in a short text: give it what a code can span.
  return MatchAt(folded, at, std::min(folded.size(), at + kMaxCodeBytes), shape);
}

std::string CompactCode(std::string_view written) { return Compact(written); }

}  // namespace lexgraph
