// base/utf8.h against ICU's decoder (U8_NEXT follows the same table 3-7):
// every lead byte with every second byte, with and without the continuation
// bytes a form needs, placed at each of the sixteen lanes of a block after
// an ASCII run, so the block check and the byte-wise paths both meet it; and
// real Vietnamese with random bytes written over it.
#include <unicode/utf8.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>

#include "base/utf8.h"
#include "tests/testing/test_random.h"

namespace lexgraph {
namespace {

// The offset of the first ill-formed sequence by ICU, or npos.
size_t IcuFirstInvalid(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string::npos;
}

TEST_CASE("FirstInvalidUtf8 agrees with ICU on every two-byte start at every lane", "[utf8]") {
  size_t checked = 0;
  for (int lead = 0x80; lead <= 0xFF; ++lead) {
    for (int second = 0; second <= 0xFF; ++second) {
      for (const char* tail : {"", "\x80", "\xBF\xA0", "\x80\x80\x80", "a"}) {
        for (size_t lane = 0; lane < 16; ++lane) {
          std::string s = std::string(lane + 16, 'x') + static_cast<char>(lead) + static_cast<char>(second) +
                           tail + "yz";
          INFO("lead " << lead << " second " << second << " lane " << lane);
          REQUIRE(FirstInvalidUtf8(s) == IcuFirstInvalid(s));
          ++checked;
        }
      }
    }
  }
  CHECK(checked == 128 * 256 * 5 * 16);
}

TEST_CASE("FirstInvalidUtf8 on Vietnamese text, cut anywhere", "[utf8]") {
  const std::string text = "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X) về “Đề án” 𝔸";
  REQUIRE(FirstInvalidUtf8(text) == std::string::npos);
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    std::string s = text.substr(0, cut);
    INFO("cut at " << cut);
    CHECK(FirstInvalidUtf8(s) == IcuFirstInvalid(s));
  }
  CHECK(FirstInvalidUtf8("Kết luận \xC3") == 13);      // a truncated letter
  CHECK(FirstInvalidUtf8("\xC0\xAF") == 0);             // an overlong "/"
  CHECK(FirstInvalidUtf8("ab\xED\xA0\x80") == 2);        // a surrogate
  CHECK(FirstInvalidUtf8("\xF4\x90\x80\x80") == 0);      // past U+10FFFF
}

TEST_CASE("FirstInvalidUtf8 agrees with ICU on Vietnamese text with bytes changed", "[utf8]") {
  // Letters of one, two, three and four bytes, quotes and the limited leads
  // (E0, ED, F0, F4) in their valid forms; then random bytes written over
  // random places, so that blocks meet every mix of good and bad characters.
  const std::string text =
      "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X) về “Đề án” ơ ư Ư đ Đ "
      "\xE0\xA4\x95 \xED\x9F\xBF \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể";
  REQUIRE(FirstInvalidUtf8(text) == std::string::npos);
  testing::TestRandom random(12345);
  for (int round = 0; round < 200000; ++round) {
    std::string s = random.WithBytesChanged(text, 1, 3).substr(random.Next() % 20);
    INFO("round " << round);
    REQUIRE(FirstInvalidUtf8(s) == IcuFirstInvalid(s));
  }
}

}  // namespace
}  // namespace lexgraph
