// The cue phrases that state a relation or a review (conventions.md,
// "Relations written in the text"), kept as data, and the one spelling they
// are matched in: lower case, tone marks folded, punctuation and markup
// dropped, blanks collapsed ("Sửa đổi, bổ sung" -> "sửa đổi bổ sung").
// Pure functions over fixed tables; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lexgraph {

struct RelationCue {
  std::string_view phrase;  // in cue spelling: "tiếp tục thực hiện"
  std::string_view kind;    // the edge it states: "continues"
};

// Longest phrases first, so "tiếp tục thực hiện" wins over "thực hiện".
std::span<const RelationCue> RelationCues();

// `text` in cue spelling. Only ASCII letters and Đ change case: every cue
// begins with one of them, and Vietnamese capitals inside a cue do not occur.
std::string CueSpelling(std::string_view text);
// The same for text FoldForMatch has already folded (a piece of a folded
// source cut at a clause or citation boundary spells as the piece alone).
std::string CueSpellingOfFolded(std::string_view folded);

// The end of CueSpellingOfFolded(folded) that its trailing cues are read
// from: a suffix of the whole spelling that starts at a word, long enough
// that TrailingRelationCue and TrailingReviewCue answer on it as on the whole
// (the whole when `folded` is short). A clause of a long paragraph is spelled
// from its last few hundred bytes, not from its start.
std::string CueSpellingTail(std::string_view folded);

// True iff CueSpellingOfFolded(folded) starts with `prefix` (cue spelling),
// spelling only as much of `folded` as that takes.
bool CueSpellingStartsWith(std::string_view folded, std::string_view prefix);

// `text` (cue spelling) without the words that may stand between a cue and
// the citation it governs ("việc", "các", "một số điều của").
std::string_view WithoutTrailingFillers(std::string_view text);

// The relation cue `text` (cue spelling) ends with, if any.
std::optional<RelationCue> TrailingRelationCue(std::string_view text);

// A review stated just before a citation: "tổng kết 10 năm thực hiện",
// "báo cáo kết quả 5 năm triển khai, thực hiện", "báo cáo 03 năm thực hiện".
struct ReviewCue {
  int milestone_years = 0;
  std::string phrase;  // the cue as matched, in cue spelling
};
std::optional<ReviewCue> TrailingReviewCue(std::string_view text);

// A review cadence a document states of itself: "sơ kết sau 3 năm",
// "sau 5 năm tổng kết": the years, or 0. `text` in cue spelling.
int StatedCadence(std::string_view text);
// StatedCadence(CueSpellingOfFolded(folded)), spelling `folded` only when
// some "sau" in it stands before a number and "năm" (most texts: none), and
// then only from two words before the first such "sau".
int StatedCadenceOfFolded(std::string_view folded);

// True iff `text` (cue spelling) names checking or reviewing: a programme
// section titled so plans reviews of what it cites.
bool NamesReviewWork(std::string_view text);

}  // namespace lexgraph
