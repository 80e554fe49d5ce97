#include "extractors/patterns.h"

#include <algorithm>
#include <array>
#include <string>

namespace lexgraph {
namespace {

// Type words, longest spelling first: the scanner tries them in this order.
// Patterns are in the modern tone style (FoldForMatch) and matched without case.
constexpr std::array kTypeWords = {
    TypeWord{"Thông báo kết luận", "thông báo kết luận", "TB"},
    TypeWord{"Thông tư liên tịch", "thông tư liên tịch", "TTLT"},
    TypeWord{"Nghị quyết liên tịch", "nghị quyết liên tịch", "NQLT"},
    TypeWord{"Chương trình hành động", "chương trình hành động", "CTr"},
    TypeWord{"Văn bản hợp nhất", "văn bản hợp nhất", "VBHN"},
    TypeWord{"Nghị quyết", "nghị quyết", "NQ"},
    TypeWord{"Nghị định", "nghị định", "NĐ"},
    TypeWord{"Quyết định", "quyết định", "QĐ"},
    TypeWord{"Quy định", "quy định", "QĐ"},
    TypeWord{"Chỉ thị", "chỉ thị", "CT"},
    TypeWord{"Kết luận", "kết luận", "KL"},
    TypeWord{"Thông báo", "thông báo", "TB"},
    TypeWord{"Thông tri", "thông tri", "TT"},
    TypeWord{"Thông tư", "thông tư", "TT"},
    TypeWord{"Quy chế", "quy chế", "QC"},
    TypeWord{"Hướng dẫn", "hướng dẫn", "HD"},
    TypeWord{"Báo cáo", "báo cáo", "BC"},
    TypeWord{"Kế hoạch", "kế hoạch", "KH"},
    TypeWord{"Chương trình", "chương trình", "CTr"},
    TypeWord{"Tờ trình", "tờ trình", "TTr"},
    TypeWord{"Đề án", "đề án", "ĐA"},
    TypeWord{"Phương án", "phương án", "PA"},
    TypeWord{"Biên bản", "biên bản", "BB"},
    TypeWord{"Công văn", "công văn", "CV"},
    TypeWord{"Công điện", "công điện", "CĐ"},
    TypeWord{"Pháp lệnh", "pháp lệnh", "PL"},
    TypeWord{"Luật", "luật", "Luật"},
    TypeWord{"Bộ luật", "bộ luật", "Luật"},
};

// Type codes of số/ký hiệu. QĐ serves both systems; TT is Thông tri for the
// Party and Thông tư for the State.
constexpr std::array kTypeCodes = {
    TypeCode{"NQ", "Nghị quyết", true, true},    TypeCode{"QĐ", "Quyết định", true, true},
    TypeCode{"QĐi", "Quy định", true, false},    TypeCode{"CT", "Chỉ thị", true, true},
    TypeCode{"KL", "Kết luận", true, true},      TypeCode{"QC", "Quy chế", true, true},
    TypeCode{"TT", "Thông tri", true, false},    TypeCode{"TT", "Thông tư", false, true},
    TypeCode{"HD", "Hướng dẫn", true, true},     TypeCode{"TB", "Thông báo", true, true},
    TypeCode{"BC", "Báo cáo", true, true},       TypeCode{"KH", "Kế hoạch", true, true},
    TypeCode{"CTr", "Chương trình", true, true}, TypeCode{"TTr", "Tờ trình", true, true},
    TypeCode{"ĐA", "Đề án", true, true},         TypeCode{"PA", "Phương án", true, true},
    TypeCode{"BB", "Biên bản", true, true},      TypeCode{"CV", "Công văn", true, false},
    TypeCode{"BS", "Bản sao", true, false},      TypeCode{"ĐH", "Văn kiện Đại hội", true, false},
    TypeCode{"PL", "Pháp lệnh", false, true},    TypeCode{"NĐ", "Nghị định", false, true},
    TypeCode{"TTLT", "Thông tư liên tịch", false, true},
    TypeCode{"NQLT", "Nghị quyết liên tịch", false, true},
    TypeCode{"QyĐ", "Quy định", false, true},    TypeCode{"CĐ", "Công điện", false, true},
    TypeCode{"VBHN", "Văn bản hợp nhất", false, true},
    TypeCode{"QĐLT", "Quyết định liên tịch", false, true},
    TypeCode{"KHLT", "Kế hoạch liên tịch", false, true},
};

// Bodies named in running text, longest spelling first.
constexpr std::array kIssuerNames = {
    IssuerName{"Ban Chấp hành Trung ương", "ban chấp hành trung ương(?: đảng)?"},
    IssuerName{"Bộ Chính trị", "bộ chính trị"},
    IssuerName{"Ban Bí thư", "ban bí thư(?: trung ương(?: đảng)?)?"},
    IssuerName{"Ban Thường vụ Tỉnh ủy", "ban thường vụ tỉnh ủy|btv tỉnh ủy"},
    IssuerName{"Ban Thường vụ Thành ủy", "ban thường vụ thành ủy|btv thành ủy"},
    IssuerName{"Ban Thường vụ Huyện ủy", "ban thường vụ huyện ủy|btv huyện ủy"},
    IssuerName{"Ban Thường vụ Quận ủy", "ban thường vụ quận ủy"},
    IssuerName{"Ban Thường vụ Đảng ủy", "ban thường vụ đảng ủy"},
    IssuerName{"Ban Chấp hành Đảng bộ tỉnh", "ban chấp hành đảng bộ tỉnh"},
    IssuerName{"Ủy ban Kiểm tra Trung ương", "ủy ban kiểm tra trung ương"},
    IssuerName{"Ủy ban Kiểm tra Tỉnh ủy", "ủy ban kiểm tra tỉnh ủy"},
    IssuerName{"Ban Tổ chức Trung ương", "ban tổ chức trung ương"},
    IssuerName{"Ban Tuyên giáo và Dân vận Trung ương", "ban tuyên giáo và dân vận trung ương"},
    IssuerName{"Ban Tuyên giáo Trung ương", "ban tuyên giáo trung ương"},
    IssuerName{"Ban Dân vận Trung ương", "ban dân vận trung ương"},
    IssuerName{"Ban Kinh tế Trung ương", "ban kinh tế trung ương"},
    IssuerName{"Ban Nội chính Trung ương", "ban nội chính trung ương"},
    IssuerName{"Ban Đối ngoại Trung ương", "ban đối ngoại trung ương"},
    IssuerName{"Văn phòng Trung ương Đảng", "văn phòng trung ương(?: đảng)?"},
    IssuerName{"Quân ủy Trung ương", "quân ủy trung ương"},
    IssuerName{"Ban Chấp hành Trung ương", "trung ương đảng"},
    IssuerName{"Tỉnh ủy", "tỉnh ủy"},
    IssuerName{"Thành ủy", "thành ủy"},
    IssuerName{"Huyện ủy", "huyện ủy"},
    IssuerName{"Ủy ban Thường vụ Quốc hội", "ủy ban thường vụ quốc hội|ubtvqh"},
    IssuerName{"Đảng đoàn Quốc hội", "đảng đoàn quốc hội"},
    IssuerName{"Quốc hội", "quốc hội"},
    IssuerName{"Thủ tướng Chính phủ", "thủ tướng chính phủ|thủ tướng"},
    IssuerName{"Văn phòng Chính phủ", "văn phòng chính phủ"},
    IssuerName{"Thanh tra Chính phủ", "thanh tra chính phủ"},
    IssuerName{"Chính phủ", "chính phủ"},
    IssuerName{"Chủ tịch nước", "chủ tịch nước"},
    IssuerName{"Chủ tịch Ủy ban nhân dân tỉnh",
               "chủ tịch (?:ủy ban nhân dân|ubnd) (?:tỉnh|thành phố)"},
    IssuerName{"Hội đồng nhân dân tỉnh", "(?:hội đồng nhân dân|hđnd) (?:tỉnh|thành phố)"},
    IssuerName{"Hội đồng nhân dân huyện", "(?:hội đồng nhân dân|hđnd) (?:huyện|quận|thị xã)"},
    IssuerName{"Ủy ban nhân dân tỉnh", "(?:ủy ban nhân dân|ubnd) (?:tỉnh|thành phố)"},
    IssuerName{"Ủy ban nhân dân huyện", "(?:ủy ban nhân dân|ubnd) (?:huyện|quận|thị xã)"},
    IssuerName{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
               "ủy ban trung ương mặt trận tổ quốc việt nam"},
    IssuerName{"Tòa án nhân dân tối cao", "tòa án nhân dân tối cao"},
    IssuerName{"Viện kiểm sát nhân dân tối cao", "viện kiểm sát nhân dân tối cao"},
    IssuerName{"Ngân hàng Nhà nước Việt Nam", "ngân hàng nhà nước(?: việt nam)?"},
    IssuerName{"Kiểm toán nhà nước", "kiểm toán nhà nước"},
    IssuerName{"Bộ Nội vụ", "bộ nội vụ"},
    IssuerName{"Bộ Tài chính", "bộ tài chính"},
    IssuerName{"Bộ Kế hoạch và Đầu tư", "bộ kế hoạch và đầu tư"},
    IssuerName{"Bộ Giáo dục và Đào tạo", "bộ giáo dục và đào tạo"},
    IssuerName{"Bộ Lao động - Thương binh và Xã hội", "bộ lao động ?- ?thương binh và xã hội"},
    IssuerName{"Bộ Tài nguyên và Môi trường", "bộ tài nguyên và môi trường"},
    IssuerName{"Bộ Nông nghiệp và Phát triển nông thôn", "bộ nông nghiệp và phát triển nông thôn"},
    IssuerName{"Bộ Nông nghiệp và Môi trường", "bộ nông nghiệp và môi trường"},
    IssuerName{"Bộ Khoa học và Công nghệ", "bộ khoa học và công nghệ"},
    IssuerName{"Bộ Thông tin và Truyền thông", "bộ thông tin và truyền thông"},
    IssuerName{"Bộ Văn hóa, Thể thao và Du lịch", "bộ văn hóa, thể thao và du lịch"},
    IssuerName{"Bộ Giao thông vận tải", "bộ giao thông vận tải"},
    IssuerName{"Bộ Công Thương", "bộ công thương"},
    IssuerName{"Bộ Xây dựng", "bộ xây dựng"},
    IssuerName{"Bộ Tư pháp", "bộ tư pháp"},
    IssuerName{"Bộ Công an", "bộ công an"},
    IssuerName{"Bộ Quốc phòng", "bộ quốc phòng"},
    IssuerName{"Bộ Y tế", "bộ y tế"},
    IssuerName{"Bộ Ngoại giao", "bộ ngoại giao"},
    IssuerName{"Bộ Dân tộc và Tôn giáo", "bộ dân tộc và tôn giáo"},
    IssuerName{"Ủy ban Dân tộc", "ủy ban dân tộc"},
};

// Issuer codes of số/ký hiệu. A trailing legislature number (QH14,
// UBTVQH11) is dropped before lookup.
constexpr std::array kIssuerCodes = {
    IssuerCode{"TW", "Trung ương", true},
    IssuerCode{"VPTW", "Văn phòng Trung ương Đảng", true},
    IssuerCode{"BTCTW", "Ban Tổ chức Trung ương", true},
    IssuerCode{"BTGTW", "Ban Tuyên giáo Trung ương", true},
    IssuerCode{"BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", true},
    IssuerCode{"BDVTW", "Ban Dân vận Trung ương", true},
    IssuerCode{"UBKTTW", "Ủy ban Kiểm tra Trung ương", true},
    IssuerCode{"BKTTW", "Ban Kinh tế Trung ương", true},
    IssuerCode{"BNCTW", "Ban Nội chính Trung ương", true},
    IssuerCode{"BĐNTW", "Ban Đối ngoại Trung ương", true},
    IssuerCode{"ĐUQSTW", "Quân ủy Trung ương", true},
    IssuerCode{"QUTW", "Quân ủy Trung ương", true},
    IssuerCode{"ĐUCA", "Đảng ủy Công an Trung ương", true},
    IssuerCode{"TU", "Tỉnh ủy", true},
    IssuerCode{"UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy", true},
    IssuerCode{"VPTU", "Văn phòng Tỉnh ủy", true},
    IssuerCode{"BTGTU", "Ban Tuyên giáo Tỉnh ủy", true},
    IssuerCode{"BDVTU", "Ban Dân vận Tỉnh ủy", true},
    IssuerCode{"BTCTU", "Ban Tổ chức Tỉnh ủy", true},
    IssuerCode{"HU", "Huyện ủy", true},
    IssuerCode{"QU", "Quận ủy", true},
    IssuerCode{"TX", "Thị xã ủy", true},
    IssuerCode{"ĐU", "Đảng ủy", true},
    IssuerCode{"VPĐU", "Văn phòng Đảng ủy", true},
    IssuerCode{"ĐUK", "Đảng ủy khối", true},
    IssuerCode{"CB", "Chi bộ", true},
    IssuerCode{"BCS", "Ban cán sự đảng", true},
    IssuerCode{"BCSĐ", "Ban cán sự đảng", true},
    IssuerCode{"ĐĐ", "Đảng đoàn", true},
    IssuerCode{"QH", "Quốc hội", false},
    IssuerCode{"UBTVQH", "Ủy ban Thường vụ Quốc hội", false},
    IssuerCode{"CTN", "Chủ tịch nước", false},
    IssuerCode{"CP", "Chính phủ", false},
    IssuerCode{"TTg", "Thủ tướng Chính phủ", false},
    IssuerCode{"VPCP", "Văn phòng Chính phủ", false},
    IssuerCode{"HĐND", "Hội đồng nhân dân", false},
    IssuerCode{"UBND", "Ủy ban nhân dân", false},
    IssuerCode{"UB", "Ủy ban nhân dân", false},  // the older code: "136/1998/QĐ-UB"
    IssuerCode{"CTUBND", "Chủ tịch Ủy ban nhân dân", false},
    IssuerCode{"BNV", "Bộ Nội vụ", false},
    IssuerCode{"BTC", "Bộ Tài chính", false},
    IssuerCode{"BKHĐT", "Bộ Kế hoạch và Đầu tư", false},
    IssuerCode{"BGDĐT", "Bộ Giáo dục và Đào tạo", false},
    IssuerCode{"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", false},
    IssuerCode{"BTNMT", "Bộ Tài nguyên và Môi trường", false},
    IssuerCode{"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", false},
    IssuerCode{"BNNMT", "Bộ Nông nghiệp và Môi trường", false},
    IssuerCode{"BKHCN", "Bộ Khoa học và Công nghệ", false},
    IssuerCode{"BTTTT", "Bộ Thông tin và Truyền thông", false},
    IssuerCode{"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", false},
    IssuerCode{"BGTVT", "Bộ Giao thông vận tải", false},
    IssuerCode{"BCT", "Bộ Công Thương", false},
    IssuerCode{"BXD", "Bộ Xây dựng", false},
    IssuerCode{"BTP", "Bộ Tư pháp", false},
    IssuerCode{"BCA", "Bộ Công an", false},
    IssuerCode{"BQP", "Bộ Quốc phòng", false},
    IssuerCode{"BYT", "Bộ Y tế", false},
    IssuerCode{"BNG", "Bộ Ngoại giao", false},
    IssuerCode{"NHNN", "Ngân hàng Nhà nước Việt Nam", false},
    IssuerCode{"TTCP", "Thanh tra Chính phủ", false},
    IssuerCode{"UBDT", "Ủy ban Dân tộc", false},
    IssuerCode{"TANDTC", "Tòa án nhân dân tối cao", false},
    IssuerCode{"VKSNDTC", "Viện kiểm sát nhân dân tối cao", false},
    IssuerCode{"KTNN", "Kiểm toán nhà nước", false},
    IssuerCode{"BHXH", "Bảo hiểm xã hội Việt Nam", false},
    IssuerCode{"VPQH", "Văn phòng Quốc hội", false},
};

constexpr std::string_view kKnownLawNames[] = {
    "An ninh mạng", "An ninh quốc gia", "An toàn thông tin mạng", "An toàn thực phẩm",
    "An toàn, vệ sinh lao động", "Bảo hiểm tiền gửi", "Bảo hiểm xã hội", "Bảo hiểm y tế",
    "Bảo vệ bí mật nhà nước", "Bảo vệ môi trường", "Bảo vệ quyền lợi người tiêu dùng",
    "Bảo vệ và phát triển rừng", "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Biển Việt Nam", "Bình đẳng giới", "Cán bộ, công chức", "Căn cước", "Căn cước công dân",
    "Chất lượng sản phẩm, hàng hóa", "Chứng khoán", "Công an nhân dân", "Công đoàn",
    "Cư trú", "Dân quân tự vệ", "Dân sự", "Dầu khí", "Di sản văn hóa", "Doanh nghiệp",
    "Dược", "Đa dạng sinh học", "Đất đai", "Đấu giá tài sản", "Đấu thầu", "Đầu tư",
    "Đầu tư công", "Đầu tư theo phương thức đối tác công tư", "Điện lực", "Điều ước quốc tế",
    "Đo lường", "Đường bộ", "Đường sắt", "Giá", "Giao dịch điện tử", "Giáo dục",
    "Giáo dục đại học", "Giáo dục nghề nghiệp", "Giáo dục quốc phòng và an ninh", "Hải quan",
    "Hàng hải Việt Nam", "Hình sự", "Hóa chất", "Hộ tịch", "Hôn nhân và gia đình",
    "Hợp tác xã", "Khám bệnh, chữa bệnh", "Khiếu nại", "Khoa học và công nghệ",
    "Khoáng sản", "Kiểm toán độc lập", "Kiểm toán nhà nước", "Kinh doanh bảo hiểm",
    "Kinh doanh bất động sản", "Kế toán", "Lao động", "Lâm nghiệp", "Luật sư",
    "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Ngân hàng Nhà nước Việt Nam",
    "Ngân sách nhà nước", "Người cao tuổi", "Người khuyết tật",
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", "Nhà ở",
    "Phí và lệ phí", "Phòng cháy và chữa cháy", "Phòng, chống tham nhũng",
    "Quản lý nợ công", "Quản lý thuế", "Quản lý, sử dụng tài sản công", "Quản lý ngoại thương",
    "Quảng cáo", "Quy hoạch", "Quy hoạch đô thị", "Sở hữu trí tuệ", "Thanh tra", "Thống kê",
    "Thi đua, khen thưởng", "Thủ đô", "Thuế bảo vệ môi trường", "Thuế giá trị gia tăng",
    "Thuế thu nhập cá nhân", "Thuế thu nhập doanh nghiệp", "Thuế tiêu thụ đặc biệt",
    "Thuế xuất khẩu, thuế nhập khẩu", "Thủy lợi", "Thương mại", "Tiếp cận thông tin",
    "Tiếp công dân", "Tín ngưỡng, tôn giáo", "Tố cáo", "Tố tụng dân sự", "Tố tụng hành chính",
    "Tố tụng hình sự", "Tổ chức chính quyền địa phương", "Tổ chức Chính phủ",
    "Tổ chức Quốc hội", "Tổ chức Tòa án nhân dân", "Tổ chức Viện kiểm sát nhân dân",
    "Trẻ em", "Trồng trọt", "Chăn nuôi", "Thủy sản", "Tài nguyên nước", "Việc làm",
    "Viên chức", "Xây dựng", "Xử lý vi phạm hành chính", "Xuất bản", "Báo chí",
    "Ban hành văn bản quy phạm pháp luật", "Các tổ chức tín dụng", "Công nghệ cao",
    "Công nghệ thông tin", "Giao thông đường bộ", "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Năng lượng nguyên tử", "Phổ biến, giáo dục pháp luật", "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Trật tự, an toàn giao thông đường bộ", "Dữ liệu", "Đặc xá", "Quốc phòng", "Nghĩa vụ quân sự",
    "Tần số vô tuyến điện", "Hàng không dân dụng Việt Nam", "Phòng, chống ma túy",
    "Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại của thuốc lá",
    "Phòng, chống rửa tiền", "Phòng, chống thiên tai", "Phòng, chống bạo lực gia đình",
    "Phòng, chống mua bán người", "Phòng, chống bệnh truyền nhiễm", "Thi hành án dân sự",
    "Thi hành án hình sự", "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Điện ảnh", "Hàng không dân dụng", "Bảo vệ và kiểm dịch thực vật", "Mặt trận Tổ quốc Việt Nam",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Khoa học, công nghệ và đổi mới sáng tạo",
    "Công nghiệp công nghệ số", "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Tài nguyên, môi trường biển và hải đảo",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Phòng bệnh",
    "Ưu đãi người có công với cách mạng",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
};

// A comparison key for code parts: ASCII upper case, Đ/đ as D, Ư/ư as W.
// KeyCharAt gives the key's character for the bytes at `i` of `s` and
// advances `i` past them.
char KeyCharAt(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c == 0xC4 && i < s.size() && (s[i] == '\x90' || s[i] == '\x91')) {
    ++i;
    return 'D';  // Đ U+0110, đ U+0111
  }
  if (c == 0xC6 && i < s.size() && (s[i] == '\xaf' || s[i] == '\xb0')) {
    ++i;
    return 'W';  // Ư U+01AF, ư U+01B0
  }
  return static_cast<char>(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c);  // C locale toupper, inline
}

// True when `a` and `b` have the same key (compared without building either).
bool SameKey(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (KeyCharAt(a, i) != KeyCharAt(b, j)) return false;
  }
  return i == a.size() && j == b.size();
}

