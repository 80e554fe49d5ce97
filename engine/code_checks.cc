#include "engine/code_checks.h"

#include <algorithm>
#include <cctype>

#include "extractors/patterns.h"

namespace lexgraph {
namespace {

// Stated bodies and the issuer family their documents carry in the code.
struct BodyFamily {
  std::string_view body;
  std::string_view family;
};
constexpr BodyFamily kBodyFamilies[] = {
    {"Ban Chấp hành Trung ương", "TW"}, {"Bộ Chính trị", "TW"},
    {"Ban Bí thư", "TW"},               {"Ban Thường vụ Tỉnh ủy", "TU"},
    {"Ban Thường vụ Thành ủy", "TU"},   {"Ban Chấp hành Đảng bộ tỉnh", "TU"},
    {"Tỉnh ủy", "TU"},                  {"Thành ủy", "TU"},
    {"Ban Thường vụ Huyện ủy", "HU"},   {"Huyện ủy", "HU"},
    {"Ban Thường vụ Quận ủy", "QU"},    {"Ban Thường vụ Đảng ủy", "ĐU"},
    {"Quốc hội", "QH"},                 {"Ủy ban Thường vụ Quốc hội", "UBTVQH"},
    {"Thủ tướng Chính phủ", "TTg"},     {"Chính phủ", "CP"},
    {"Chủ tịch nước", "CTN"},           {"Hội đồng nhân dân tỉnh", "HĐND"},
    {"Hội đồng nhân dân huyện", "HĐND"}, {"Ủy ban nhân dân tỉnh", "UBND"},
    {"Ủy ban nhân dân huyện", "UBND"},
};

// "UBTVQH11" -> "UBTVQH", "QH14" -> "QH": a legislature number is not part of the body.
std::string_view WithoutTrailingDigits(std::string_view code) {
  while (!code.empty() && std::isdigit(static_cast<unsigned char>(code.back()))) {
    code.remove_suffix(1);
  }
  return code;
}

}  // namespace

std::optional<int> YearOfCode(std::string_view code) {
  size_t first = code.find('/');
  if (first == std::string_view::npos || code.substr(0, first).find('-') != std::string_view::npos) {
    return std::nullopt;  // a Party code: number-TYPE/ISSUER
  }
  std::string_view year = code.substr(first + 1, 5);
  if (year.size() < 5 || year[4] != '/') return std::nullopt;
  int value = 0;
  for (char c : year.substr(0, 4)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value >= 1900 && value <= 2100 ? std::optional<int>(value) : std::nullopt;
}

CodeShape ShapeOfCode(std::string_view code) {
  CodeShape shape;
  size_t dash = code.find('-'), slash = code.find('/');
  if (dash != std::string_view::npos && dash < slash) {  // number-TYPE/ISSUER
    shape.party = true;
    if (slash == std::string_view::npos) return shape;
    shape.type = code.substr(dash + 1, slash - dash - 1);
    shape.issuer = code.substr(slash + 1);
    return shape;
  }
  std::string_view tail = code.substr(code.rfind('/') + 1);  // [TYPE-]ISSUER[-UNIT]
  size_t tail_dash = tail.find('-');
  if (tail_dash == std::string_view::npos) {
    shape.issuer = tail;
    return shape;
  }
  std::string_view head = tail.substr(0, tail_dash);
  if (FindTypeCode(head) != nullptr) {
    shape.type = head;
    shape.issuer = tail.substr(tail_dash + 1);
  } else {
    shape.issuer = head;  // a công văn: the issuer, then its unit
  }
  return shape;
}

std::string IssuerFamilyOfCode(std::string_view issuer_code) {
  std::string_view body = WithoutTrailingDigits(issuer_code);
  if (body.empty()) return "";
  if (body == "UB") return "UBND";  // the older code of the same body: "136/1998/QĐ-UB"
  if (body.ends_with("TW") && FindIssuerCode(body) != nullptr) return "TW";
  if (body.ends_with("TU") && FindIssuerCode(body) != nullptr) return "TU";
  return FindIssuerCode(body) != nullptr ? std::string(body) : "";
}

bool IsKnownIssuerCode(std::string_view issuer_code) {
  if (issuer_code.empty()) return false;
  for (size_t start = 0; start <= issuer_code.size();) {
    size_t dash = std::min(issuer_code.find('-', start), issuer_code.size());
    if (IssuerFamilyOfCode(issuer_code.substr(start, dash - start)).empty()) return false;
    start = dash + 1;
  }
  return true;
}

std::string IssuerFamilyOfName(std::string_view body) {
  for (const BodyFamily& b : kBodyFamilies) {
    if (b.body == body) return std::string(b.family);
  }
  return "";
}

bool IssuerContradictsCode(std::string_view body, std::string_view issuer_code) {
  std::string stated = IssuerFamilyOfName(body), coded = IssuerFamilyOfCode(issuer_code);
  return !stated.empty() && !coded.empty() && stated != coded;
}

bool TypeWordContradictsCode(std::string_view type_word, std::string_view type_code) {
  if (type_word.empty() || type_code.empty()) return false;
  if (type_word == "Quy định") return type_code != "QĐ" && type_code != "QĐi" && type_code != "QyĐ";
  bool word_known = false;
  for (const TypeWord& w : TypeWords()) {
    if (w.name != type_word) continue;
    word_known = true;
    if (w.code == type_code) return false;
  }
  for (const TypeCode& t : TypeCodes()) {
    if (t.code == type_code && t.name == type_word) return false;
  }
  return word_known && FindTypeCode(type_code) != nullptr;
}

bool IsKnownTypeCode(std::string_view type_code, bool party) {
  for (const TypeCode& t : TypeCodes()) {
    if (t.code == type_code && (party ? t.party : t.state)) return true;
  }
  return false;
}

}  // namespace lexgraph
