// The issuing bodies a person asks about, as one data table: each body's
// canonical name (as documents' issuers are stored), the body it sits under,
// and the aliases and abbreviations people type. A body includes the bodies
// under it, and the documents whose number names it by code when their text
// names no body (…/TU -> Tỉnh ủy, NĐ-CP -> Chính phủ, …/TW -> Trung ương).
//
//   Trung ương            Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư
//   Tỉnh ủy               Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy (Thành ủy)
//   Huyện ủy, Quận ủy, Đảng ủy   their Ban Thường vụ
//   Quốc hội              Ủy ban Thường vụ Quốc hội
//   Chính phủ             Thủ tướng Chính phủ (head of the Government; his
//                         Chỉ thị and Quyết định are the Government's acts)
//   Hội đồng nhân dân     of a province, of a district
//   Ủy ban nhân dân       of a province, of a district, and its Chủ tịch
// Boards and offices with their own codes (BTGTW, UBKTTU, VPCP, ministries)
// stand alone: "Trung ương" means TW documents, not every central board.
// "BCT" typed by a person is Bộ Chính trị (Party usage), not the ministry
// whose State code is BCT. Immutable tables; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace lexgraph {

struct IssuingBody {
  std::string_view name;     // canonical: "Ban Bí thư"
  std::string_view parent;   // the body it sits under; "" for a root
  std::string_view aliases;  // '|'-separated: "BBT|Ban Bí thư Trung ương Đảng"
};
std::span<const IssuingBody> IssuingBodies();

// What a query for one body reads: its stored issuer names and codes.
struct BodyScope {
  std::string name;                // the canonical name asked for
  std::vector<std::string> names;  // it and every body under it, table order
  std::vector<std::string> codes;  // issuer codes (extractors/patterns.h) naming one of `names`
};

// The body `typed` names: a table name or alias, else an issuer name the
// extractor knows, else an issuer code ("BTGTW"); compared after FoldName.
// NotFound if none matches.
Result<BodyScope> ResolveBody(std::string_view typed);

// The scope of a stored issuer name no table knows: itself only.
BodyScope LeafScope(std::string_view name);

// The canonical names of the known bodies closest to `typed` (containment
// first, then edit distance of the folded spellings), at most `limit`.
std::vector<std::string> ClosestBodies(std::string_view typed, size_t limit);

// The body `name` sits under in the table; "" for a root or an unknown name.
std::string_view ParentBody(std::string_view name);

// An issuer code without its legislature number: "UBTVQH11" -> "UBTVQH".
std::string_view CodeStem(std::string_view code);

}  // namespace lexgraph
