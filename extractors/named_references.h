// Named references: documents cited by name, without a number ("Nghị quyết
// Đại hội XIII của Đảng", "Nghị quyết Trung ương 4, khóa XII", "Luật Tiếp
// công dân", "Luật Đất đai năm 2024", "Điều lệ Đảng", "Hiến pháp năm 2013").
// Internal to extractors/.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/tail.h"

namespace lexgraph {

// Every named reference in `folded`, in text order, as candidates of kind
// kNamed with their head, type, term and the facts after them.
std::vector<Candidate> FindNamedReferences(std::string_view folded);

}  // namespace lexgraph
