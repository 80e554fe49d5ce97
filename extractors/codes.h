// Số/ký hiệu: finding and reading the codes of Party and State documents
// ("62-KL/TW", "04/2015/NĐ-CP", "16/CT-TTg", "4919/VPCP-KTTH"), with their
// OCR and spacing variants ("368- QĐ/TW", "135/2020/NĐ -CP", "104-CTr/Tu").
// Periods ("2016-2020"), dates, phone numbers and money are never codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/mapped_text.h"

namespace lexgraph {

struct CodeParts {
  Span span;                // in the searched text
  int number = 0;
  std::string type_code;    // canonical: "QĐi"; "CV" for a công văn; "" for a law
  std::string issuer_code;  // canonical: "TU", "CP", "UBTVQH11", "TTg"
  std::optional<int> year;  // from a State code that carries one
  bool party = false;       // number-TYPE/ISSUER
};

// The code starting exactly at `at` of `folded` (after FoldForMatch), if one does.
std::optional<CodeParts> ParseCodeAt(std::string_view folded, size_t at);

// The code as written, with blank space inside it removed: "368-QĐ/TW".
std::string CompactCode(std::string_view written);

}  // namespace lexgraph
