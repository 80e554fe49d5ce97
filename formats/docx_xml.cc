#include "formats/docx_xml.h"

#include <cstdlib>
#include <cstring>

namespace lexgraph::formats {

std::string_view LocalName(const char* qualified) {
  const char* colon = std::strchr(qualified, ':');
  return colon != nullptr ? std::string_view(colon + 1) : std::string_view(qualified);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == name) return c;
  }
  return {};
}

const char* Attr(pugi::xml_node node, std::string_view name) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (LocalName(a.name()) == name) return a.value();
  }
  return "";
}

int IntAttr(pugi::xml_node node, std::string_view name, int fallback) {
  const char* v = Attr(node, name);
  if (*v == '\0') return fallback;
  char* end = nullptr;
  const long n = std::strtol(v, &end, 10);
  return end != v ? static_cast<int>(n) : fallback;
}

}  // namespace lexgraph::formats
