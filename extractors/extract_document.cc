#include "extractors/extract_document.h"

#include <algorithm>

#include "extractors/citations.h"
#include "extractors/normalize.h"
#include "extractors/self_number.h"

namespace lexgraph {

std::vector<std::vector<Mention>> ExtractByUnit(const Outline& outline) {
  std::vector<const MappedText*> texts;
  texts.reserve(outline.units.size());
  for (const TextUnit& unit : outline.units) texts.push_back(&unit.text);
  std::vector<std::vector<Mention>> out = ExtractCitationsEach(texts);
  for (size_t i = 0; i < outline.units.size(); ++i) {
    const TextUnit& unit = outline.units[i];
    for (Mention& m : out[i]) {
      m.section = unit.section;
      m.footnote = unit.footnote;
    }
  }
  return out;
}

namespace {

// The source's own number is read within its header unit, but the place-and-
// date line may stand in another unit (before "Số:", or across a column of
// the header): its date is read on the whole text.
void DateTheSelfMention(const MappedText& norm, std::vector<Mention>& all) {
  auto self = std::find_if(all.begin(), all.end(),
                           [](const Mention& m) { return m.kind == MentionKind::kSelf; });
  if (self == all.end() || self->date) return;
  MappedText stripped = StripMarkup(norm);
  std::string folded = FoldForMatch(stripped.text);
  size_t code_at = FindSelfNumberStart(folded);
  if (code_at == std::string::npos) return;
  std::optional<DateMatch> d = FindSelfDate(folded, code_at);
  if (!d) return;
  self->date = d->date;
  self->year = d->date.year;
  self->date_span = stripped.ToSource({d->begin, d->end});
}

}  // namespace

std::vector<Mention> ExtractDocument(const MappedText& norm) {
  std::vector<Mention> all;
  for (std::vector<Mention>& unit : ExtractByUnit(BuildOutline(norm))) {
    std::move(unit.begin(), unit.end(), std::back_inserter(all));
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Mention& a, const Mention& b) { return a.head.start < b.head.start; });
  DateTheSelfMention(norm, all);
  return all;
}

}  // namespace lexgraph
