// A body typed with its province ("UBND tỉnh Cần Thơ", "Tỉnh ủy Kiên Giang",
// "hdnd tp ha noi"): the body and the province apart, so that a query for a
// local body lists that province's documents only (their keys end with
// "#Province", engine/identity.h). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lexgraph {

struct TypedPlace {
  std::string body;   // what stands before the province, as typed: "UBND tỉnh"
  std::string place;  // the province's canonical name: "Cần Thơ"; "" when none ends `typed`
};

// Compares after FoldName, so case, tone marks and đ need not be typed.
// A body of nothing ("Cần Thơ" alone) is not split.
TypedPlace SplitTypedPlace(std::string_view typed);

// `body` without a trailing "tỉnh", "thành phố" or "tp" ("UBND TP" -> "UBND");
// `body` itself when it has none.
std::string WithoutUnitWord(std::string_view body);

}  // namespace lexgraph
