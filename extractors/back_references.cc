#include "extractors/back_references.h"

#include <array>
#include <string_view>

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
bool ReadAt(const MappedText& norm, Span p, size_t at, Mention& out) {
  std::string_view s(norm.text.data() + p.start, p.size());
  if (at < 2) return false;  // REQUIRES: s[at - 1] is the space before the closing words
  for (const Closing& c : kClosings) {
    if (s.compare(at, c.words.size(), c.words) != 0 || IsWordByteAt(s, at + c.words.size())) continue;
    if (c.clause_end && !ClauseEndsAt(s, at + c.words.size())) continue;
    const TypeWord* type = TypeWordBefore(s, at - 1);
    if (!type) return false;
    Span head{p.start + at - 1 - type->name.size(), p.start + at + c.words.size()};
    out = Mention{};
    out.kind = MentionKind::kBackReference;
    out.head = norm.ToSource(head);
    out.text = norm.text.substr(head.start, head.size());
    out.type = std::string(type->name);
    out.type_code = std::string(type->code);
    out.refers = c.refers;
    return true;
  }
  return false;
}

}  // namespace

std::vector<Mention> FindBackReferences(const MappedText& norm, const TextUnit& unit) {
  std::vector<Mention> found;
  for (Span p : unit.pieces) {
    std::string_view s(norm.text.data() + p.start, p.size());
    // Every closing word starts with "n", "t" or "đ" after a space: look there only.
    for (size_t at = s.find(' '); at != std::string_view::npos; at = s.find(' ', at + 1)) {
      char next = at + 1 < s.size() ? s[at + 1] : 0;
      if (next != 'n' && next != 't' && next != '\xc4') continue;  // 'đ' is C4 91
      Mention m;
      if (ReadAt(norm, p, at + 1, m)) found.push_back(std::move(m));
    }
  }
  return found;
}

}  // namespace lexgraph
