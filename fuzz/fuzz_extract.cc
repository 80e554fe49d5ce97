// ExtractDocument on any text Normalize accepts: no crash, and every mention's
// spans lie in the input, in text order, its head non-empty.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "fuzz/fuzz_check.h"

namespace {
void CheckSpan(lexgraph::Span s, size_t size) { FUZZ_CHECK(s.start <= s.end && s.end <= size); }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lexgraph::Result<lexgraph::MappedText> norm = lexgraph::Normalize(bytes, "fuzz");
  if (!norm.ok()) return 0;
  size_t last = 0;
  for (const lexgraph::Mention& m : lexgraph::ExtractDocument(*norm)) {
    CheckSpan(m.head, size);
    FUZZ_CHECK(m.head.start < m.head.end);
    FUZZ_CHECK(m.head.start >= last);
    last = m.head.start;
    CheckSpan(m.date_span, size);
    CheckSpan(m.issuer_span, size);
    CheckSpan(m.subject_span, size);
  }
  return 0;
}
