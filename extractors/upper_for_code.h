// UpperForCode: a code typed in lower case in the capitals the code readers
// of codes.h expect ("nđ-cp" -> "NĐ-CP", "65-kl/tw" -> "65-KL/TW"; Unicode
// upper case through ICU). Invalid UTF-8 comes back with U+FFFD; the byte
// length may differ from the input's. Pure function; thread-safe.
// (Names typed by people are compared through queries/fold_name.h.)
#pragma once

#include <string>
#include <string_view>

namespace lexgraph {

std::string UpperForCode(std::string_view text);

}  // namespace lexgraph