template <typename Table, typename Get>
std::string Canonical(const Table& table, std::string_view written, Get code_of) {
  for (const auto& row : table) {
    if (SameKey(code_of(row), written)) return std::string(code_of(row));
  }
  return std::string(written);
}

}  // namespace

std::span<const TypeWord> TypeWords() { return kTypeWords; }
std::span<const std::string_view> KnownLawNames() { return kKnownLawNames; }
std::span<const TypeCode> TypeCodes() { return kTypeCodes; }
std::span<const IssuerName> IssuerNames() { return kIssuerNames; }
std::span<const IssuerCode> IssuerCodes() { return kIssuerCodes; }

const TypeCode* FindTypeCode(std::string_view code) {
  for (const TypeCode& row : kTypeCodes) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

const IssuerCode* FindIssuerCode(std::string_view code) {
  std::string_view stem = code;
  while (!stem.empty() && std::isdigit(static_cast<unsigned char>(stem.back()))) {
    stem.remove_suffix(1);
  }
  for (const IssuerCode& row : kIssuerCodes) {
    if (row.code == stem) return &row;
  }
  return nullptr;
}

std::string CanonicalTypeCode(std::string_view written) {
  if (SameKey(written, "QYD")) return "QyĐ";
  return Canonical(kTypeCodes, written, [](const TypeCode& r) { return r.code; });
}

std::string CanonicalIssuerCode(std::string_view written) {
  size_t digits = written.size();
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(written[digits - 1]))) --digits;
  std::string stem = Canonical(kIssuerCodes, written.substr(0, digits),
                               [](const IssuerCode& r) { return r.code; });
  return stem + std::string(written.substr(digits));
}

