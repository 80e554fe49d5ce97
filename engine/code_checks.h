// Code checks: what a canonical số/ký hiệu says by its parts, and whether
// the words around a citation agree with it (conventions.md, "Two numbering
// systems", "Party issuers", "State types and issuers"). Used by resolution
// (the typo rule) and by the consistency findings. Pure functions over the
// tables of extractors/patterns.h and one table of issuer families here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lexgraph {

// The parts of a canonical code: "62-KL/TW" -> party, type "KL", issuer
// "TW"; "34/2007/PL-UBTVQH11" -> type "PL", issuer "UBTVQH11";
// "4919/VPCP-KTTH" (a công văn: ISSUER-UNIT) -> type "", issuer "VPCP".
struct CodeShape {
  bool party = false;
  std::string type;    // "" when the code writes none
  std::string issuer;  // as written in the code
};
CodeShape ShapeOfCode(std::string_view canonical_code);

// The year a State code carries: 2015 for "04/2015/NĐ-CP"; none for a
// Party code ("62-KL/TW") or a code without one ("16/CT-TTg").
std::optional<int> YearOfCode(std::string_view canonical_code);

// The issuer family of a code's issuer part: "TW" for central Party
// bodies, "TU" for provincial committees, "HU", "ĐU", ..., "QH" for
// "QH14", "UBTVQH" for "UBTVQH11"; "" when the tables do not know it.
std::string IssuerFamilyOfCode(std::string_view issuer_code);

// True if the tables know a code's issuer part, or each body of a joint
// one ("BQP-BLĐTBXH-BTC" of a thông tư liên tịch).
bool IsKnownIssuerCode(std::string_view issuer_code);

// The issuer family a stated body implies ("Ban Thường vụ Tỉnh ủy" -> "TU",
// "Bộ Chính trị" -> "TW", "Thủ tướng Chính phủ" -> "TTg"); "" when the table
// has no row for it (then nothing can contradict the code).
std::string IssuerFamilyOfName(std::string_view canonical_body);

// True iff the stated body and the code's issuer are known and disagree.
bool IssuerContradictsCode(std::string_view body, std::string_view issuer_code);

// True iff the type word and the code's type are both known and disagree
// ("Kết luận" with TB). "Quy định" agrees with QĐ, QĐi and QyĐ.
bool TypeWordContradictsCode(std::string_view type_word, std::string_view type_code);

// True iff `type_code` is in the type table for its system (Party / State).
bool IsKnownTypeCode(std::string_view type_code, bool party);

}  // namespace lexgraph
