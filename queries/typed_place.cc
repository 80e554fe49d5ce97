#include "queries/typed_place.h"

#include <vector>

#include "extractors/provinces.h"
#include "queries/fold_name.h"

namespace lexgraph {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string JoinFirst(const std::vector<std::string>& words, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? " " : "") + words[i];
  return out;
}

}  // namespace

TypedPlace SplitTypedPlace(std::string_view typed) {
  std::vector<std::string> words = Words(typed);
  for (std::string_view province : ProvinceNames()) {
    size_t n = Words(province).size();
    if (words.size() <= n) continue;
    std::vector<std::string> tail(words.end() - n, words.end());
    if (FoldName(JoinFirst(tail, n)) != FoldName(province)) continue;
    return {JoinFirst(words, words.size() - n), std::string(province)};
  }
  return {std::string(typed), ""};
}

std::string WithoutUnitWord(std::string_view body) {
  std::vector<std::string> words = Words(body);
  for (size_t n : {2, 1}) {
    if (words.size() <= n) continue;
    std::vector<std::string> tail(words.end() - n, words.end());
    std::string folded = FoldName(JoinFirst(tail, n));
    if (folded == "thanh pho" || folded == "tinh" || folded == "tp") return JoinFirst(words, words.size() - n);
  }
  return std::string(body);
}

}  // namespace lexgraph
