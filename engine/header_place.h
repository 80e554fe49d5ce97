// The place a source's header names before its date ("Cần Thơ, ngày 05
// tháng 3 năm 2025" -> "Cần Thơ"): the province of the body that issued it,
// which identity gives to the local bodies the source cites (conventions.md:
// "the province must come from context, e.g. the report's own province").
// Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "extractors/mention.h"

namespace lexgraph {

// The place written on the line of `self`'s date, before it: one to four
// words, each beginning with a capital letter; "" when the header writes none.
// REQUIRES: `self` is the source's own mention (kind kSelf) over `bytes`.
std::string PlaceOfHeader(std::string_view bytes, const Mention& self);

}  // namespace lexgraph
