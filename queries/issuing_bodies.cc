#include "queries/issuing_bodies.h"

#include <algorithm>
#include <array>
#include <map>

#include "extractors/patterns.h"
#include "queries/fold_name.h"

namespace lexgraph {
namespace {

// Parents come before their children; a new body is one line here. No
// alias may fold onto another's ("TƯ" would fold onto "TU", the Tỉnh ủy).
constexpr std::array kBodies = {
    IssuingBody{"Trung ương", "", "TW|Trung ương Đảng"},
    IssuingBody{"Ban Chấp hành Trung ương", "Trung ương", "BCHTW|BCH TW|BCH Trung ương"},
    IssuingBody{"Bộ Chính trị", "Trung ương", "BCT"},
    IssuingBody{"Ban Bí thư", "Trung ương", "BBT|Ban Bí thư Trung ương|Ban Bí thư Trung ương Đảng"},
    IssuingBody{"Tỉnh ủy", "", "TU|Thành ủy"},
    IssuingBody{"Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy", "BCH Đảng bộ tỉnh"},
    IssuingBody{"Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "BTV|BTVTU|BTV Tỉnh ủy"},
    IssuingBody{"Ban Thường vụ Thành ủy", "Tỉnh ủy", "BTV Thành ủy"},
    IssuingBody{"Huyện ủy", "", "HU"},
    IssuingBody{"Ban Thường vụ Huyện ủy", "Huyện ủy", "BTV Huyện ủy"},
    IssuingBody{"Quận ủy", "", "QU"},
    IssuingBody{"Ban Thường vụ Quận ủy", "Quận ủy", "BTV Quận ủy"},
    IssuingBody{"Đảng ủy", "", "ĐU"},
    IssuingBody{"Ban Thường vụ Đảng ủy", "Đảng ủy", "BTV Đảng ủy"},
    IssuingBody{"Quốc hội", "", "QH"},
    IssuingBody{"Ủy ban Thường vụ Quốc hội", "Quốc hội", "UBTVQH"},
    IssuingBody{"Chính phủ", "", "CP"},
    IssuingBody{"Thủ tướng Chính phủ", "Chính phủ", "Thủ tướng|TTg"},
    IssuingBody{"Hội đồng nhân dân", "", "HĐND"},
    IssuingBody{"Hội đồng nhân dân tỉnh", "Hội đồng nhân dân", "HĐND tỉnh|HĐND thành phố"},
    IssuingBody{"Hội đồng nhân dân huyện", "Hội đồng nhân dân", "HĐND huyện"},
    IssuingBody{"Ủy ban nhân dân", "", "UBND"},
    IssuingBody{"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân", "UBND tỉnh|UBND thành phố"},
    IssuingBody{"Ủy ban nhân dân huyện", "Ủy ban nhân dân", "UBND huyện"},
    IssuingBody{"Chủ tịch Ủy ban nhân dân", "Ủy ban nhân dân", "CTUBND|Chủ tịch UBND"},
    IssuingBody{"Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân", "Chủ tịch UBND tỉnh"},
};

std::vector<std::string_view> Split(std::string_view list) {
  std::vector<std::string_view> out;
  while (!list.empty()) {
    size_t bar = list.find('|');
    out.push_back(list.substr(0, bar));
    list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
  }
  return out;
}

// Every spelling a person may type, folded, with the canonical name it
// means; the table wins over the extractor's names, names over codes.
const std::vector<std::pair<std::string, std::string>>& Spellings() {
  static const auto* kSpellings = [] {
    auto* out = new std::vector<std::pair<std::string, std::string>>;
    for (const IssuingBody& b : kBodies) {
      out->emplace_back(FoldName(b.name), b.name);
      for (std::string_view alias : Split(b.aliases)) out->emplace_back(FoldName(alias), b.name);
    }
    for (const IssuerName& n : IssuerNames()) out->emplace_back(FoldName(n.name), n.name);
    for (const IssuerCode& c : IssuerCodes()) out->emplace_back(FoldName(c.body), c.body);
    for (const IssuerCode& c : IssuerCodes()) out->emplace_back(FoldName(c.code), c.body);
    return out;
  }();
  return *kSpellings;
}

void AddUnder(std::string_view name, std::vector<std::string>& names) {
  names.emplace_back(name);
  for (const IssuingBody& b : kBodies) {
    if (b.parent == name) AddUnder(b.name, names);
  }
}

}  // namespace

std::span<const IssuingBody> IssuingBodies() { return kBodies; }

std::string_view CodeStem(std::string_view code) {
  while (!code.empty() && code.back() >= '0' && code.back() <= '9') code.remove_suffix(1);
  return code;
}

BodyScope LeafScope(std::string_view name) { return {std::string(name), {std::string(name)}, {}}; }

Result<BodyScope> ResolveBody(std::string_view typed) {
  std::string folded = FoldName(typed);
  const auto& spellings = Spellings();
  auto hit = std::find_if(spellings.begin(), spellings.end(),
                          [&](const auto& s) { return s.first == folded; });
  if (folded.empty() || hit == spellings.end()) {
    return Status::NotFound("unknown issuing body '" + std::string(typed) + "'");
  }
  BodyScope scope{hit->second, {}, {}};
  AddUnder(scope.name, scope.names);
  for (const IssuerCode& c : IssuerCodes()) {
    if (std::find(scope.names.begin(), scope.names.end(), c.body) != scope.names.end()) {
      scope.codes.emplace_back(c.code);
    }
  }
  return scope;
}

std::vector<std::string> ClosestBodies(std::string_view typed, size_t limit) {
  std::string folded = FoldName(typed);
  std::map<std::string, size_t> best;  // name -> its nearest spelling's distance
  for (const auto& [spelling, name] : Spellings()) {
    // Containment counts for spellings of a word or more ("ban bi thu" in
    // "ban bi thu tinh"), not for two-letter codes inside any word.
    bool contains = std::min(folded.size(), spelling.size()) >= 4 &&
                    (spelling.find(folded) != std::string::npos ||
                     folded.find(spelling) != std::string::npos);
    size_t d = contains ? 0 : EditDistance(folded, spelling);
    auto [it, fresh] = best.emplace(name, d);
    if (!fresh) it->second = std::min(it->second, d);
  }
  std::vector<std::pair<size_t, std::string>> ranked;
  for (const auto& [name, d] : best) ranked.emplace_back(d, name);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i].second);
  return out;
}

std::string_view ParentBody(std::string_view name) {
  for (const IssuingBody& b : kBodies) {
    if (b.name == name) return b.parent;
  }
  return {};
}

}  // namespace lexgraph
