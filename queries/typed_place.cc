#include "queries/typed_place.h"

#include <vector>

#include "engine/words.h"
#include "extractors/provinces.h"
#include "queries/fold_name.h"

namespace lexgraph {
namespace {

// Words [from, to) of `words`, joined by one space.
std::string Join(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += words[i];
  }
  return out;
}

}  // namespace

TypedPlace SplitTypedPlace(std::string_view typed) {
  std::vector<std::string_view> words = Words(typed);
  for (std::string_view province : ProvinceNames()) {
    size_t n = Words(province).size();
    if (words.size() <= n) continue;
    if (FoldName(Join(words, words.size() - n, words.size())) != FoldName(province)) continue;
    return {Join(words, 0, words.size() - n), std::string(province)};
  }
  return {std::string(typed), ""};
}

std::string WithoutUnitWord(std::string_view body) {
  std::vector<std::string_view> words = Words(body);
  for (size_t n : {2, 1}) {
    if (words.size() <= n) continue;
    std::string folded = FoldName(Join(words, words.size() - n, words.size()));
    if (folded == "thanh pho" || folded == "tinh" || folded == "tp") return Join(words, 0, words.size() - n);
  }
  return std::string(body);
}

}  // namespace lexgraph
