// Reading one input whole: a file path, or "-" for standard input. Errors name
// the input and the reason ("report.md: cannot open: No such file or
// directory"). Files larger than kMaxInputBytes are refused, not truncated.
#pragma once

#include <string>

#include "base/status.h"
#include "formats/plain_text.h"

namespace lexgraph::app {

inline constexpr size_t kMaxInputBytes = size_t{1} << 30;  // 1 GiB

Result<std::string> ReadInput(const std::string& path);

// ReadInput, then the bytes as the text the extractors read: DOCX (and the
// other formats of formats/convert.h) converted, text as it is. Offsets into
// the result are offsets into PlainText::text. Errors name the input.
Result<formats::PlainText> ReadDocument(const std::string& path);

}  // namespace lexgraph::app
