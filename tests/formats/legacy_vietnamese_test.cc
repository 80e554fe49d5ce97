// Legacy Vietnamese encodings (formats/legacy_vietnamese.h): the sample
// report written in TCVN3 and VNI (scripts/legacy_vietnamese_encode.py,
// scripts/make_format_fixtures.sh) read back as the markdown it came from,
// as a text file and as PDF; and no detection on Unicode Vietnamese,
// English, French, or any file of the real corpus.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "formats/convert.h"
#include "formats/legacy_vietnamese.h"
#include "tests/formats/format_fixtures.h"

namespace lexgraph::formats {
namespace {

namespace fs = std::filesystem;

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

std::string Replaced(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

TEST_CASE("the sample as an old TCVN3 and VNI text file reads as its markdown", "[formats][legacy]") {
  const std::string md = testing::ReadFixture("kien-giang-dan-van-2020.md");
  for (const auto& [file, encoding] :
       {std::pair{"formats/kien-giang-dan-van-2020.tcvn3.txt", LegacyEncoding::kTcvn3},
        std::pair{"formats/kien-giang-dan-van-2020.vni.txt", LegacyEncoding::kVni}}) {
    INFO(file);
    Result<PlainText> r = ToPlainText(testing::ReadFixture(file), "old.txt");
    REQUIRE(r.ok());
    CHECK(r->format == Format::kText);
    CHECK(r->legacy_encoding == encoding);
    // TCVN3 has no capital toned vowels: typists wrote "Ủy" the old way,
    // "Uỷ", which the extractors fold (extractors/normalize.h). All else is
    // the markdown byte for byte, headings in capitals included.
    const std::string text =
        encoding == LegacyEncoding::kTcvn3 ? Replaced(r->text, "Uỷ", "Ủy") : r->text;
    CHECK(text.size() == md.size());
    CHECK(text == md);
  }
}

TEST_CASE("the sample's opening printed to PDF in TCVN3 and VNI", "[formats][legacy][pdf]") {
  Result<PlainText> unicode = ToPlainText(testing::ReadFixture("formats/kien-giang-dan-van-2020.pdf"), "u.pdf");
  REQUIRE(unicode.ok());
  CHECK(unicode->legacy_encoding == LegacyEncoding::kNone);
  for (const auto& [file, encoding] : {std::pair{"formats/legacy-tcvn3.pdf", LegacyEncoding::kTcvn3},
                                       std::pair{"formats/legacy-vni.pdf", LegacyEncoding::kVni}}) {
    INFO(file);
    Result<PlainText> r = ToPlainText(testing::ReadFixture(file), "old.pdf");
    REQUIRE(r.ok());
    CHECK(r->legacy_encoding == encoding);
    const std::string& t = r->text;
    CHECK(Has(t, "Quyết định số 09-QĐ/TU, ngày 13-10-2010 của Ban Thường vụ Tỉnh ủy"));
    CHECK(Has(t, "I- KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ"));
    CHECK(Has(t, "chương trình"));
    CHECK_FALSE(Has(t, "\xC2\xB8"));  // no TCVN3 "¸" (á) left
    // The origins moved with the text: each run still starts a paragraph
    // and the last ends the text.
    REQUIRE_FALSE(r->origins.empty());
    CHECK(r->origins.front().where == "page 1");
    for (const OriginRun& run : r->origins) {
      CHECK(run.end <= t.size());
      CHECK((run.start == 0 || t.substr(run.start - 2, 2) == "\n\n"));
    }
  }
}

TEST_CASE("a Word file typed in .VnTime: converted, origins moved with the text", "[formats][legacy][docx]") {
  auto p = [](const std::string& text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  };
  const std::string body =
      p("B¸O C¸O KÕT QU¶ C¤NG T¸C D¢N VËN") +
      p("Thùc hiÖn QuyÕt ®Þnh sè 217-Q§/TW cña Bé ChÝnh trÞ vÒ gi¸m s¸t, ph¶n biÖn x· héi.") +
      p("Ban Th\xC2\xAD" "êng vô TØnh ñy ban hµnh ChØ thÞ sè 11-CT/TU vÒ c«ng t¸c d©n vËn.");
  Result<PlainText> r = ToPlainText(testing::MakeDocx(body), "vntime.docx");
  REQUIRE(r.ok());
  CHECK(r->legacy_encoding == LegacyEncoding::kTcvn3);
  CHECK(r->text ==
        "BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN\n\n"
        "Thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội.\n\n"
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 11-CT/TU về công tác dân vận.\n");
  REQUIRE(r->origins.size() == 3);
  for (size_t k = 0; k < 3; ++k) {
    INFO(k);
    const OriginRun& run = r->origins[k];
    CHECK(run.where == "word/document.xml paragraph " + std::to_string(k + 1));
    CHECK(r->text.substr(run.end, 1) == "\n");  // each run ends where its paragraph does
  }
  CHECK(r->text.substr(r->origins[2].start, 13) == "Ban Thường");
}

TEST_CASE("TCVN3: ư from a PDF's hyphen, capitals of .VnTimeH", "[formats][legacy]") {
  auto tcvn3 = [](const std::string& s) { return ConvertLegacyVietnamese(s, LegacyEncoding::kTcvn3); };
  CHECK(tcvn3("Ban Th-êng vô TØnh ñy") == "Ban Thường vụ Tỉnh ủy");
  CHECK(tcvn3("ng-êi ®-îc n-íc") == "người được nước");
  CHECK(tcvn3("Bé T- ph¸p, nh- sau") == "Bộ Tư pháp, như sau");
  CHECK(tcvn3("Trung -¬ng, -íc tÝnh, Trung - ¬ng") == "Trung ương, ước tính, Trung ương");
  CHECK(tcvn3("- ë x·, - ¬n") == "- ở xã, - ơn");  // dashes that are bullets
  CHECK(tcvn3("Ban Th\xC2\xADêng vô") == "Ban Thường vụ");  // U+00AD of a text file
  // A hyphen that is one stays: a code, a range, a name, a dash.
  CHECK(tcvn3("sè 217-Q§/TW, 2020-2025, M¸c-Lªnin, X«-viÕt - c¸c") ==
        "số 217-QĐ/TW, 2020-2025, Mác-Lênin, Xô-viết - các");
  CHECK(tcvn3("B¸O C¸O KÕT QU¶") == "BÁO CÁO KẾT QUẢ");
  CHECK(tcvn3("CñA HÖ THèNG") == "CỦA HỆ THỐNG");
  CHECK(tcvn3("Uû ban nh©n d©n") == "Uỷ ban nhân dân");
}

TEST_CASE("VNI: marks join the letter before them", "[formats][legacy]") {
  auto vni = [](const std::string& s) { return ConvertLegacyVietnamese(s, LegacyEncoding::kVni); };
  CHECK(vni("Ban Thöôøng vuï Tænh uûy") == "Ban Thường vụ Tỉnh ủy");
  CHECK(vni("ÑAÛNG COÄNG SAÛN VIEÄT NAM") == "ĐẢNG CỘNG SẢN VIỆT NAM");
  CHECK(vni("quyù, khuya, naêm, ngöôøi, quî") == "quý, khuya, năm, người, quỵ");
  std::vector<size_t> moved;
  const std::string in = "Ñaûng uûy";
  const std::string out = ConvertLegacyVietnamese(in, LegacyEncoding::kVni, &moved);
  REQUIRE(moved.size() == in.size() + 1);
  CHECK(out.substr(moved[in.find(' ') + 1]) == "ủy");  // the next word where it moved
  CHECK(moved.back() == out.size());
}

TEST_CASE("no detection on Unicode Vietnamese, English, French", "[formats][legacy]") {
  CHECK(DetectLegacyVietnamese(testing::ReadFixture("kien-giang-dan-van-2020.md")) == LegacyEncoding::kNone);
  const std::string french =
      "Le comité a été réuni où le président, très ému, a lu à haute voix la déclaration « "
      "Liberté, égalité, fraternité » devant l'hôtel de ville ; naïf et côté cœur, il a "
      "ajouté qu'à Noël la fête aurait lieu là-bas, près du théâtre, même s'il pleut. "
      "Août, goût, sûr, connaître, maïs, aïeul, où, tôt, bientôt, hôpital, forêt, élève.";
  CHECK(DetectLegacyVietnamese(french) == LegacyEncoding::kNone);
  CHECK(DetectLegacyVietnamese(Windows1252ToUtf8("Le comit\xE9 a \xE9t\xE9 r\xE9uni o\xF9 le "
                                                  "pr\xE9sident, tr\xE8s \xE9mu, \xE0 l'h\xF4tel, "
                                                  "na\xEF" "f, c\xF4t\xE9, No\xEBl, ma\xEFs, s\xFBr, "
                                                  "ao\xFBt, for\xEAt, \xE9l\xE8ve, th\xE9\xE2tre.")) ==
        LegacyEncoding::kNone);
  const std::string english =
      "The Standing Committee issued Resolution No. 25-NQ/TW on 3 June 2013 about the mass "
      "mobilisation work; café, naïve, résumé and façade are borrowed words.";
  CHECK(DetectLegacyVietnamese(english) == LegacyEncoding::kNone);
}

TEST_CASE("no detection on any file of the real corpus", "[formats][legacy][real]") {
  const fs::path real = fs::path(LEXGRAPH_SHARED_DIR) / "corpus" / "real";
  if (!fs::exists(real)) {
    WARN("no real corpus at " << real);
    return;
  }
  size_t files = 0;
  for (const fs::directory_entry& e : fs::directory_iterator(real)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Result<PlainText> r = ToPlainText(ss.str(), e.path().filename().string());
    if (!r.ok()) continue;
    ++files;
    INFO(e.path().filename().string());
    const LegacyWordCounts n = CountLegacyWords(r->text);
    INFO("tcvn3 " << n.tcvn3 << " vni " << n.vni << " unicode " << n.unicode << " accented " << n.accented);
    CHECK(r->legacy_encoding == LegacyEncoding::kNone);
  }
  CHECK(files >= 50);
}

}  // namespace
}  // namespace lexgraph::formats
