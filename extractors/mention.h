// Mention: one citation of a document as the text states it. Values are as
// written (NFC) or canonical names from the tables in extractors/patterns.h;
// an empty string or an empty optional means the text does not say
// (rendered as null, never invented). Spans are byte ranges of the file as read.
#pragma once

#include <optional>
#include <string>

#include "extractors/mapped_text.h"

namespace lexgraph {

// A calendar date as written; month and day are 1-based.
struct Date {
  int year = 0, month = 0, day = 0;
  std::string Iso() const;  // "2009-12-08"
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;
};

enum class MentionKind {
  kNumbered,  // a number is written: "Kết luận số 62-KL/TW", "Nghị quyết 24 khóa IX"
  kNamed,     // a name without a number: "Nghị quyết Đại hội XIII của Đảng", "Luật Đất đai"
  kSelf,      // the source's own number, in its header
  kBackReference,  // "Nghị quyết này", "Kết luận trên": no number; see `refers`
};
// "numbered", "named", "self", "back-reference"
const char* MentionKindName(MentionKind kind);

struct Mention {
  MentionKind kind = MentionKind::kNumbered;
  Span head;                // type word (or code) .. last byte of the number or code
  std::string text;         // the head as written, NFC
  std::string type;         // canonical type word: "Kết luận", "Thông báo kết luận"
  std::string type_code;    // "KL", "TB", "QĐi", "NĐ": from the code, else from the type word
  std::optional<int> number;
  std::string code;         // số/ký hiệu as written (NFC): "62-KL/TW", "16/CT-TTg"
  std::string issuer_code;  // the part of the code naming the issuer: "TW", "TU", "CP"
  std::optional<Date> date;
  std::optional<int> year;  // of the date, else from a code that carries it
  std::string issuer;       // canonical name of the body as stated: "Bộ Chính trị"
  std::string issuer_place;  // the province named after a local body: "Long An"
  std::string term;         // Roman numeral as stated: "X"
  std::string subject;      // "về …" to the end of its clause, without "về"
  std::string title;        // for named references: the name as written, or in the capitals
                            // of the known law names when it is one ("Luật Ngân sách nhà nước")
  bool short_form = false;  // "Quy định 377", "NQ 57": a number without a code or term
  const char* refers = nullptr;  // back references: "this" (này) or "above" (trên)

  // Where the mention stands; filled by the outline, empty before.
  std::string section;
  std::optional<int> footnote;

  // Extra spans, empty when absent.
  Span date_span, issuer_span, subject_span;
};

}  // namespace lexgraph
