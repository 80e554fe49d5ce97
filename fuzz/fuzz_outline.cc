// BuildOutline on any text Normalize accepts: no crash, every node's span lies
// in the input, parents and children agree, no node is deeper than
// kMaxOutlineDepth, and units name existing nodes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/normalize.h"
#include "extractors/outline.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lexgraph::Result<lexgraph::MappedText> norm = lexgraph::Normalize(bytes, "fuzz");
  if (!norm.ok()) return 0;
  lexgraph::Outline o = lexgraph::BuildOutline(*norm);
  FUZZ_CHECK(!o.nodes.empty());
  for (size_t i = 0; i < o.nodes.size(); ++i) {
    const lexgraph::OutlineNode& n = o.nodes[i];
    FUZZ_CHECK(n.span.start <= n.span.end && n.span.end <= size);
    FUZZ_CHECK((i == 0) == (n.parent < 0));
    if (n.parent >= 0) FUZZ_CHECK(static_cast<size_t>(n.parent) < o.nodes.size());
    int depth = 0;
    for (int p = n.parent; p >= 0 && depth <= lexgraph::kMaxOutlineDepth; p = o.nodes[p].parent) {
      ++depth;
    }
    FUZZ_CHECK(depth <= lexgraph::kMaxOutlineDepth);
    for (int c : n.children) {
      FUZZ_CHECK(c > 0 && static_cast<size_t>(c) < o.nodes.size());
      FUZZ_CHECK(o.nodes[c].parent == static_cast<int>(i));
    }
  }
  for (const lexgraph::TextUnit& u : o.units) {
    FUZZ_CHECK(u.node >= 0 && static_cast<size_t>(u.node) < o.nodes.size());
    for (lexgraph::Span p : u.pieces) FUZZ_CHECK(p.start <= p.end && p.end <= norm->text.size());
  }
  for (int t : o.tasks) FUZZ_CHECK(t > 0 && static_cast<size_t>(t) < o.nodes.size());
  return 0;
}
