#include "engine/identity.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "engine/party_terms.h"
#include "extractors/codes.h"
#include "extractors/normalize.h"
#include "extractors/patterns.h"

namespace lexgraph {
namespace {

// Issuer codes of local bodies, whose numbers repeat across provinces.
constexpr std::string_view kLocalIssuers[] = {"TU", "HU", "QU", "TX", "ĐU", "CB", "UBKTTU",
                                              "HĐND", "UBND", "UB", "BCS", "ĐĐ"};

// "TU", "VPĐU" (an office of a Đảng ủy), "BDVTU", "QĐ-UBND": the code ends
// with a local body.
bool IsLocalIssuer(std::string_view code) {
  for (std::string_view local : kLocalIssuers) {
    if (code.ends_with(local)) return true;
  }
  return false;
}

std::string StripZeros(std::string_view digits) {
  size_t i = 0;
  while (i + 1 < digits.size() && digits[i] == '0') ++i;
  return std::string(digits.substr(i));
}

// "TYPE-ISSUER[-UNIT]" or a bare issuer ("QH14").
std::string CanonicalTail(std::string_view tail) {
  size_t dash = tail.find('-');
  if (dash == std::string_view::npos) return CanonicalIssuerCode(tail);
  return CanonicalTypeCode(tail.substr(0, dash)) + "-" + CanonicalIssuerCode(tail.substr(dash + 1));
}

std::string PartyTerm(const Mention& m, bool central) {
  if (central && !m.term.empty()) return m.term;
  if (m.date) {
    if (std::optional<lexgraph::PartyTerm> t = TermOfDate(*m.date)) return std::string(t->roman);
  }
  return m.term;
}

// Collapses runs of spaces and trims the punctuation a name may end on.
std::string NameKey(std::string_view title) {
  std::string folded = FoldForMatch(title), out;
  for (char c : folded) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == '.' ||
                          out.back() == ';' || out.back() == ':')) {
    out.pop_back();
  }
  return out;
}

std::optional<DocumentIdentity> Fail(std::string* why, const char* reason) {
  if (why != nullptr) *why = reason;
  return std::nullopt;
}

DocumentIdentity PartyIdentity(const Mention& m, std::string code, std::string_view issuer) {
  bool central = IsCentralPartyIssuer(issuer);
  DocumentIdentity id;
  id.code = std::move(code);
  id.term = PartyTerm(m, central);
  id.key = id.code + (id.term.empty() ? "" : "@" + id.term);
  return id;
}

}  // namespace

bool IsCentralPartyIssuer(std::string_view issuer_code) {
  return issuer_code.ends_with("TW") && issuer_code.find('-') == std::string_view::npos;
}

std::string CanonicalCode(std::string_view written) {
  std::string c = CompactCode(written);
  size_t digits = 0;
  while (digits < c.size() && std::isdigit(static_cast<unsigned char>(c[digits]))) ++digits;
  if (digits == 0 || digits == c.size()) return c;
  std::string number = StripZeros(std::string_view(c).substr(0, digits));
  std::string_view rest = std::string_view(c).substr(digits + 1);
  if (c[digits] == '-') {  // Party: number-TYPE/ISSUER
    size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return c;
    return number + "-" + CanonicalTypeCode(rest.substr(0, slash)) + "/" +
           CanonicalIssuerCode(rest.substr(slash + 1));
  }
  if (c[digits] != '/') return c;
  size_t slash = rest.find('/');  // State: number/[year/]TAIL
  if (slash == std::string_view::npos) return number + "/" + CanonicalTail(rest);
  return number + "/" + std::string(rest.substr(0, slash)) + "/" + CanonicalTail(rest.substr(slash + 1));
}

const std::string& CanonicalCodes::Of(std::string_view written) {
  auto [it, added] = memo_.try_emplace(written);
  if (added) it->second = CanonicalCode(written);
  return it->second;
}

std::optional<DocumentIdentity> IdentifyDocument(const Mention& m, const IdentityContext& ctx,
                                                 std::string* why, CanonicalCodes* codes) {
  if (m.kind == MentionKind::kNamed) {
    if (m.title.empty()) return Fail(why, "named reference without a name");
    DocumentIdentity id;
    id.key = NameKey(m.title);
    id.named = true;
    return id;
  }
  DocumentIdentity id;
  if (!m.code.empty()) {
    std::string code = codes != nullptr ? codes->Of(m.code) : CanonicalCode(m.code);
    bool party = code.find('-') < code.find('/');
    if (party) {
      id = PartyIdentity(m, std::move(code), m.issuer_code);
    } else {
      bool has_year = std::count(code.begin(), code.end(), '/') >= 2;
      id.code = std::move(code);
      id.key = id.code;
      if (!has_year && m.year) id.key += "@" + std::to_string(*m.year);
    }
  } else if (m.number && !m.type_code.empty() && !m.term.empty() && !m.short_form) {
    // "Nghị quyết 24 khóa IX": a central Party document of that term.
    id = PartyIdentity(m, std::to_string(*m.number) + "-" + m.type_code + "/TW", "TW");
  } else {
    return Fail(why, "short form without code");
  }
  // The province the citation names ("của UBND tỉnh Long An"), else the
  // one of the citing source's own header.
  const std::string& province = m.issuer_place.empty() ? ctx.province : m.issuer_place;
  if (!province.empty() && IsLocalIssuer(m.issuer_code)) id.key += "#" + province;
  return id;
}

void AttachTermlessKeys(std::vector<std::string>& keys) {
  std::map<std::string, std::set<std::string>> qualified;  // bare code -> keys with "@"
  for (const std::string& k : keys) {
    size_t at = k.find('@');
    if (at != std::string::npos) qualified[k.substr(0, at)].insert(k);
  }
  for (std::string& k : keys) {
    auto it = qualified.find(k);
    if (it != qualified.end() && it->second.size() == 1) k = *it->second.begin();
  }
}

}  // namespace lexgraph
