// Normalize, StripMarkup and FoldForMatch on any bytes: no crash, and when the
// bytes are accepted every byte of each text maps into the input, in order.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/normalize.h"
#include "fuzz/fuzz_check.h"

namespace {

void CheckMapped(const lexgraph::MappedText& t, size_t input_size) {
  FUZZ_CHECK(t.map.text_size() == t.text.size() || t.text.empty());
  size_t last = 0;
  for (size_t i = 0; i < t.text.size(); ++i) {
    lexgraph::Span s = t.ToSource({i, i + 1});
    FUZZ_CHECK(s.start <= s.end && s.end <= input_size);
    FUZZ_CHECK(s.start >= last || s.start + 1 >= last);
    last = s.start;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  lexgraph::Result<lexgraph::MappedText> norm = lexgraph::Normalize(bytes, "fuzz");
  if (!norm.ok()) {
    FUZZ_CHECK(!norm.status().message().empty());
    return 0;
  }
  CheckMapped(*norm, size);
  lexgraph::MappedText plain = lexgraph::StripMarkup(*norm);
  CheckMapped(plain, size);
  std::string folded = lexgraph::FoldForMatch(plain.text);
  FUZZ_CHECK(folded.size() == plain.text.size());
  return 0;
}
