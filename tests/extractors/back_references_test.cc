#include "extractors/back_references.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "tests/testing/extract_helpers.h"

namespace lexgraph {
namespace {

// "head|type|refers" of each back reference in `text`, through the whole
// pipeline as `lexgraph extract` runs it.
std::vector<std::string> BackReferences(const std::string& text) {
  Result<MappedText> norm = Normalize(text, "test");
  REQUIRE(norm.ok());
  std::vector<std::string> out;
  for (const Mention& m : ExtractDocument(*norm)) {
    if (m.kind != MentionKind::kBackReference) continue;
    CHECK(testing::Slice(text, m.head) == m.text);  // spans are bytes of the input
    out.push_back(m.text + "|" + m.type + "|" + m.refers);
  }
  return out;
}

TEST_CASE("Back references: a type word with này, trên, nói trên, nêu trên", "[extractors][back]") {
  struct Case {
    const char* text;
    std::vector<std::string> found;
  };
  const Case cases[] = {
      // Sentences of ../shared/corpus/real/.
      {"Các cấp uỷ, tổ chức đảng căn cứ Kết luận này để cụ thể hoá và tổ chức thực hiện.",
       {"Kết luận này|Kết luận|this"}},
      {"**Điều 1.** Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.",
       {"Nghị quyết này|Nghị quyết|this"}},
      {"Để triển khai thi hành Luật này, Bộ Nội vụ được giao xây dựng.", {"Luật này|Luật|this"}},
      {"theo quy định tại khoản 3 và khoản 4 Điều 4 của Quy chế này; hướng dẫn giảng dạy",
       {"Quy chế này|Quy chế|this"}},
      {"Thông báo kết luận này được gửi tới các chi bộ.",
       {"Thông báo kết luận này|Thông báo kết luận|this"}},
      // The forms of conventions.md and their variants.
      {"Thực hiện Kết luận trên, Tỉnh ủy đã chỉ đạo.", {"Kết luận trên|Kết luận|above"}},
      {"Quyết định nói trên được sửa đổi.", {"Quyết định nói trên|Quyết định|above"}},
      {"các Chỉ thị nêu trên vẫn còn hiệu lực", {"Chỉ thị nêu trên|Chỉ thị|above"}},
      {"thực hiện Nghị quyết đã nêu.", {"Nghị quyết đã nêu|Nghị quyết|above"}},
      {"Kế hoạch này và Chương trình trên.",
       {"Kế hoạch này|Kế hoạch|this", "Chương trình trên|Chương trình|above"}},
      // Not back references.
      {"triển khai Kế hoạch trên địa bàn tỉnh", {}},     // "trên địa bàn": on the territory
      {"quyết định này của cấp ủy", {}},                 // no capital: a decision, not a document
      {"Nghị quyết nàyy", {}},                           // no word ends there
      {"ANghị quyết này", {}},                           // no word starts there
      {"Đề án trên cơ sở rà soát", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(BackReferences(c.text) == c.found);
  }
}

TEST_CASE("Back references keep offsets into NFD input and stand in text order with citations",
          "[extractors][back]") {
  // "Nghị quyết" in NFD: ị is i + U+0323, ế is e + U+0302 + U+0301.
  const std::string nfd_head = "Ngh\x69\xcc\xa3 quy\x65\xcc\x82\xcc\x81t này";
  const std::string input = "Theo Nghị quyết số 25-NQ/TW; " + nfd_head + " nêu.";
  Result<MappedText> nfd = Normalize(input, "t");
  REQUIRE(nfd.ok());
  std::vector<Mention> back;
  for (Mention& m : ExtractDocument(*nfd)) {
    if (m.kind == MentionKind::kBackReference) back.push_back(m);
  }
  REQUIRE(back.size() == 1);
  CHECK(back[0].text == "Nghị quyết này");
  CHECK(testing::Slice(input, back[0].head) == nfd_head);

  Result<MappedText> norm = Normalize("Nghị quyết số 25-NQ/TW. Nghị quyết này rõ.", "t");
  REQUIRE(norm.ok());
  std::vector<Mention> all = ExtractDocument(*norm);
  REQUIRE(all.size() == 2);
  CHECK(all[0].kind == MentionKind::kNumbered);
  CHECK(all[1].kind == MentionKind::kBackReference);
}

TEST_CASE("Back references are read to each piece's last bytes and never past them",
          "[extractors][back]") {
  // The unit's first piece ends with a reference, at every place of the
  // sixteen-byte scan; the second piece stops just before the closing word
  // that follows it in the text, which is not the unit's.
  for (size_t pad = 0; pad < 40; ++pad) {
    INFO("pad " << pad);
    std::string text = std::string(pad, 'x') + " Kết luận này\nvà Quyết định nói trên đây";
    MappedText norm = MappedText::Identity(text);
    size_t line = text.find('\n');
    size_t cut = text.find(" nói trên");
    std::vector<Span> pieces = {{0, line}, {line + 1, cut}};
    TextUnit unit;
    unit.pieces = pieces;
    std::vector<Mention> found = FindBackReferences(norm, unit);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "Kết luận này");
    CHECK(found[0].head.end == line);
    pieces[1].end = text.size();  // the whole line: "Quyết định nói trên" is found
    CHECK(FindBackReferences(norm, unit).size() == 2);
  }
}

}  // namespace
}  // namespace lexgraph
