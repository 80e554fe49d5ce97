// The tables of how Vietnamese Party and State documents are named and
// numbered (../shared/docs/conventions.md), kept as data: a new type or issuer
// is a one-line change in patterns.cc. Lookups are exact on the canonical
// spelling after CanonicalCode(); all tables are immutable.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace lexgraph {

// A type word as written before a number: "Thông báo kết luận", "Nghị định".
struct TypeWord {
  std::string_view name;     // canonical spelling
  std::string_view pattern;  // RE2 fragment matching its spellings (after FoldForMatch)
  std::string_view code;     // the type code it implies when no code is written
};
std::span<const TypeWord> TypeWords();

// A type code as written in a số/ký hiệu: "KL", "QĐi", "NĐ".
struct TypeCode {
  std::string_view code;  // canonical: "QĐi"
  std::string_view name;  // the type it names: "Quy định"
  bool party;             // used in Party codes (number-TYPE/ISSUER)
  bool state;             // used in State codes (number/[year/]TYPE-ISSUER)
};
std::span<const TypeCode> TypeCodes();
const TypeCode* FindTypeCode(std::string_view canonical_code);

// An issuing body as named in running text ("của Ban Bí thư Trung ương Đảng").
struct IssuerName {
  std::string_view name;     // canonical: "Ban Bí thư"
  std::string_view pattern;  // RE2 fragment matching its spellings (after FoldForMatch)
};
std::span<const IssuerName> IssuerNames();

// An issuer code as written in a số/ký hiệu: "TW", "TU", "CP", "TTg".
struct IssuerCode {
  std::string_view code;
  std::string_view body;  // what it names: "Trung ương", "Tỉnh ủy", "Chính phủ"
  bool party;
};
std::span<const IssuerCode> IssuerCodes();
const IssuerCode* FindIssuerCode(std::string_view canonical_code);

// Canonical spelling of a code part as written: OCR and spacing variants made
// regular ("QD" -> "QĐ", "QĐI" -> "QĐi", "Tu" -> "TU", "TƯ" -> "TW").
// Unknown parts come back unchanged.
std::string CanonicalTypeCode(std::string_view written);
std::string CanonicalIssuerCode(std::string_view written);

// Names of laws and codes in force or often cited, without "Luật"/"Bộ luật"
// ("Đất đai", "Bảo hiểm xã hội"). A law named in running text is cut back to
// the longest of these its words begin with, so the sentence after it is not
// taken for its name.
std::span<const std::string_view> KnownLawNames();

// Months written as words ("tháng bốn", "tháng giêng"): 1..12, or 0.
int MonthFromWord(std::string_view folded_lower_word);

// A Roman numeral "I".."C" as used for terms: its value, or 0 if malformed.
int RomanValue(std::string_view roman);

}  // namespace lexgraph
