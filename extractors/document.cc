#include "extractors/document.h"

#include "extractors/citations.h"
#include "extractors/normalize.h"

namespace lexgraph {

std::vector<Mention> ExtractDocument(const MappedText& normalized) {
  return ExtractCitations(StripMarkup(normalized));
}

}  // namespace lexgraph
