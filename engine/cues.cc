#include "engine/cues.h"

#include <algorithm>
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

// True iff a curly quote (“ or ”: E2 80 9C, E2 80 9D), which the spelling
// drops, starts at s[i].
bool IsCurlyQuoteAt(std::string_view s, size_t i) {
  return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\x9C' || s[i + 2] == '\x9D');
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
      if (!IsCurlyQuoteAt(folded, i)) {
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

std::string CueSpellingTail(std::string_view folded) {
  // Cut just after a dropped byte (ASCII, so never inside a character, and
  // never inside the quote or Đ a spelling reads as one): the spelling of
  // what follows is the whole spelling's suffix after the space that byte
  // left, or after nothing at the start. The trailing cues read a few words
  // after the fillers are stripped (the longest, "báo cáo tổng kết kết quả
  // 10 năm triển khai thực hiện", 60 bytes), so a tail holding
  // kCueReach bytes besides its fillers answers as the whole.
  constexpr size_t kCueReach = 128;
  // Most clauses spell to nearly as many bytes as they hold: start with
  // twice the reach, and look further only when that spells too short.
  for (size_t window = 2 * kCueReach;; window *= 4) {
    if (window >= folded.size()) return CueSpellingOfFolded(folded);
    size_t cut = folded.size() - window;
    while (cut > 0 && !IsDropped(static_cast<unsigned char>(folded[cut - 1]))) --cut;
    std::string tail = CueSpellingOfFolded(folded.substr(cut));
    if (cut == 0 || WithoutTrailingFillers(tail).size() >= kCueReach) return tail;
  }
}

bool CueSpellingStartsWith(std::string_view folded, std::string_view prefix) {
  // A cut anywhere spells as the whole spelling's start, but for its last
  // character (a lead byte of Đ or of a quote cut from the rest) and the
  // space trimmed at its end: a few bytes more than `prefix` settle it.
  for (size_t window = prefix.size() + 16;; window *= 4) {
    if (window >= folded.size()) return CueSpellingOfFolded(folded).starts_with(prefix);
    std::string head = CueSpellingOfFolded(folded.substr(0, window));
    if (head.size() >= prefix.size() + 4) return head.starts_with(prefix);
  }
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

int StatedCadenceOfFolded(std::string_view folded) {
  // StatedCadence reads "sau", a number of one to three digits and "năm",
  // a space between each: in `folded`, "sau" and the "n" and "m" of "năm" in
  // either case (the spelling lowers ASCII only), each word parted from the
  // next by bytes the spelling drops (blanks, punctuation, curly quotes).
  // Texts say "sau 30 ngày" often and "sau 5 năm" seldom: only those that
  // do are spelled, and only from two words before the first such "sau".
  auto past_dropped = [folded](size_t i) {  // the first byte from `i` on the spelling keeps
    while (i < folded.size()) {
      if (IsDropped(static_cast<unsigned char>(folded[i]))) {
        ++i;
      } else if (IsCurlyQuoteAt(folded, i)) {
        i += 3;
      } else {
        break;
      }
    }
    return i;
  };
  auto dropped_before = [folded](size_t i) {  // bytes of the dropped byte or quote ending at `i`
    if (i > 0 && IsDropped(static_cast<unsigned char>(folded[i - 1]))) return size_t{1};
    return i >= 3 && IsCurlyQuoteAt(folded, i - 3) ? size_t{3} : size_t{0};
  };
  auto is_year_word = [folded](size_t i) {  // "năm" from `i`, "n" and "m" in either case
    return i + 4 <= folded.size() && (folded[i] | 0x20) == 'n' && folded.substr(i + 1, 2) == "\xC4\x83" &&
           (folded[i + 3] | 0x20) == 'm';
  };
  // The start of the first "sau" followed by a number and "năm", or npos;
  // each "u" (or "U") found by memchr, then its two letters before.
  auto first_with = [&](char u) {
    for (size_t at = folded.find(u, 2); at != std::string_view::npos; at = folded.find(u, at + 1)) {
      if ((folded[at - 2] | 0x20) != 's' || (folded[at - 1] | 0x20) != 'a') continue;
      size_t number = past_dropped(at + 1), digits = number;
      while (digits < folded.size() && std::isdigit(static_cast<unsigned char>(folded[digits]))) ++digits;
      if (number == at + 1 || digits == number || digits - number > 3) continue;
      size_t year = past_dropped(digits);
      if (year > digits && is_year_word(year)) return at - 2;
    }
    return std::string_view::npos;
  };
  size_t cut = std::min(first_with('u'), first_with('U'));
  if (cut == std::string_view::npos) return 0;
  // Back to the start of the second word before it (StatedCadence reads
  // "sơ kết" there): each later candidate's two words before also start
  // at or after the cut, which follows a dropped byte, so the spelling from
  // it is the whole spelling's end from a word on.
  for (int word = 0; word < 2; ++word) {
    while (size_t d = dropped_before(cut)) cut -= d;
    while (cut > 0 && dropped_before(cut) == 0) --cut;
  }
  return StatedCadence(CueSpellingOfFolded(folded.substr(cut)));
}

bool NamesReviewWork(std::string_view text) {
  return text.find("kiểm tra giám sát") != std::string_view::npos ||
         text.find("sơ kết tổng kết") != std::string_view::npos;
}

}  // namespace lexgraph
