// Small helpers for WordprocessingML read with pugixml, which does not know
// namespaces: elements and attributes are matched by their local name
// ("w:p" and "p" alike), as documents written by other programs may bind the
// main namespace to another prefix. Pure; thread-safe.
#pragma once

#include <pugixml.hpp>

#include <string_view>

namespace lexgraph::formats {

std::string_view LocalName(const char* qualified);

// The first child element with local name `name` (null node if none).
pugi::xml_node Child(pugi::xml_node node, std::string_view name);

// The value of the attribute with local name `name` ("" if none).
const char* Attr(pugi::xml_node node, std::string_view name);

// The integer value of attribute `name`, or `fallback`.
int IntAttr(pugi::xml_node node, std::string_view name, int fallback);

}  // namespace lexgraph::formats
