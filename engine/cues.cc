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
  // What each byte becomes: kDrop for a dropped one, kLook for the leads of
  // the curly quotes (E2 80 9C/9D, dropped) and of Đ (C4 90 -> đ), else
  // itself in ASCII lower case (the C locale's tolower: no program here sets
  // another locale).
  constexpr int kDrop = -1, kLook = -2;
  static const std::array<int, 256> kSpelled = [] {
    std::array<int, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = IsDropped(static_cast<unsigned char>(c)) ? kDrop : std::tolower(c);
    t[0xE2] = t[0xC4] = kLook;
    return t;
  }();
  // Written through a pointer: the spelling is never longer than the text.
  std::string out(folded.size(), '\0');
  char* const begin = out.data();
  char* o = begin;
  bool after_space = true;  // the spelling is empty or ends with a space
  const auto* p = reinterpret_cast<const unsigned char*>(folded.data());
  const size_t n = folded.size();
  for (size_t i = 0; i < n; ++i) {
    int spelled = kSpelled[p[i]];
    if (spelled >= 0) {
      *o++ = static_cast<char>(spelled);
      after_space = false;
      continue;
    }
    if (spelled == kLook) {
      if (p[i] == 0xC4 && i + 1 < n && p[i + 1] == 0x90) {
        *o++ = '\xC4';
        *o++ = '\x91';  // Đ -> đ
        ++i;
        after_space = false;
        continue;
      }
      bool quote = p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0x9C || p[i + 2] == 0x9D);
      if (!quote) {
        *o++ = static_cast<char>(p[i]);
        after_space = false;
        continue;
      }
      i += 2;
    }
    if (!after_space) {  // a dropped byte: one space for a run of them
      *o++ = ' ';
      after_space = true;
    }
  }
  if (o > begin && o[-1] == ' ') --o;
  out.resize(static_cast<size_t>(o - begin));
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
  text = WithoutTrailingFillers(text);
  if (!text.ends_with("thực hiện")) return std::nullopt;  // most clauses: no need to cut words
  std::vector<std::string_view> w = Words(text);
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
  // Word by word, as Words(text) would cut it (a cue spelling has one space
  // between words, none at either end), looking only where "sau " stands.
  auto word_at = [&text](size_t at) {  // the word starting at `at`
    size_t end = text.find(' ', at);
    return text.substr(at, (end == std::string_view::npos ? text.size() : end) - at);
  };
  auto ends_with_pair = [&text](size_t before, std::string_view pair) {  // text[.., before) ends with " pair"
    return before >= pair.size() && text.substr(before - pair.size(), pair.size()) == pair &&
           (before == pair.size() || text[before - pair.size() - 1] == ' ');
  };
  for (size_t at = text.find("sau "); at != std::string_view::npos; at = text.find("sau ", at + 1)) {
    if (at > 0 && text[at - 1] != ' ') continue;
    std::string_view number = word_at(at + 4);
    if (!IsNumber(number)) continue;
    size_t next = at + 4 + number.size() + 1;  // past the number and its space
    if (next > text.size() || word_at(next) != "năm") continue;
    bool before = at > 0 && (ends_with_pair(at - 1, "sơ kết") || ends_with_pair(at - 1, "tổng kết"));
    size_t after_at = next + std::string_view("năm").size() + 1;
    bool after = false;
    if (after_at < text.size()) {
      std::string_view w3 = word_at(after_at);
      size_t w4_at = after_at + w3.size() + 1;
      after = (w3 == "sơ" || w3 == "tổng") && w4_at < text.size() && word_at(w4_at) == "kết";
    }
    if (before || after) return std::stoi(std::string(number));
  }
  return 0;
}

bool NamesReviewWork(std::string_view text) {
  return text.find("kiểm tra giám sát") != std::string_view::npos ||
         text.find("sơ kết tổng kết") != std::string_view::npos;
}

}  // namespace lexgraph
