#include "extractors/provinces.h"

#include <algorithm>
#include <array>

#include "extractors/word_bytes.h"

namespace lexgraph {
namespace {

struct Province {
  std::string_view written;  // a spelling, after FoldForMatch
  std::string_view name;     // canonical
};

// Longer names first where one starts another ("Hà Nội" / "Hà Nam" do not;
// "Thừa Thiên Huế" / "Huế" do).
constexpr std::array kProvinces = {
    Province{"An Giang", "An Giang"},         Province{"Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"},
    Province{"Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"},
    Province{"Bắc Giang", "Bắc Giang"},       Province{"Bắc Kạn", "Bắc Kạn"},
    Province{"Bạc Liêu", "Bạc Liêu"},         Province{"Bắc Ninh", "Bắc Ninh"},
    Province{"Bến Tre", "Bến Tre"},           Province{"Bình Định", "Bình Định"},
    Province{"Bình Dương", "Bình Dương"},     Province{"Bình Phước", "Bình Phước"},
    Province{"Bình Thuận", "Bình Thuận"},     Province{"Cà Mau", "Cà Mau"},
    Province{"Cần Thơ", "Cần Thơ"},           Province{"Cao Bằng", "Cao Bằng"},
    Province{"Đà Nẵng", "Đà Nẵng"},           Province{"Đắk Lắk", "Đắk Lắk"},
    Province{"Đắk Nông", "Đắk Nông"},         Province{"Điện Biên", "Điện Biên"},
    Province{"Đồng Nai", "Đồng Nai"},         Province{"Đồng Tháp", "Đồng Tháp"},
    Province{"Gia Lai", "Gia Lai"},           Province{"Hà Giang", "Hà Giang"},
    Province{"Hà Nam", "Hà Nam"},             Province{"Hà Nội", "Hà Nội"},
    Province{"Hà Tĩnh", "Hà Tĩnh"},           Province{"Hải Dương", "Hải Dương"},
    Province{"Hải Phòng", "Hải Phòng"},       Province{"Hậu Giang", "Hậu Giang"},
    Province{"Hồ Chí Minh", "Hồ Chí Minh"},   Province{"Hòa Bình", "Hòa Bình"},
    Province{"Hưng Yên", "Hưng Yên"},         Province{"Khánh Hòa", "Khánh Hòa"},
    Province{"Kiên Giang", "Kiên Giang"},     Province{"Kon Tum", "Kon Tum"},
    Province{"Lai Châu", "Lai Châu"},         Province{"Lâm Đồng", "Lâm Đồng"},
    Province{"Lạng Sơn", "Lạng Sơn"},         Province{"Lào Cai", "Lào Cai"},
    Province{"Long An", "Long An"},           Province{"Nam Định", "Nam Định"},
    Province{"Nghệ An", "Nghệ An"},           Province{"Ninh Bình", "Ninh Bình"},
    Province{"Ninh Thuận", "Ninh Thuận"},     Province{"Phú Thọ", "Phú Thọ"},
    Province{"Phú Yên", "Phú Yên"},           Province{"Quảng Bình", "Quảng Bình"},
    Province{"Quảng Nam", "Quảng Nam"},       Province{"Quảng Ngãi", "Quảng Ngãi"},
    Province{"Quảng Ninh", "Quảng Ninh"},     Province{"Quảng Trị", "Quảng Trị"},
    Province{"Sóc Trăng", "Sóc Trăng"},       Province{"Sơn La", "Sơn La"},
    Province{"Tây Ninh", "Tây Ninh"},         Province{"Thái Bình", "Thái Bình"},
    Province{"Thái Nguyên", "Thái Nguyên"},   Province{"Thanh Hóa", "Thanh Hóa"},
    Province{"Thừa Thiên Huế", "Thừa Thiên Huế"}, Province{"Thừa Thiên - Huế", "Thừa Thiên Huế"},
    Province{"Huế", "Huế"},                   Province{"Tiền Giang", "Tiền Giang"},
    Province{"Trà Vinh", "Trà Vinh"},         Province{"Tuyên Quang", "Tuyên Quang"},
    Province{"Vĩnh Long", "Vĩnh Long"},       Province{"Vĩnh Phúc", "Vĩnh Phúc"},
    Province{"Yên Bái", "Yên Bái"},
};

}  // namespace

std::string_view ProvinceAt(std::string_view folded, size_t pos, size_t* end) {
  for (const Province& p : kProvinces) {
    if (folded.compare(pos, p.written.size(), p.written) != 0) continue;
    if (IsWordByteAt(folded, pos + p.written.size())) continue;
    *end = pos + p.written.size();
    return p.name;
  }
  return {};
}

std::vector<std::string_view> ProvinceNames() {
  std::vector<std::string_view> names;
  for (const Province& p : kProvinces) {
    if (std::find(names.begin(), names.end(), p.name) == names.end()) names.push_back(p.name);
  }
  return names;
}

}  // namespace lexgraph
