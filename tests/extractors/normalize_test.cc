#include "extractors/normalize.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>

#include "base/utf8.h"
#include "extractors/normalize_survey.h"
#include "tests/testing/test_random.h"

namespace lexgraph {
namespace {

// SurveyBytes' answer worked out a character at a time from ICU's properties.
ByteSurvey SurveyByCharacter(std::string_view bytes) {
  ByteSurvey s;
  s.invalid = FirstInvalidUtf8(bytes);
  if (s.invalid != std::string_view::npos) return s;
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  for (uint8_t byte : bytes) s.may_unify |= MayUnify(byte);
  for (int32_t i = 0, n = static_cast<int32_t>(bytes.size()); i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    bool stable = c < 0x10000 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                  u_getCombiningClass(c) == 0;
    s.surely_nfc &= stable;
  }
  return s;
}

TEST_CASE("SurveyBytes agrees with a survey character by character", "[extractors][utf8]") {
  // Vietnamese letters (which the block path takes), quotes, NBSP, CR, a
  // combining mark, a compatibility character, a character beyond the BMP;
  // then random bytes written over random places.
  const std::string text =
      "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X) về “Đề án” ơ ư Ư đ Đ "
      "ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ "
      "a\xC2\xA0" "b\r\n a\xCC\x81 \xE2\x84\xAB \xF0\x9F\x98\x80 \x1F" " end";
  testing::TestRandom random(777);
  for (int round = 0; round < 100000; ++round) {
    std::string s = random.WithBytesChanged(text, 0, 2);
    s = s.substr(random.Next() % 40, 40 + random.Next() % 300);
    for (char& c : s) c = c == '\0' ? ' ' : c;  // REQUIRES: no NUL
    ByteSurvey want = SurveyByCharacter(s);
    ByteSurvey got = SurveyBytes(s);
    INFO("round " << round);
    REQUIRE(got.invalid == want.invalid);
    if (want.invalid != std::string_view::npos) continue;
    // surely_nfc may say false where the text is NFC ("says nothing"), but
    // never true where a character is not stable; here it must be exact.
    REQUIRE(got.surely_nfc == want.surely_nfc);
    REQUIRE(got.may_unify == want.may_unify);
  }
}

TEST_CASE("Normalize names the byte offset of invalid UTF-8", "[extractors]") {
  struct Case {
    std::string bytes;
    std::string message;
  };
  const Case cases[] = {
      {"abc\xff", "f.md: invalid UTF-8 at byte 3"},
      {"Kết luận \xC3", "f.md: invalid UTF-8 at byte 13"},          // truncated sequence
      {"\xC0\xAF", "f.md: invalid UTF-8 at byte 0"},                // overlong "/"
      {"ab\xED\xA0\x80", "f.md: invalid UTF-8 at byte 2"},          // a surrogate
      {"ok \xF0\x9F\x98 x", "f.md: invalid UTF-8 at byte 3"},        // truncated four bytes
      {"ok \xF4\x90\x80\x80", "f.md: invalid UTF-8 at byte 3"},      // above U+10FFFF
      {"Điều 5\r\n\xE2\x80", "f.md: invalid UTF-8 at byte 11"},     // after a CR LF
      {std::string("ab\0cd", 5), "f.md: binary file (NUL byte at byte 2)"},
  };
  for (const Case& c : cases) {
    Result<MappedText> r = Normalize(c.bytes, "f.md");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == c.message);
  }
}

TEST_CASE("Normalize refuses a line longer than the limit, naming it and its byte",
          "[extractors][limits]") {
  std::string head = "Báo cáo\r\nNghị quyết số 12-NQ/TW\n";
  std::string line(kMaxLineBytes, 'a');
  // A line of exactly the limit reads, at the end of the file or before a line break.
  CHECK(Normalize(head + line, "f.md").ok());
  CHECK(Normalize(head + line + "\nxyz", "f.md").ok());
  // One byte more is refused, wherever the line stands.
  Result<MappedText> last = Normalize(head + line + "b", "f.md");
  REQUIRE_FALSE(last.ok());
  CHECK(last.status().message() ==
        "f.md: line 3 at byte " + std::to_string(head.size()) +
            " is longer than the limit of 64 MiB (67108864 bytes); break it into lines "
            "(docs/limits.md)");
  Result<MappedText> first = Normalize(line + "b\n" + head, "g.md");
  REQUIRE_FALSE(first.ok());
  CHECK(first.status().message().rfind("g.md: line 1 at byte 0 is longer", 0) == 0);
  // CR alone ends a line too.
  std::string cr_lines;
  for (int i = 0; i < 3; ++i) cr_lines += std::string(kMaxLineBytes / 2, 'c') + "\r";
  CHECK(Normalize(cr_lines, "h.md").ok());
}

TEST_CASE("Normalize composes NFD into NFC and maps back to the NFD bytes", "[extractors]") {
  // "khóa" written with a combining acute (o + U+0301).
  std::string nfd = "kho\xCC\x81" "a X";
  Result<MappedText> r = Normalize(nfd, "f");
  REQUIRE(r.ok());
  CHECK(r->text == "khóa X");
  CHECK(r->ToSource({0, r->text.size()}) == Span{0, nfd.size()});
  size_t x = r->text.find('X');
  CHECK(r->ToSource({x, x + 1}) == Span{nfd.size() - 1, nfd.size()});
}

// A single scan decides that most files are NFC already; what it cannot vouch
// for goes to ICU, so these must come out as ICU makes them.
TEST_CASE("Normalize gives ICU's NFC whether or not the fast check vouches for the text",
          "[extractors]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"Kết luận số 62-KL/TW", "Kết luận số 62-KL/TW"},  // already NFC: kept as is
      {"\xE2\x84\xAB", "\xC3\x85"},                      // ANGSTROM SIGN -> Å
      {"a\xCC\x81 \xE1\xBA\xA5", "\xC3\xA1 \xE1\xBA\xA5"},   // a + acute -> á, ấ kept
      {"x \xF0\x9F\x98\x80 y", "x \xF0\x9F\x98\x80 y"},         // beyond the BMP: kept
      {"a\xE2\x80\x80" "b", "a b"},                    // EN QUAD -> EN SPACE -> ' '
  };
  for (const Case& c : cases) {
    Result<MappedText> r = Normalize(c.in, "f");
    REQUIRE(r.ok());
    CHECK(r->text == c.out);
  }
}