int MonthFromWord(std::string_view w) {
  struct Row {
    std::string_view word;
    int month;
  };
  static constexpr Row kMonths[] = {
      {"giêng", 1}, {"một", 1},  {"hai", 2},   {"ba", 3},        {"tư", 4},
      {"bốn", 4},   {"năm", 5},  {"sáu", 6},   {"bảy", 7},       {"tám", 8},
      {"chín", 9},  {"mười", 10}, {"mười một", 11}, {"mười hai", 12}, {"chạp", 12},
  };
  for (const Row& r : kMonths) {
    if (r.word == w) return r.month;
  }
  return 0;
}

int RomanValue(std::string_view roman) {
  static constexpr std::string_view kRomans[] = {
      "",     "I",     "II",     "III",   "IV",   "V",     "VI",     "VII",     "VIII",  "IX",
      "X",    "XI",    "XII",    "XIII",  "XIV",  "XV",    "XVI",    "XVII",    "XVIII", "XIX",
      "XX",   "XXI",   "XXII",   "XXIII", "XXIV", "XXV",   "XXVI",   "XXVII",   "XXVIII", "XXIX",
      "XXX"};
  for (size_t i = 1; i < std::size(kRomans); ++i) {
    if (kRomans[i] == roman) return static_cast<int>(i);
  }
  return 0;
}

}  // namespace lexgraph
