#include "extractors/named_references.h"

#include <array>
#include <string>

#include "extractors/citation_patterns.h"

namespace lexgraph {
namespace {

// Words that end a law's name: the sentence goes on after them.
constexpr std::array<std::string_view, 40> kNameStops = {
    "số",   "năm",  "ngày", "của",  "và",   "được", "đã",   "có",    "tại",  "theo",
    "thì",  "để",   "này",  "về",   "trong", "với", "cho",  "các",   "những", "là",
    "khi",  "đến",  "từ",   "do",   "hoặc", "nhưng", "mà",  "sẽ",    "phải", "không",
    "hiện", "sửa",  "hướng", "quy", "đang", "cũng", "vẫn",  "nhằm",  "trên", "dưới"};

size_t Offset(std::string_view whole, re2::StringPiece part) {
  return static_cast<size_t>(part.data() - whole.data());
}

// The end of a law's name that starts at `begin` and may run to `end`:
// the first stop word cuts it.
size_t NameEnd(std::string_view folded, size_t begin, size_t end) {
  size_t word = begin;
  while (word < end) {
    size_t space = folded.find(' ', word);
    if (space == std::string_view::npos || space > end) space = end;
    std::string_view w = folded.substr(word, space - word);
    for (std::string_view stop : kNameStops) {
      if (w == stop && word > begin) return word - 1;
    }
    word = space + 1;
  }
  return end;
}

Candidate Named(Span head, std::string type, std::string term) {
  Candidate c;
  c.kind = MentionKind::kNamed;
  c.head = head;
  c.type_name = std::move(type);
  c.term = std::move(term);
  return c;
}

template <typename OnMatch>
void ForEachMatch(std::string_view folded, const RE2& re, OnMatch on_match) {
  re2::StringPiece g[3];
  for (size_t from = 0; re.Match(folded, from, folded.size(), RE2::UNANCHORED, g, 3);) {
    size_t end = Offset(folded, g[1]) + g[1].size();
    on_match(g);
    from = std::max(end, from + 1);
  }
}

}  // namespace

std::vector<Candidate> FindNamedReferences(std::string_view folded) {
  const CitationPatterns& p = CitationPatterns::Get();
  std::vector<Candidate> out;
  auto span_of = [&](re2::StringPiece g) {
    return Span{Offset(folded, g), Offset(folded, g) + g.size()};
  };
  ForEachMatch(folded, p.named_congress, [&](const re2::StringPiece* g) {
    out.push_back(Named(span_of(g[1]), "Nghị quyết", std::string(g[2])));
  });
  ForEachMatch(folded, p.named_plenum, [&](const re2::StringPiece* g) {
    out.push_back(Named(span_of(g[1]), "Nghị quyết", std::string(g[2])));
  });
  ForEachMatch(folded, p.named_charter, [&](const re2::StringPiece* g) {
    std::string type = g[1].starts_with("Điều") ? "Điều lệ" : "Hiến pháp";
    out.push_back(Named(span_of(g[1]), type, ""));
  });
  ForEachMatch(folded, p.named_law, [&](const re2::StringPiece* g) {
    Span head = span_of(g[1]);
    head.end = NameEnd(folded, Offset(folded, g[2]), head.end);
    re2::StringPiece year[2];
    if (p.trailing_year.Match(folded, head.end, folded.size(), RE2::ANCHOR_START, year, 2)) {
      head.end = Offset(folded, year[0]) + year[0].size();
    }
    std::string type = g[1].starts_with("Bộ") ? "Bộ luật" : g[1].starts_with("Pháp") ? "Pháp lệnh"
                                                                                      : "Luật";
    out.push_back(Named(head, type, ""));
  });
  for (Candidate& c : out) ParseTail(folded, c);
  return out;
}

}  // namespace lexgraph
