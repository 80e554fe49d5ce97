#include "extractors/outline.h"

#include "extractors/outline_builder.h"
#include "extractors/outline_lines.h"
#include "extractors/outline_marker.h"

namespace lexgraph {

const char* NodeKindName(NodeKind kind) {
  static constexpr const char* kNames[] = {
      "document",  "header",   "title",    "preamble",  "part",      "chapter", "subchapter",
      "article",   "clause",   "point",    "roman",     "arabic",    "letter",  "item",
      "paragraph", "footnote", "appendix", "signature", "recipients"};
  return kNames[static_cast<int>(kind)];
}

Outline BuildOutline(const MappedText& norm) {
  using namespace outline_internal;
  std::vector<Segment> segments = SplitSegments(norm.text);
  std::vector<Marker> markers;
  markers.reserve(segments.size());
  for (const Segment& seg : segments) markers.push_back(ReadMarker(norm.text, seg));
  OutlineBuilder builder(norm.text);
  for (size_t i = 0; i < segments.size(); ++i) {
    bool next_is_note = i + 1 < segments.size() && markers[i + 1].kind == MarkerKind::kFootnote;
    builder.Add(segments[i], markers[i], next_is_note);
  }
  return FinishOutline(norm, std::move(builder).Finish());
}

}  // namespace lexgraph
