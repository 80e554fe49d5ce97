// The body that issued the source, as its header names it above the "Số:"
// line: the left cell of the header table, written in capitals over one to
// three lines ("ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ", "HỘI ĐỒNG NHÂN / DÂN /
// THÀNH PHỐ HÀ NỘI", "BAN CHẤP HÀNH / TRUNG ƯƠNG", "CHÍNH PHỦ -------").
// Internal to extractors/; pure; thread-safe (patterns are per thread).
#pragma once

#include <optional>
#include <string_view>

#include "extractors/mapped_text.h"
#include "extractors/mention.h"

namespace lexgraph {

struct SelfIssuer {
  int row = -1;                // row of IssuerNames()
  Span span;                   // the name as written, offsets in `folded`
  std::string_view place;      // the province after a local body: "Cần Thơ"
};

// How far above the "Số:" line the header's issuer may stand.
inline constexpr size_t kIssuerReach = 1500;

// The issuer named in the capital lines above `code_at` (the source's own
// code; its line counts up to its "Số", for cells the converter ran
// together). The national mottos ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
// NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"), rules ("-----", "*") and lines with small
// letters part the header into blocks; the block nearest the code that names
// a body decides. A body followed by a unit under it that the issuer table
// does not know ("TỈNH ỦY KIÊN GIANG / BAN DÂN VẬN", "UBND TỈNH X / SỞ TÀI
// CHÍNH") gives nothing rather than the parent body. nullopt when the
// header names no body the table knows. `folded` is text after FoldForMatch.
std::optional<SelfIssuer> FindSelfIssuer(std::string_view folded, size_t code_at);

// Sets `self`'s issuer, issuer_span and issuer_place from the header of the
// document `norm` (whole, not one outline unit: the header's cells are
// units of their own). Leaves them as they are when the header names none.
// REQUIRES: `self` is the source's own mention (kind kSelf) of `norm`.
void ReadSelfIssuer(const MappedText& norm, Mention& self);

}  // namespace lexgraph
