#include "formats/docx_numbering.h"

#include "formats/docx_xml.h"

namespace lexgraph::formats {
namespace {

std::string Roman(int value) {
  static constexpr std::pair<int, const char*> kDigits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [n, s] : kDigits) {
    while (value >= n) {
      out += s;
      value -= n;
    }
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

}  // namespace

std::string FormatCounter(int value, std::string_view num_format) {
  if (value < 1 && num_format != "decimal" && num_format != "decimalZero") {
    return std::to_string(value);
  }
  if (num_format == "lowerLetter" || num_format == "upperLetter") {
    // Word writes 27 as "aa", 53 as "aaa".
    const char letter = static_cast<char>((num_format == "lowerLetter" ? 'a' : 'A') + (value - 1) % 26);
    return std::string(static_cast<size_t>((value - 1) / 26 + 1), letter);
  }
  if (num_format == "upperRoman") return Roman(value);
  if (num_format == "lowerRoman") return Lower(Roman(value));
  if (num_format == "decimalZero" && value < 10 && value >= 0) return "0" + std::to_string(value);
  return std::to_string(value);
}

DocxNumbering::DocxNumbering(std::string_view numbering_xml, std::string_view styles_xml) {
  pugi::xml_document doc;
  if (!numbering_xml.empty()) {
    (void)doc.load_buffer(numbering_xml.data(), numbering_xml.size());
    for (pugi::xml_node n : doc.document_element().children()) {
      const std::string_view name = LocalName(n.name());
      if (name == "abstractNum") {
        Abstract& a = abstracts_[IntAttr(n, "abstractNumId", -1)];
        for (pugi::xml_node lvl : n.children()) {
          if (LocalName(lvl.name()) != "lvl") continue;
          const int ilvl = IntAttr(lvl, "ilvl", -1);
          if (ilvl < 0 || ilvl > 8) continue;
          Level& l = a.levels[static_cast<size_t>(ilvl)];
          l.start = IntAttr(Child(lvl, "start"), "val", 1);
          if (pugi::xml_node f = Child(lvl, "numFmt")) l.format = Attr(f, "val");
          l.text = Attr(Child(lvl, "lvlText"), "val");
          l.legal = static_cast<bool>(Child(lvl, "isLgl"));
        }
      } else if (name == "num") {
        Num& num = nums_[IntAttr(n, "numId", -1)];
        num.abstract_id = IntAttr(Child(n, "abstractNumId"), "val", -1);
        for (pugi::xml_node o : n.children()) {
          if (LocalName(o.name()) != "lvlOverride") continue;
          if (pugi::xml_node s = Child(o, "startOverride")) {
            num.start_overrides[IntAttr(o, "ilvl", 0)] = IntAttr(s, "val", 1);
          }
        }
      }
    }
  }
  if (!styles_xml.empty()) {
    pugi::xml_document styles;
    (void)styles.load_buffer(styles_xml.data(), styles_xml.size());
    for (pugi::xml_node s : styles.document_element().children()) {
      if (LocalName(s.name()) != "style") continue;
      pugi::xml_node num_pr = Child(Child(s, "pPr"), "numPr");
      if (!num_pr) continue;
      const int num_id = IntAttr(Child(num_pr, "numId"), "val", 0);
      const int ilvl = IntAttr(Child(num_pr, "ilvl"), "val", 0);
      if (num_id > 0) style_numbering_[Attr(s, "styleId")] = {num_id, ilvl};
    }
  }
}

std::optional<std::pair<int, int>> DocxNumbering::StyleNumbering(const std::string& style_id) const {
  auto it = style_numbering_.find(style_id);
  if (it == style_numbering_.end()) return std::nullopt;
  return it->second;
}

std::string DocxNumbering::NextLabel(int num_id, int ilvl) {
  if (num_id <= 0 || ilvl < 0 || ilvl > 8) return "";
  auto num_it = nums_.find(num_id);
  if (num_it == nums_.end()) return "";
  const Num& num = num_it->second;
  auto abs_it = abstracts_.find(num.abstract_id);
  if (abs_it == abstracts_.end()) return "";
  const Abstract& a = abs_it->second;
  const size_t level = static_cast<size_t>(ilvl);
  const Level& l = a.levels[level];
  if (l.format == "bullet") return ilvl == 0 ? "-" : "+";

  const bool own = !num.start_overrides.empty();
  Counters& c = counters_[own ? -1 - num_id : num.abstract_id];
  auto start_of = [&](size_t lv) {
    auto o = num.start_overrides.find(static_cast<int>(lv));
    return o != num.start_overrides.end() ? o->second : a.levels[lv].start;
  };
  if (c.started[level]) {
    ++c.value[level];
  } else {
    c.value[level] = start_of(level);
    c.started[level] = true;
  }
  for (size_t deeper = level + 1; deeper < 9; ++deeper) c.started[deeper] = false;
  if (l.format == "none") return "";

  std::string label;
  for (size_t i = 0; i < l.text.size(); ++i) {
    const char ch = l.text[i];
    if (ch == '%' && i + 1 < l.text.size() && l.text[i + 1] >= '1' && l.text[i + 1] <= '9') {
      const size_t lv = static_cast<size_t>(l.text[++i] - '1');
      if (!c.started[lv]) {  // a shallower level never used: Word shows its start
        c.value[lv] = start_of(lv);
        c.started[lv] = true;
      }
      const Level& shown = a.levels[lv];
      label += FormatCounter(c.value[lv], l.legal && lv < level ? "decimal" : shown.format);
    } else {
      label += ch;
    }
  }
  return label;
}

}  // namespace lexgraph::formats
