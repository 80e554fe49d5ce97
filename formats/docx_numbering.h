// DocxNumbering: Word's automatic list numbering (word/numbering.xml, and
// numbering set on paragraph styles in word/styles.xml) rendered as the
// labels a reader sees, so the outline reads the document's own numbering:
// "1.", "1.2.", "a)", "II-" from each level's lvlText and numFmt; bullets
// become "-" (first level) and "+" (deeper levels).
//
// Counters follow Word: a list (abstractNum) counts on across the num
// instances that share it unless a num restarts a level (startOverride);
// a level's counter restarts when a shallower level of the list moves on.
// Not thread-safe; one per document.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lexgraph::formats {

class DocxNumbering {
 public:
  // Either part may be empty (the document has no lists, or no styles).
  // Malformed XML in either is read as far as it parses.
  DocxNumbering(std::string_view numbering_xml, std::string_view styles_xml);

  // The numbering a paragraph style carries (numId, ilvl), if any.
  std::optional<std::pair<int, int>> StyleNumbering(const std::string& style_id) const;

  // The label of the next paragraph numbered (num_id, ilvl), counters
  // advanced; "" when num_id is 0 or unknown, or the level shows nothing.
  std::string NextLabel(int num_id, int ilvl);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  // numFmt
    std::string text;                // lvlText, "%1." ...
    bool legal = false;              // isLgl: every level written in decimal
  };
  struct Abstract {
    std::array<Level, 9> levels;
  };
  struct Num {
    int abstract_id = -1;
    std::map<int, int> start_overrides;  // ilvl -> start
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };

  std::map<int, Abstract> abstracts_;
  std::map<int, Num> nums_;
  std::map<std::string, std::pair<int, int>> style_numbering_;
  // Keyed by abstractNum id, or by -1 - numId for a num that restarts levels.
  std::map<int, Counters> counters_;
};

// A counter written in a Word number format: decimal, decimalZero,
// lowerLetter, upperLetter, lowerRoman, upperRoman (others as decimal).
std::string FormatCounter(int value, std::string_view num_format);

}  // namespace lexgraph::formats