TEST_CASE("Normalize unifies dashes, exotic spaces and line ends", "[extractors]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"62\xE2\x80\x93KL/TW", "62-KL/TW"},       // en dash
      {"62\xE2\x80\x94KL/TW", "62-KL/TW"},       // em dash
      {"s\xC3\xB4\xC2\xA0" "62", "sô 62"},       // no-break space
      {"a\r\nb\rc", "a\nb\nc"},
      {"\xEF\xBB\xBFNgh", "Ngh"},                // byte-order mark
  };
  for (const Case& c : cases) {
    Result<MappedText> r = Normalize(c.in, "f");
    REQUIRE(r.ok());
    CHECK(r->text == c.out);
  }
}

TEST_CASE("StripMarkup drops emphasis and footnote markers but keeps bullets", "[extractors]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"theo **57-NQ/TW** của", "theo 57-NQ/TW của"},
      {"lĩnh vực<sup>(1)</sup>. Chỉ", "lĩnh vực. Chỉ"},
      {"**BÁO CÁO****tổng kết**", "BÁO CÁO tổng kết"},
      {"* Nhiệm vụ", "* Nhiệm vụ"},
      {"a<br>b", "a\nb"},
      {"Kết luận số 75\\-KL/TW", "Kết luận số 75-KL/TW"},
      {"__Chỉ thị__ 05", "Chỉ thị 05"},
  };
  for (const Case& c : cases) {
    MappedText stripped = StripMarkup(MappedText::Identity(c.in));
    CHECK(stripped.text == c.out);
  }
}

TEST_CASE("StripMarkup keeps spans pointing at the original bytes", "[extractors]") {
  std::string in = "theo **57-NQ/TW** của";
  MappedText stripped = StripMarkup(MappedText::Identity(in));
  size_t at = stripped.text.find("57");
  Span s = stripped.ToSource({at, at + 8});
  CHECK(in.substr(s.start, s.size()) == "57-NQ/TW");
}

TEST_CASE("FoldForMatch folds every old-style vowel pair, in a block and at the end", "[extractors]") {
  const std::pair<const char*, const char*> pairs[] = {
      {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"}, {"oè", "òe"}, {"oé", "óe"},
      {"oẻ", "ỏe"}, {"oẹ", "ọe"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỵ", "ụy"}, {"Oà", "Òa"}, {"Oá", "Óa"},
      {"Oả", "Ỏa"}, {"Oã", "Õa"}, {"Oạ", "Ọa"}, {"Uý", "Úy"}, {"Uỷ", "Ủy"}, {"Uỵ", "Ụy"}, {"OÀ", "ÒA"},
      {"OÁ", "ÓA"}, {"OẢ", "ỎA"}, {"OÃ", "ÕA"}, {"OẠ", "ỌA"}, {"UÝ", "ÚY"}, {"UỶ", "ỦY"}, {"UỴ", "ỤY"},
  };
  for (auto [old_style, modern] : pairs) {
    for (size_t lead = 0; lead < 20; ++lead) {  // every lane of a block, then the tail
      std::string pad(lead, 'x');
      for (const char* after : {"", " ", ","}) {
        std::string in = pad + " h" + old_style + after;
        INFO(in);
        CHECK(FoldForMatch(in) == pad + " h" + modern + after);
      }
      std::string closed = pad + " h" + old_style + "n";  // a closed syllable stays
      CHECK(FoldForMatch(closed) == closed);
    }
  }
  CHECK(FoldForMatch("thuộc cuộc tuần muốn") == "thuộc cuộc tuần muốn");
  // Spellings whose modern form is shorter stay as written: the folded text
  // keeps the text's offsets, and stays well-formed ("tuỳ" was cut to
  // "tù" and a stray byte).
  for (const char* same : {"tuỳ theo", "Tuỳ", "hoẽ", "thuỹ"}) {
    CHECK(FoldForMatch(same) == same);
  }
}

TEST_CASE("FoldForMatch makes both tone-mark styles one", "[extractors]") {
  struct Case {
    const char *in, *out;
  };
  const Case cases[] = {
      {"khoá X", "khóa X"},     {"Tỉnh uỷ", "Tỉnh ủy"},   {"hoà giải", "hòa giải"},
      {"KHOÁ XII", "KHÓA XII"}, {"thuỷ lợi", "thủy lợi"}, {"khoẻ", "khỏe"},
      {"hoàn thành", "hoàn thành"},  // a closed syllable is the same in both styles
      {"quý", "quý"},                // "qu" keeps its mark
      {"khóa", "khóa"},
  };
  for (const Case& c : cases) {
    std::string folded = FoldForMatch(c.in);
    CHECK(folded == c.out);
    CHECK(folded.size() == std::string(c.in).size());
  }
}

}  // namespace
}  // namespace lexgraph
