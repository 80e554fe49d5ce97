// ParseReference on anything a person could type: no crash; an accepted
// reference states something, a refused one says why.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "queries/reference.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  lexgraph::Result<lexgraph::Reference> ref = lexgraph::ParseReference(text);
  if (!ref.ok()) {
    FUZZ_CHECK(!ref.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(!ref->id.empty() || !ref->code.empty() || ref->number.has_value() ||
             !ref->title.empty() || !ref->type.empty() || !ref->type_code.empty());
  return 0;
}
