#include "extractors/citations.h"
#include "extractors/extract_document.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "tests/testing/extract_helpers.h"

namespace lexgraph {
namespace {

using testing::ExtractText;
using testing::Numbered;
using testing::Slice;

// One expectation: the `index`-th numbered (or self) mention of `text`. Fields
// left empty are not checked; "-" means the value must be absent.
struct Expect {
  std::string text;
  int index = 0;
  std::string head, type, type_code, code, issuer_code, date, issuer, term, subject;
  std::optional<int> number, year;
  MentionKind kind = MentionKind::kNumbered;
  bool short_form = false;
};

void CheckField(const char* name, const std::string& want, const std::string& got) {
  if (want.empty()) return;
  INFO(name);
  CHECK(got == (want == "-" ? "" : want));
}

void Check(const Expect& e) {
  INFO("text: " << e.text);
  std::vector<Mention> all = Numbered(ExtractText(e.text));
  REQUIRE(static_cast<int>(all.size()) > e.index);
  const Mention& m = all[e.index];
  CheckField("head", e.head, m.text);
  CheckField("type", e.type, m.type);
  CheckField("type_code", e.type_code, m.type_code);
  CheckField("code", e.code, m.code);
  CheckField("issuer_code", e.issuer_code, m.issuer_code);
  CheckField("date", e.date, m.date ? m.date->Iso() : "");
  CheckField("issuer", e.issuer, m.issuer);
  CheckField("term", e.term, m.term);
  CheckField("subject", e.subject, m.subject);
  if (e.number) CHECK(m.number == e.number);
  if (e.year) CHECK(m.year == e.year);
  CHECK(m.kind == e.kind);
  CHECK(m.short_form == e.short_form);
  // Every span names the bytes of the input it reports.
  CHECK(Slice(e.text, m.head).size() >= m.code.size());
}

TEST_CASE("Party citations in their full and short written forms", "[extractors]") {
  const Expect cases[] = {
      // Full: type word, số, code, date, issuer, term, subject.
      {.text = "theo Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X) về tiếp "
               "tục đổi mới nội dung; kế hoạch", .head = "Kết luận số 62-KL/TW", .type = "Kết luận", .type_code = "KL", .code = "62-KL/TW", .issuer_code = "TW", .date = "2009-12-08", .issuer = "Bộ Chính trị", .term = "X", .subject = "tiếp tục đổi mới nội dung", .number = 62, .year = 2009},
      // Without "số".
      {.text = "thực hiện Chỉ thị 39-CT/TW của Ban Bí thư về công tác người khuyết tật.", .head = "Chỉ thị 39-CT/TW", .type = "Chỉ thị", .code = "39-CT/TW", .date = "-", .issuer = "Ban Bí thư", .term = "-", .subject = "công tác người khuyết tật"},
      // A number and a term, no code.
      {.text = "tiếp tục thực hiện Nghị quyết 24 khóa IX về công tác dân tộc", .head = "Nghị quyết 24", .type = "Nghị quyết", .type_code = "NQ", .code = "-", .term = "IX", .number = 24},
      {.text = "Nghị quyết số 24 khoá IX về công tác dân tộc", .head = "Nghị quyết số 24", .code = "-", .term = "IX", .number = 24},
      // The type word against the code: the code gives the type code.
      {.text = "Kết luận số 158-TB/TW, ngày 02-01-2020 của Ban Bí thư", .type = "Kết luận", .type_code = "TB", .code = "158-TB/TW", .issuer = "Ban Bí thư"},
      {.text = "Thông báo Kết luận số 158-TB/TW", .type = "Thông báo kết luận", .type_code = "TB"},
      // The issuer before the number.
      {.text = "Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997 về", .head = "Quyết định của Bộ Chính trị số 31-QĐ/TW", .code = "31-QĐ/TW", .date = "1997-10-01", .issuer = "Bộ Chính trị"},
      // Quy định written QĐ (before 2018 and after 2021) and QĐi (2018-2021).
      {.text = "Quy định số 205-QĐ/TW, ngày 23-9-2019 của Bộ Chính trị", .type = "Quy định", .type_code = "QĐ"},
      {.text = "Quy định số 11-QĐi/TW, ngày 18-02-2019 của Bộ Chính trị", .type = "Quy định", .type_code = "QĐi", .code = "11-QĐi/TW"},
      // Both tone-mark styles.
      {.text = "Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh uỷ (khoá X)", .issuer_code = "TU", .issuer = "Ban Thường vụ Tỉnh ủy", .term = "X"},
      {.text = "Kết luận số 114-KL/TW, ngày 14-7-2015 của Ban Bí thư Trung ương Đảng khóa XI", .issuer = "Ban Bí thư", .term = "XI"},
      {.text = "Nghị quyết số 25-NQ/TW, ngày 03-6-2013 của Ban Chấp hành Trung ương (khóa XI)", .issuer = "Ban Chấp hành Trung ương", .term = "XI"},
      // Bare codes.
      {.text = "quán triệt theo 57-NQ/TW của Bộ Chính trị", .head = "57-NQ/TW", .type = "Nghị quyết", .type_code = "NQ", .issuer = "Bộ Chính trị"},
      // Central boards, districts, mass organisations, TƯ.
      {.text = "Hướng dẫn số 12-HD/BTGTW", .type_code = "HD", .issuer_code = "BTGTW"},
      {.text = "Kế hoạch số 25-KH/HU", .issuer_code = "HU"},
      {.text = "Nghị quyết số 05-NQ/ĐU", .issuer_code = "ĐU"},
      {.text = "Quyết định số 317-QĐ/TWĐTN-TNTH", .issuer_code = "TWĐTN-TNTH"},
      {.text = "Nghị quyết số 12-NQ/TƯ", .issuer_code = "TW"},
      {.text = "Số 3260-KH/ĐĐQH15", .issuer_code = "ĐĐQH15", .kind = MentionKind::kSelf},
      {.text = "Số 402-CV/VPĐU", .type_code = "CV", .issuer_code = "VPĐU", .kind = MentionKind::kSelf},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("Spacing and OCR variants of a code are read as the code", "[extractors]") {
  const Expect cases[] = {
      {.text = "Quy định số 368- QĐ/TW", .code = "368-QĐ/TW", .number = 368},
      {.text = "Kết luận 100 - KL/TW của Bộ Chính trị", .code = "100-KL/TW", .issuer = "Bộ Chính trị"},
      {.text = "Nghị định số 135/2020/NĐ -CP", .code = "135/2020/NĐ-CP", .issuer_code = "CP", .year = 2020},
      {.text = "Chương trình số 104-CTr/Tu", .type_code = "CTr", .issuer_code = "TU"},
      {.text = "Quyết định số 24-QD/TW", .type_code = "QĐ"},
      {.text = "Quy định số 11-QĐI/TW", .type_code = "QĐi"},
      {.text = "Kết luận số 75-\nKL/TW của Bộ Chính trị", .code = "75-KL/TW", .issuer = "Bộ Chính trị"},
      {.text = "thực hiện **57-NQ/TW** của Bộ Chính trị", .code = "57-NQ/TW", .issuer = "Bộ Chính trị"},
      {.text = "Thông \ntư số 19/2016/TT-BLĐTBXH ngày 28/6/2016", .type = "Thông tư", .code = "19/2016/TT-BLĐTBXH", .date = "2016-06-28"},
      {.text = "Thông tư số 34/2018/TT-\nBLĐTBXH", .code = "34/2018/TT-BLĐTBXH"},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("State citations: legal codes with a year, administrative codes, công văn",
          "[extractors]") {
  const Expect cases[] = {
      {.text = "Nghị định số 04/2015/NĐ-CP thực hiện dân chủ", .type = "Nghị định", .type_code = "NĐ", .code = "04/2015/NĐ-CP", .issuer_code = "CP", .issuer = "-", .number = 4, .year = 2015},
      {.text = "Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ về “Tăng cường "
               "công tác dân vận”;", .code = "16/CT-TTg", .issuer_code = "TTg", .date = "2016-05-16", .issuer = "Thủ tướng Chính phủ", .subject = "Tăng cường công tác dân vận"},
      {.text = "Công văn số 4919/VPCP-KTTH", .type_code = "CV", .issuer_code = "VPCP"},
      {.text = "Công văn số 10988/BNV-CQĐP", .type_code = "CV", .code = "10988/BNV-CQĐP", .issuer_code = "BNV"},
      {.text = "Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội", .type_code = "PL", .issuer_code = "UBTVQH11", .issuer = "Ủy ban Thường vụ Quốc hội", .year = 2007},
      {.text = "Luật số 45/2019/QH14", .type = "Luật", .issuer_code = "QH14", .year = 2019},
      {.text = "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024", .head = "Luật Đất đai số 31/2024/QH15", .type = "Luật", .date = "2024-01-18"},
      {.text = "Nghị quyết số 77/2017/NQ-HĐND của Hội đồng nhân dân tỉnh.", .issuer_code = "HĐND", .issuer = "Hội đồng nhân dân tỉnh"},
      {.text = "Thông tư liên tịch số 03/2021/TTLT-BNV-BTC", .type = "Thông tư liên tịch", .type_code = "TTLT", .issuer_code = "BNV-BTC"},
      {.text = "Kế hoạch số 165/KH-UBND", .type_code = "KH", .issuer_code = "UBND"},
      {.text = "Văn bản hợp nhất số 94/VBHN-BQP", .type_code = "VBHN", .issuer_code = "BQP"},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("A subject ends where a table read as one paragraph starts its next column",
          "[extractors]") {
  // congbao-qd-1205-qd-bkhdt.txt lists documents in a PDF table whose cells
  // (type, number, date, subject, date in force, link) come out as one run of text.
  const Expect cases[] = {
      {.text = "180 Nghị định 01/2007/NĐ-CP ngày 04/01/2007 Về việc chuyển Tổng cục Thống kê vào "
               "Bộ Kế hoạch và Đầu tư 04/01/2007 Nội dung: Đường dẫn đến địa chỉ văn bản",
       .code = "01/2007/NĐ-CP", .date = "2007-01-04", .subject = "việc chuyển Tổng cục Thống kê vào Bộ Kế hoạch và Đầu tư"},
      {.text = "Nghị định số 01/2021/NĐ-CP về đăng ký doanh nghiệp https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx",
       .code = "01/2021/NĐ-CP", .subject = "đăng ký doanh nghiệp"},
      // After a year, a hyphenated name and a closing quote.
      {.text = "Quyết định số 22/2021/QĐ-TTg về thoái vốn giai đoạn 2021 - 2025 19/8/2021 Nội dung",
       .subject = "thoái vốn giai đoạn 2021 - 2025"},
      {.text = "Quyết định số 22/2007/QĐ-TTg về Hiệp định với Chính phủ Cộng hòa Hung-ga-ri 13/3/2007",
       .subject = "Hiệp định với Chính phủ Cộng hòa Hung-ga-ri"},
      {.text = "Thông tư số 07/2011/TT-BKHĐT về chỉ tiêu \"Giá trị sản xuất hàng tháng\" 01/6/2011",
       .subject = "chỉ tiêu \"Giá trị sản xuất hàng tháng\""},
      // A subject's own dates follow a word that governs them, and stay.
      {.text = "Kế hoạch số 17/KH-UBND về thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;",
       .code = "17/KH-UBND", .subject = "thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ"},
      {.text = "Quyết định số 05/2025/QĐ-UBND về mức thu áp dụng từ 01/7/2025 đến hết 31/12/2025;",
       .subject = "mức thu áp dụng từ 01/7/2025 đến hết 31/12/2025"},
      {.text = "Kế hoạch số 18/KH-UBND về THỰC HIỆN NGHỊ QUYẾT SỐ 140/NQ-CP NGÀY 17/5/2025;",
       .subject = "THỰC HIỆN NGHỊ QUYẾT SỐ 140/NQ-CP NGÀY 17/5/2025"},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("A subject ends at the parenthesis that closes the one its citation stands in",
          "[extractors]") {
  const Expect cases[] = {
      {.text = "(thay thế Nghị định số 140/2018/NĐ-CP về việc sửa đổi các Nghị định thuộc phạm vi quản lý "
               "của Bộ Lao động - Thương binh và Xã hội) chỉ định lựa chọn giao nhiệm vụ chủ trì",
       .code = "140/2018/NĐ-CP", .subject = "việc sửa đổi các Nghị định thuộc phạm vi quản lý của Bộ Lao động - Thương binh và Xã hội"},
      {.text = "(theo Nghị quyết số 197/2025/QH15 về một số cơ chế đặc biệt)", .subject = "một số cơ chế đặc biệt"},
      // The term's own parenthesis stays inside.
      {.text = "thực hiện Nghị quyết số 24-NQ/TW về chủ động ứng phó (khóa XI) với biến đổi khí hậu;",
       .subject = "chủ động ứng phó (khóa XI) với biến đổi khí hậu"},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("A list shares its issuer, term and date; a number list shares its code",
          "[extractors]") {
  const Expect cases[] = {
      {.text = "theo Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị khóa XI", .index = 0, .code = "217-QĐ/TW", .issuer = "Bộ Chính trị", .term = "XI"},
      {.text = "theo Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị khóa XI", .index = 1, .code = "218-QĐ/TW", .issuer = "Bộ Chính trị", .term = "XI"},
      {.text = "các Kết luận số 187, 188-KL/TW của Bộ Chính trị", .index = 0, .head = "Kết luận số 187", .type = "Kết luận", .code = "187-KL/TW", .issuer = "Bộ Chính trị", .number = 187},
      {.text = "các Kết luận số 187, 188-KL/TW của Bộ Chính trị", .index = 1, .code = "188-KL/TW", .issuer = "Bộ Chính trị", .number = 188},
      // A State code keeps its own year: the list's date is not shared across years.
      {.text = "bởi Thông tư số 68/2024/TT-BTC và Thông tư số 120/2020/TT-BTC ngày 31 tháng 12 "
               "năm 2020 của Bộ trưởng Bộ Tài chính", .index = 0, .date = "-", .issuer = "Bộ Tài chính",
       .year = 2024},
      {.text = "bởi Thông tư số 68/2024/TT-BTC và Thông tư số 120/2020/TT-BTC ngày 31 tháng 12 "
               "năm 2020 của Bộ trưởng Bộ Tài chính", .index = 1, .date = "2020-12-31",
       .issuer = "Bộ Tài chính"},
      // Not a list: a semicolon parts them, or their codes name two issuers.
      {.text = "thực hiện Nghị quyết số 21-NQ/TW; Chương trình số 144-CTr/TU ngày 22/01/2018 "
               "của Ban Thường vụ Tỉnh ủy", .index = 0, .date = "-", .issuer = "-"},
      {.text = "thực hiện Nghị quyết số 21-NQ/TW và Chương trình số 144-CTr/TU ngày 22/01/2018 "
               "của Ban Thường vụ Tỉnh ủy", .index = 0, .date = "-", .issuer = "-"},
      {.text = "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị", .index = 0,
       .issuer = "Bộ Chính trị"},
      // Not a list: the first has facts of its own.
      {.text = "Công văn số 1051-CV/TU, ngày 17-3-2020 về thực hiện Kết luận số 65-KL/TW của "
               "Bộ Chính trị khóa XII", .index = 0, .date = "2020-03-17", .issuer = "-", .term = "-"},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("Short forms are numbered mentions without a code", "[extractors]") {
  const Expect cases[] = {
      {.text = "thực hiện Quy định 377 về phân cấp", .head = "Quy định 377", .code = "-", .number = 377, .short_form = true},
      {.text = "quán triệt NQ 57 đến cán bộ", .head = "NQ 57", .type_code = "NQ", .number = 57, .short_form = true},
      {.text = "triển khai Đề án 06 của Chính phủ", .head = "Đề án 06", .type_code = "ĐA", .number = 6, .short_form = true},
      {.text = "theo NĐ 04/2015 về dân chủ", .head = "NĐ 04/2015", .type_code = "NĐ", .number = 4, .year = 2015, .short_form = true},
      {.text = "Chỉ thị 05 của Bộ Chính trị", .issuer = "Bộ Chính trị", .number = 5, .short_form = true},
  };
  for (const Expect& e : cases) Check(e);
}

TEST_CASE("Periods, counts, phone numbers and money are never citations", "[extractors]") {
  const char* cases[] = {
      "giai đoạn 2021-2025",         "nhiệm kỳ 2020-2025, 2021-2026",
      "điện thoại 0297.3862.123",    "liên hệ 0913-123-456",
      "5.000.000 đồng",              "12/15 huyện, thành phố",
      "dịch Covid-19 lan rộng",      "đạt 77,98% kế hoạch",
      "ISO 9001:2015",               "Kế hoạch 5 năm",
      "Chương trình năm 2021",       "Căn cứ Quyết định số /2025/QĐ-UBND ngày",
      "Nghị quyết 2021 của tỉnh",    "Quyết định phê duyệt",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(Numbered(ExtractText(c)).empty());
  }
}

TEST_CASE("Named references are found with their name and term", "[extractors]") {
  struct Case {
    std::string text, head, type, term;
    std::string title = "";  // "": the head as written
  };
  const Case cases[] = {
      {"thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết", "Nghị quyết Đại hội XIII của Đảng",
       "Nghị quyết", "XIII"},
      {"Nghị quyết Đại hội XI Đảng bộ tỉnh; tạo", "Nghị quyết Đại hội XI Đảng bộ tỉnh",
       "Nghị quyết", "XI"},
      {"Tiếp tục thực hiện tốt Nghị quyết Trung ương 4, khóa XII về", 
       "Nghị quyết Trung ương 4, khóa XII", "Nghị quyết", "XII"},
      {"pháp luật về Luật Tiếp công dân. Tập trung", "Luật Tiếp công dân", "Luật", ""},
      {"theo Luật Đất đai năm 2024 và", "Luật Đất đai năm 2024", "Luật", ""},
      {"theo Luật Doanh nghiệp 2020;", "Luật Doanh nghiệp 2020", "Luật", ""},
      {"Luật Đất đai quyết định thu hồi đất", "Luật Đất đai", "Luật", ""},
      {"Bộ luật Lao động quy định", "Bộ luật Lao động", "Bộ luật", ""},
      // "đối với" says what the law applies to (state-nq-48-2025-nq-hdnd-hanoi.md).
      {"theo quy định của Luật Di sản đối với các di tích", "Luật Di sản", "Luật", ""},
      {"theo Luật Quan hệ đối ngoại quy định", "Luật Quan hệ đối ngoại", "Luật", ""},
      // Known names past a stop word or a capital, up to twenty words, in any capitals.
      {"Căn cứ Luật Hàng không dân dụng ngày 29 tháng 6 năm 2006;", "Luật Hàng không dân dụng", "Luật", ""},
      {"Pháp lệnh Ưu đãi người có công với cách mạng; cựu chiến binh",
       "Pháp lệnh Ưu đãi người có công với cách mạng", "Pháp lệnh", ""},
      {"theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Luật", ""},
      {"Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp và",
       "Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp", "Luật", ""},
      // A known name's title is spelled as the table spells it, so the law is one document
      // however a file capitalizes it.
      {"sửa đổi Luật Khoa học và Công nghệ (2013) và", "Luật Khoa học và Công nghệ", "Luật", "",
       "Luật Khoa học và công nghệ"},
      {"theo Luật Ngân sách Nhà nước năm 2015;", "Luật Ngân sách Nhà nước năm 2015", "Luật", "",
       "Luật Ngân sách nhà nước năm 2015"},
      {"Luật Tổ chức toà án nhân dân quy định", "Luật Tổ chức toà án nhân dân", "Luật", "",
       "Luật Tổ chức Tòa án nhân dân"},
      {"Luật Bảo vệ môi\ntrường năm 2020", "Luật Bảo vệ môi\ntrường năm 2020", "Luật", ""},
      {"Hiến pháp năm 2013 quy định", "Hiến pháp năm 2013", "Hiến pháp", ""},
      {"theo Điều lệ Đảng, đảng viên", "Điều lệ Đảng", "Điều lệ", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<Mention> all = ExtractText(c.text);
    const Mention* named = nullptr;
    for (const Mention& m : all) {
      if (m.kind == MentionKind::kNamed) named = &m;
    }
    REQUIRE(named != nullptr);
    CHECK(named->text == c.head);
    CHECK(named->title == (c.title.empty() ? c.head : c.title));
    CHECK(named->type == c.type);
    CHECK(named->term == c.term);
    CHECK_FALSE(named->number);
  }
  // Lower-case or numberless congress mentions are not named references.
  for (const char* c : {"Nghị quyết đại hội đảng bộ các cấp", "Nghị quyết Đại hội Đảng bộ các cấp",
                        "17 dự án Luật.", "quy định của pháp luật"}) {
    INFO(c);
    CHECK(ExtractText(c).empty());
  }
}

TEST_CASE("Laws listed with commas keep their whole known names", "[extractors]") {
  // From congbao/tvpl consolidated texts: a known name ends at the comma that
  // closes it, and a shorter name the document also uses ("Luật Đầu tư")
  // does not cut a longer known one ("Luật Đầu tư công").
  std::string text =
      "sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
      "công tư, Luật Hải quan, Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư công, Luật Quản lý, sử "
      "dụng tài sản công; theo Luật Đầu tư và Luật Tần số vô tuyến điện.";
  std::vector<std::string> names;
  for (const Mention& m : ExtractText(text)) {
    if (m.kind == MentionKind::kNamed) names.push_back(m.text);
  }
  CHECK(names == std::vector<std::string>{"Luật Quy hoạch", "Luật Đầu tư",
                                          "Luật Đầu tư theo phương thức đối tác công tư", "Luật Hải quan",
                                          "Luật Thuế xuất khẩu, thuế nhập khẩu", "Luật Đầu tư công",
                                          "Luật Quản lý, sử dụng tài sản công", "Luật Đầu tư",
                                          "Luật Tần số vô tuyến điện"});
}

TEST_CASE("The source's own number in its header is reported as self", "[extractors]") {
  std::string text =
      "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 165/KH-UBND\n\nCần Thơ, ngày 10 tháng 3 năm "
      "2025\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW";
  std::vector<Mention> all = Numbered(ExtractText(text));
  REQUIRE(all.size() == 2);
  CHECK(all[0].kind == MentionKind::kSelf);
  CHECK(all[0].code == "165/KH-UBND");
  REQUIRE(all[0].date);
  CHECK(all[0].date->Iso() == "2025-03-10");
  CHECK(all[1].kind == MentionKind::kNumbered);
  CHECK(all[1].code == "57-NQ/TW");
}

TEST_CASE("A law's header number is its own: 'Luật số:' with a colon", "[extractors]") {
  // tvpl-luat-dat-dai-2013.txt: the number on the line after "Luật số:".
  for (const char* header : {"QUỐC HỘI\n\nLuật số: 31/2024/QH15\n\nHà Nội, ngày 18 tháng 01 năm 2024\n",
                             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM --------------- Luật số:\n45/2013/QH13\n"
                             "Hà Nội, ngày 29 tháng 11 năm 2013 LUẬT ĐẤT ĐAI\n"}) {
    INFO(header);
    std::vector<Mention> all = Numbered(ExtractText(std::string(header) + "Căn cứ Luật số 64/2020/QH14;\n"));
    REQUIRE(all.size() == 2);
    CHECK(all[0].kind == MentionKind::kSelf);
    CHECK(all[0].code.ends_with("/QH15") != all[0].code.ends_with("/QH13"));
    CHECK(all[0].date);
    CHECK(all[1].kind == MentionKind::kNumbered);  // a citation has no colon
    CHECK(all[1].code == "64/2020/QH14");
  }
}

TEST_CASE("The source's own issuer comes from the capital lines above its number", "[extractors]") {
  struct Case {
    std::string header;  // what stands above "Số: 12/KH-UBND"
    const char* issuer;
    const char* place;
    const char* written;  // the issuer's span, as written
  };
  const Case cases[] = {
      {"ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n-------\n", "Ủy ban nhân dân tỉnh", "Long An", "ỦY BAN NHÂN DÂN\nTỈNH LONG AN"},
      // Old tone marks, the motto's cell after it, markdown around the lines.
      {"**TỈNH UỶ KIÊN GIANG**\n*\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n", "Tỉnh ủy", "Kiên Giang", "TỈNH UỶ KIÊN GIANG"},
      {"TỈNH ỦY LÀO CAI\nBAN THƯỜNG VỤ\n*\n", "Ban Thường vụ Tỉnh ủy", "Lào Cai", "TỈNH ỦY LÀO CAI\nBAN THƯỜNG VỤ"},
      {"BỘ TÀI CHÍNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n", "Bộ Tài chính", "", "BỘ TÀI CHÍNH"},
      // A unit the table does not know under its parent: not the parent.
      {"TỈNH ỦY KIÊN GIANG\nBAN DÂN VẬN\n*\n", "", "", ""},
      {"ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSỞ TÀI CHÍNH\n-------\n", "", "", ""},
      // Capital lines that name no body, and running text, give nothing.
      {"VĂN BẢN QUY PHẠM PHÁP LUẬT\n", "", "", ""},
      {"Kính gửi các sở, ban, ngành tỉnh\n", "", "", ""},
  };
  for (const Case& c : cases) {
    std::string text = c.header + "Số: 12/KH-UBND\n\nLong An, ngày 10 tháng 3 năm 2025\n";
    INFO(text);
    std::vector<Mention> all = ExtractDocument(*Normalize(text, "test"));
    REQUIRE_FALSE(all.empty());
    REQUIRE(all[0].kind == MentionKind::kSelf);
    CHECK(all[0].issuer == c.issuer);
    CHECK(all[0].issuer_place == c.place);
    CHECK(Slice(text, all[0].issuer_span) == c.written);
  }
}

TEST_CASE("NFD input gives the mentions of NFC input, with offsets into the NFD bytes",
          "[extractors]") {
  std::string nfc = "Kết luận số 62-KL/TW, ngày 08-12-2009 của Bộ Chính trị (khóa X)";
  // The same text decomposed: ế = e + U+0302 + U+0301, ị = i + U+0323, ó = o + U+0301.
  std::string nfd =
      "Ke\xCC\x82\xCC\x81t lua\xCC\xA3\xCC\x82n so\xCC\x82\xCC\x81 62-KL/TW, nga\xCC\x80y "
      "08-12-2009 cu\xCC\x89" "a Bo\xCC\x82\xCC\xA3 Chi\xCC\x81nh tri\xCC\xA3 (kho\xCC\x81" "a X)";
  std::vector<Mention> a = Numbered(ExtractText(nfc));
  std::vector<Mention> b = Numbered(ExtractText(nfd));
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].code == b[0].code);
  CHECK(a[0].text == b[0].text);  // reported in NFC
  CHECK(a[0].issuer == b[0].issuer);
  CHECK(a[0].term == b[0].term);
  CHECK(a[0].date == b[0].date);
  CHECK(b[0].head.start == 0);
  CHECK(Slice(nfd, b[0].head).ends_with("62-KL/TW"));
  CHECK(Slice(nfd, b[0].head).size() > a[0].text.size());
}

}  // namespace
}  // namespace lexgraph
