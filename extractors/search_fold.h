// Folds for what people type into a query: "Kết luận", "KẾT LUẬN", "ket luan"
// and "kết luận" are one phrase; "65-kl/tw" reads as "65-KL/TW".
//   FoldForSearch  lower case, every diacritic dropped (tone marks, the
//                  hat, the horn and the breve), đ -> d: "Khoá IX" -> "khoa ix".
//   UpperForCode   upper case (Unicode): "nđ-cp" -> "NĐ-CP", so the code
//                  readers of codes.h, which expect written capitals, accept it.
// Both take UTF-8 (invalid bytes pass through as U+FFFD) and return UTF-8; the
// byte lengths may differ from the input's. Pure functions; thread-safe (ICU).
#pragma once

#include <string>
#include <string_view>

namespace lexgraph {

std::string FoldForSearch(std::string_view text);
std::string UpperForCode(std::string_view text);

}  // namespace lexgraph
