#include "engine/cues.h"

#include <array>
#include <cctype>
#include <vector>

#include "engine/words.h"
#include "extractors/normalize.h"

namespace lexgraph {
namespace {

// conventions.md, "Relations written in the text". Longest first.
constexpr std::array kRelationCues = {
    RelationCue{"hướng dẫn thi hành", "guides"},  RelationCue{"triển khai thực hiện", "implements"},
    RelationCue{"tiếp tục thực hiện", "continues"}, RelationCue{"quy định chi tiết", "guides"},
    RelationCue{"sửa đổi bổ sung", "amends"},     RelationCue{"cụ thể hóa", "implements"},
    RelationCue{"đính chính", "corrects"},         RelationCue{"đình chỉ", "suspends"},
    RelationCue{"hướng dẫn", "guides"},            RelationCue{"thực hiện", "implements"},
    RelationCue{"thay thế", "replaces"},           RelationCue{"sửa đổi", "amends"},
    RelationCue{"căn cứ", "based_on"},             RelationCue{"bãi bỏ", "repeals"},
};

constexpr std::string_view kFillers[] = {"một số điều của", "một số điều", "việc", "các", "của"};

constexpr std::string_view kReviewWords[] = {"tổng kết", "sơ kết", "báo cáo"};

bool IsNumber(std::string_view w) {
  if (w.empty() || w.size() > 3) return false;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// True iff words [at-2, at) spell `pair` ("tổng kết").
bool PairBefore(const std::vector<std::string_view>& w, size_t at, std::string_view pair) {
  if (at < 2) return false;
  size_t space = pair.find(' ');
  return w[at - 2] == pair.substr(0, space) && w[at - 1] == pair.substr(space + 1);
}

bool IsDropped(unsigned char c) {
  return c == ',' || c == ';' || c == '.' || c == ':' || c == '*' || c == '"' || c == '(' ||
         c == ')' || c == '\'' || c == '_' || std::isspace(c);
}

}  // namespace

std::span<const RelationCue> RelationCues() { return kRelationCues; }

std::string CueSpelling(std::string_view text) { return CueSpellingOfFolded(FoldForMatch(text)); }

std::string CueSpellingOfFolded(std::string_view folded) {
  // What each byte becomes: -1 for a dropped one, else itself in ASCII
  // lower case (the C locale's tolower: no program here sets another locale).
  static const std::array<int, 256> kSpelled = [] {
    std::array<int, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = IsDropped(static_cast<unsigned char>(c)) ? -1 : std::tolower(c);
    return t;
  }();
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    unsigned char c = folded[i];
    bool quote = c == 0xE2 && i + 2 < folded.size() && folded[i + 1] == '\x80' &&
                 (folded[i + 2] == '\x9C' || folded[i + 2] == '\x9D');
    int spelled = kSpelled[c];
    if (spelled < 0 || quote) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      i += quote ? 2 : 0;
    } else if (c == 0xC4 && i + 1 < folded.size() && folded[i + 1] == '\x90') {
      out += "\xC4\x91";  // Đ -> đ
      ++i;
    } else {
      out += static_cast<char>(spelled);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view WithoutTrailingFillers(std::string_view text) {
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view f : kFillers) {
      if (text == f) return {};
      if (text.size() > f.size() && text.ends_with(f) && text[text.size() - f.size() - 1] == ' ') {
        text.remove_suffix(f.size() + 1);
        cut = true;
      }
    }
  }
  return text;
}

std::optional<RelationCue> TrailingRelationCue(std::string_view text) {
  text = WithoutTrailingFillers(text);
  for (const RelationCue& cue : kRelationCues) {
    if (!text.ends_with(cue.phrase)) continue;
    size_t at = text.size() - cue.phrase.size();
    if (at == 0 || text[at - 1] == ' ') return cue;
  }
  return std::nullopt;
}

std::optional<ReviewCue> TrailingReviewCue(std::string_view text) {
  std::vector<std::string_view> w = Words(WithoutTrailingFillers(text));
  size_t at = w.size();
  if (!PairBefore(w, at, "thực hiện")) return std::nullopt;
  at -= 2;
  if (PairBefore(w, at, "triển khai")) at -= 2;
  if (at < 2 || w[at - 1] != "năm" || !IsNumber(w[at - 2])) return std::nullopt;
  int years = std::stoi(std::string(w[at - 2]));
  at -= 2;
  if (PairBefore(w, at, "kết quả")) at -= 2;
  bool named = false;
  for (std::string_view word : kReviewWords) {
    if (!named && PairBefore(w, at, word)) {
      at -= 2;
      named = true;
    }
  }
  if (!named) return std::nullopt;
  if (PairBefore(w, at, "báo cáo")) at -= 2;  // "báo cáo tổng kết"
  ReviewCue cue{years, ""};
  for (size_t i = at; i < w.size(); ++i) cue.phrase += (i > at ? " " : "") + std::string(w[i]);
  return cue;
}

int StatedCadence(std::string_view text) {
  std::vector<std::string_view> w = Words(text);
  for (size_t i = 0; i + 2 < w.size(); ++i) {
    if (w[i] != "sau" || !IsNumber(w[i + 1]) || w[i + 2] != "năm") continue;
    bool before = PairBefore(w, i, "sơ kết") || PairBefore(w, i, "tổng kết");
    bool after = i + 4 < w.size() && ((w[i + 3] == "sơ" || w[i + 3] == "tổng") && w[i + 4] == "kết");
    if (before || after) return std::stoi(std::string(w[i + 1]));
  }
  return 0;
}

bool NamesReviewWork(std::string_view text) {
  return text.find("kiểm tra giám sát") != std::string_view::npos ||
         text.find("sơ kết tổng kết") != std::string_view::npos;
}

}  // namespace lexgraph
