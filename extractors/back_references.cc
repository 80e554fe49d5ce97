#include "extractors/back_references.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "base/byte_scan.h"
#include "extractors/patterns.h"
#include "extractors/word_bytes.h"

namespace lexgraph {
namespace {

// The words that close a back reference, and what each says.
struct Closing {
  std::string_view words;
  const char* refers;
  bool clause_end;  // only at the end of a clause: "Kế hoạch trên địa bàn" is no reference
};
constexpr std::array kClosings = {
    Closing{"này", "this", false},      Closing{"nói trên", "above", false},
    Closing{"nêu trên", "above", false}, Closing{"đã nêu", "above", true},
    Closing{"trên", "above", true},
};

// True iff the bytes at `at` of `s` may start one of kClosings: their first
// four bytes are those of "nà", "nó", "nê", "trê" or "đã".
bool MayClose(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return false;
  std::string_view four = s.substr(at, 4);
  if (four.starts_with("n\xc3")) return four[2] == '\xa0' || four[2] == '\xb3' || four[2] == '\xaa';
  return four == "tr\xc3\xaa" || four == "\xc4\x91\xc3\xa3";
}

// True iff a clause ends at `at`: punctuation, a line end or the end.
bool ClauseEndsAt(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  return at >= s.size() || std::string_view(",.;:)!?\n\"*").find(s[at]) != std::string_view::npos;
}

// The longest type word ending just before the space at `space` in `s`,
// written with its capital; nullptr when none is.
const TypeWord* TypeWordBefore(std::string_view s, size_t space) {
  const TypeWord* best = nullptr;
  for (const TypeWord& t : TypeWords()) {
    if (t.name.size() > space || (best && best->name.size() >= t.name.size())) continue;
    size_t start = space - t.name.size();
    if (s.compare(start, t.name.size(), t.name) == 0 && !IsWordByteBefore(s, start)) best = &t;
  }
  return best;
}

// The back reference whose closing words start at `at` of piece `p`, if any.
std::optional<Mention> ReadAt(const MappedText& norm, Span p, size_t at) {
  std::string_view s(norm.text.data() + p.start, p.size());
  if (at < 2) return std::nullopt;  // REQUIRES: s[at - 1] is the space before the closing words
  for (const Closing& c : kClosings) {
    if (s.compare(at, c.words.size(), c.words) != 0 || IsWordByteAt(s, at + c.words.size())) continue;
    if (c.clause_end && !ClauseEndsAt(s, at + c.words.size())) continue;
    const TypeWord* type = TypeWordBefore(s, at - 1);
    if (!type) return std::nullopt;
    Span head{p.start + at - 1 - type->name.size(), p.start + at + c.words.size()};
    Mention out;
    out.kind = MentionKind::kBackReference;
    out.head = norm.ToSource(head);
    out.text = norm.text.substr(head.start, head.size());
    out.type = std::string(type->name);
    out.type_code = std::string(type->code);
    out.refers = c.refers;
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::vector<Mention> FindBackReferences(const MappedText& norm, const TextUnit& unit) {
  std::vector<Mention> found;
  for (Span p : unit.pieces) {
    std::string_view s(norm.text.data() + p.start, p.size());
    // Every closing word starts with "n" and a toned vowel ("này", "nói", "nêu"),
    // "tr" ("trên") or "đ" ("đã") after a space: look there only.
    auto read_at = [&](size_t at) {  // at: a byte that may be the space before closing words
      if (s[at] != ' ' || !MayClose(s, at + 1)) return;
      if (std::optional<Mention> m = ReadAt(norm, p, at + 1)) found.push_back(std::move(*m));
    };
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    size_t limit = s.size() > 2 ? s.size() - 2 : 0;  // read_at takes the spaces before it
    // Blocks, then each hit, up to the piece's end: the loads may read past
    // it while they stay in the text, and the lanes from `limit` on are dropped
    // (a unit's pieces are mostly a line each: no byte-by-byte tail per line).
    size_t room = norm.text.size() - p.start;  // bytes readable from `b`
    size_t at = 0;
    for (; at < limit && at + byte_scan::kBlock + 2 <= room; at += byte_scan::kBlock) {
      using namespace byte_scan;
      Block w = Load(b + at), n1 = Load(b + at + 1), n2 = Load(b + at + 2);
      uint32_t mask = Mask(Equal(w, ' ') & ((Equal(n1, 'n') & Equal(n2, 0xC3)) |
                                            (Equal(n1, 't') & Equal(n2, 'r')) |
                                            (Equal(n1, 0xC4) & Equal(n2, 0x91))));
      if (limit - at < kBlock) mask &= (1u << (limit - at)) - 1;
      ForEachSet(mask, at, read_at);
    }
    for (; at < limit; ++at) read_at(at);
  }
  return found;
}

}  // namespace lexgraph
