#include "extractors/extract_document.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "extractors/back_references.h"
#include "extractors/citations.h"
#include "extractors/normalize.h"
#include "extractors/self_issuer.h"

namespace lexgraph {

std::vector<std::vector<Mention>> ExtractByUnit(const MappedText& norm, const Outline& outline) {
  std::vector<std::vector<Mention>> out = ExtractCitationsEach(norm, outline.units);
  for (size_t i = 0; i < outline.units.size(); ++i) {
    const TextUnit& unit = outline.units[i];
    std::vector<Mention> back = FindBackReferences(norm, unit);
    if (!back.empty()) {
      std::move(back.begin(), back.end(), std::back_inserter(out[i]));
      std::stable_sort(out[i].begin(), out[i].end(), [](const Mention& a, const Mention& b) {
        return a.head.start < b.head.start;
      });
    }
    for (Mention& m : out[i]) {
      if (m.kind == MentionKind::kSelf && m.issuer.empty()) ReadSelfIssuer(norm, m);
      m.section.assign(unit.section);
      m.footnote = unit.footnote;
    }
  }
  return out;
}

std::vector<Mention> ExtractDocument(const MappedText& norm) {
  return ExtractDocument(norm, BuildOutline(norm));
}

std::vector<Mention> ExtractDocument(const MappedText& norm, const Outline& outline) {
  std::vector<Mention> all;
  for (std::vector<Mention>& unit : ExtractByUnit(norm, outline)) {
    std::move(unit.begin(), unit.end(), std::back_inserter(all));
  }
  auto by_head = [](const Mention& a, const Mention& b) { return a.head.start < b.head.start; };
  if (std::is_sorted(all.begin(), all.end(), by_head)) return all;
  // Footnote bodies stand after their paragraph: order the mentions by an
  // index, so that each (a large struct) moves once, not log n times.
  std::vector<uint32_t> order(all.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return by_head(all[a], all[b]); });
  std::vector<Mention> sorted;
  sorted.reserve(all.size());
  for (uint32_t i : order) sorted.push_back(std::move(all[i]));
  return sorted;
}

Status CheckMentionCount(size_t count, std::string_view name) {
  if (count <= kMaxMentionsPerFile) return Status::Ok();
  return Status::InvalidArgument(std::string(name) + ": " + std::to_string(count) +
                                 " citations, more than the limit of " +
                                 std::to_string(kMaxMentionsPerFile) +
                                 " per file; split it into files (docs/limits.md)");
}

}  // namespace lexgraph
