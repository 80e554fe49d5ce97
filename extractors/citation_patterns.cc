#include "extractors/citation_patterns.h"

#include <string_view>

#include "extractors/patterns.h"
#include "extractors/re2_budget.h"

namespace lexgraph {
namespace {

constexpr std::string_view kS = R"([ \t]*(?:\n[ \t]*)?)";                // optional space
constexpr std::string_view kS1 = R"((?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*))";  // required space

// A table fragment with its spaces made to match any blank space.
std::string Spaced(std::string_view fragment) {
  std::string out;
  for (char c : fragment) {
    if (c == ' ') {
      out += kS1;
    } else {
      out += c;
    }
  }
  return out;
}

std::string TypeAlternation() {
  std::string alt;
  for (const TypeWord& t : TypeWords()) {
    if (!alt.empty()) alt += '|';
    alt += Spaced(t.pattern);
  }
  return alt;
}

std::string IssuerAlternation() {
  std::string alt;
  for (const IssuerName& i : IssuerNames()) {
    if (!alt.empty()) alt += '|';
    alt += Spaced(i.pattern);
  }
  return alt;
}

// Replaces every "S" with optional space and every "_" with required space.
std::string Expand(std::string_view pattern) {
  std::string out;
  for (char c : pattern) {
    if (c == 'S') {
      out += kS;
    } else if (c == '_') {
      out += kS1;
    } else {
      out += c;
    }
  }
  return out;
}

RE2::Options Quiet() { return BudgetedOptions(kLargePatternBudget); }

}  // namespace

// The fragments below use "S" for optional space and "_" for required space
// (Expand), so no literal S or _ may appear in them outside the type and
// issuer alternations, which are spliced in afterwards.
CitationPatterns::CitationPatterns()
    : party_code(Expand(R"((\d{1,5})S-S([A-Za-zĐđ]{1,5})S/S([A-ZĐƯ][A-Za-zĐđƯư]{0,11}\d{0,2}(?:-[A-ZĐ][A-Za-zĐđ]{0,11})*))"),
                 Quiet()),
      state_year_code(Expand(R"((\d{1,5})S/S((?:19|20)\d\d)S/S([A-ZĐ][A-Za-zĐđ]{0,7}\d{0,2}(?:S-S[A-ZĐ][A-Za-zĐđ0-9]{0,12})?(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,12})*))"),
                      Quiet()),
      state_code(Expand(R"((\d{1,5})S/S([A-ZĐ][A-Za-zĐđ]{0,7})S-S([A-ZĐ][A-Za-zĐđ0-9]{0,12}(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,12})*))"),
                 Quiet()),
      lookback("(?i)(?:^|[^\\pL\\pN])(" + TypeAlternation() + ")(?:" + std::string(kS1) + "của" +
                   std::string(kS1) + "(" + IssuerAlternation() + "))?" +
                   Expand(R"(S(số|so)?S:?S((?:\d{1,5}S(?:,|và|;)S)*)$)"),
               Quiet()),
      type_word("(?i)(" + TypeAlternation() + ")", Quiet()),
      law_lookback(Expand(R"((?i)(?:^|[^\pL\pN])((?:bộ_)?luật_(?:\pL+_){1,8}?)số_?$)"), Quiet()),
      type_number("(?i)(?:^|[^\\pL\\pN])(" + TypeAlternation() + ")" +
                      Expand(R"((?:_(?:số|so))?S:?S(\d{1,5})$)"),
                  Quiet()),
      abbreviation_number(
          Expand(R"((?:^|[^\pL\pN])(NQ|QĐ|QD|CT|KL|NĐ|ND|TB|QC|HD|KH|CTr|ĐA)_(?:số_?)?(\d{1,5})$)"),
          Quiet()),
      slash_year(Expand(R"(S/S((?:19|20)\d\d))"), Quiet()),
      term(Expand(R"((?i)S,?S\(?S(?:khóa|khoá)_((?-i:[IVXL]{1,6}))S\)?)"), Quiet()),
      issuer("(?i)" + Expand(R"(S,?Scủa_(?:bộ_trưởng_)?)") + "(" + IssuerAlternation() + ")", Quiet()),
      issuer_name("(?i)(" + IssuerAlternation() + ")", Quiet()),
      subject_lead(Expand(R"((?i)S,?S(?:về|v/v)_)"), Quiet()),
      list_gap(Expand(R"((?i)S(?:,|và|,_và)?S)"), Quiet()),
      named_congress(Expand(R"((?i)(nghị_quyết_đại_hội(?:_đại_biểu)?(?:_toàn_quốc)?(?:_lần_thứ)?_((?-i:[IVXL]{1,6}))(?:_của_đảng(?:_cộng_sản_việt_nam)?|_đảng_bộ_(?:tỉnh|thành_phố|huyện|quận|thị_xã))?))"),
                     Quiet()),
      named_plenum(Expand(R"((?i)(nghị_quyết_(?:hội_nghị_)?(?:ban_chấp_hành_)?trung_ương(?:_đảng)?(?:_(?:lần_thứ_)?\d{1,2})?(?:S,S|_|S\(S)(?:khóa|khoá)_((?-i:[IVXL]{1,6}))\)?))"),
                   Quiet()),
      named_law(Expand(R"(((?:Bộ_luật|Luật|Pháp_lệnh)_(\p{Lu}\pL*(?:,?_\pL+){0,19})))"), Quiet()),
      named_charter(Expand(R"((Điều_lệ_Đảng(?:_Cộng_sản_Việt_Nam)?|Hiến_pháp(?:_năm)?_(?:19|20)\d\d))"),
                    Quiet()),
      trailing_year(Expand(R"(S,?S(?:năm_)?((?:19|20)\d\d))"), Quiet()),
      // "Số: 12/KH-UBND"; a law's header says "Luật số: 51/2024/QH15" (the
      // colon is what a citation "Luật số 51/2024/QH15" lacks). The number
      // may stand on the next line, for a law even in the next outline unit
      // (\x1F joins units: ExtractCitationsEach).
      self_number(Expand(R"((?:\x53ố[ \t]*[:.]?[ \t]*|(?:Bộ luật|Luật|Pháp lệnh) số[ \t]*:[ \t]*(?:\n\x1F)?)\n?[ \t]*)"),
                  Quiet()) {
  for (const TypeWord& t : TypeWords()) {
    type_word_rows_.push_back(std::make_unique<RE2>("(?i)" + Spaced(t.pattern), Quiet()));
    CheckCompiled(*type_word_rows_.back(), t.pattern);
  }
  for (const IssuerName& i : IssuerNames()) {
    issuer_rows_.push_back(std::make_unique<RE2>("(?i)(?:" + Spaced(i.pattern) + ")", Quiet()));
    CheckCompiled(*issuer_rows_.back(), i.pattern);
  }
  const std::pair<const RE2*, std::string_view> all[] = {
      {&party_code, "party_code"},       {&state_year_code, "state_year_code"},
      {&state_code, "state_code"},       {&lookback, "lookback"},
      {&type_word, "type_word"},         {&law_lookback, "law_lookback"},
      {&type_number, "type_number"},     {&abbreviation_number, "abbreviation_number"},
      {&slash_year, "slash_year"},       {&term, "term"},
      {&issuer, "issuer"},               {&issuer_name, "issuer_name"},
      {&subject_lead, "subject_lead"},   {&list_gap, "list_gap"},
      {&named_congress, "named_congress"}, {&named_plenum, "named_plenum"},
      {&named_law, "named_law"},         {&named_charter, "named_charter"},
      {&trailing_year, "trailing_year"}, {&self_number, "self_number"}};
  for (const auto& [re, what] : all) CheckCompiled(*re, what);
}

namespace {
constexpr size_t kMaxRemembered = 4096;  // spellings kept per table and thread

int WhichRow(const std::vector<std::unique_ptr<RE2>>& rows, std::string_view s,
             std::map<std::string, int, std::less<>>& seen) {
  if (auto it = seen.find(s); it != seen.end()) return it->second;
  int row = -1;
  for (size_t i = 0; i < rows.size() && row < 0; ++i) {
    if (RE2::FullMatch(s, *rows[i])) row = static_cast<int>(i);
  }
  if (seen.size() >= kMaxRemembered) seen.clear();  // memory stays bounded
  seen.emplace(s, row);
  return row;
}
}  // namespace

int CitationPatterns::WhichTypeWord(std::string_view folded) const {
  return WhichRow(type_word_rows_, folded, type_words_seen_);
}
int CitationPatterns::WhichIssuer(std::string_view folded) const {
  return WhichRow(issuer_rows_, folded, issuers_seen_);
}

bool CitationPatterns::MatchIssuer(std::string_view folded, size_t pos, size_t end,
                                   re2::StringPiece* whole, re2::StringPiece* name) const {
  if (!issuer.Match(folded, pos, end, RE2::ANCHOR_START, whole, 1)) return false;
  std::string_view spelling(whole->data(), whole->size());
  auto it = issuer_groups_seen_.find(spelling);
  if (it == issuer_groups_seen_.end()) {
    re2::StringPiece g[2];
    if (!issuer.Match(*whole, 0, whole->size(), RE2::ANCHOR_BOTH, g, 2)) return false;  // never
    if (issuer_groups_seen_.size() >= kMaxRemembered) issuer_groups_seen_.clear();
    auto offset = static_cast<size_t>(g[1].data() - whole->data());
    it = issuer_groups_seen_.emplace(spelling, std::pair{offset, g[1].size()}).first;
  }
  *name = re2::StringPiece(whole->data() + it->second.first, it->second.second);
  return true;
}

const CitationPatterns& CitationPatterns::Get() {
  // One set per thread: an RE2 object is thread-safe, but its DFA cache sits
  // behind a lock that threads sharing it contend for (extract --jobs N).
  static thread_local const CitationPatterns patterns;
  return patterns;
}

}  // namespace lexgraph
