#include "bench/synthetic_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include "engine/party_terms.h"

namespace lexgraph::bench {
namespace {

// splitmix64: a tiny generator whose output is fixed by its definition.
uint64_t Next(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}
double Unit(uint64_t& state) { return static_cast<double>(Next(state) >> 11) * 0x1.0p-53; }
uint64_t Below(uint64_t& state, uint64_t n) { return Next(state) % n; }

// The stream of draws that belongs to document `i` under `seed`.
uint64_t StreamOf(uint64_t seed, uint64_t salt, uint32_t i) {
  uint64_t s = seed * 0x2545F4914F6CDD1Dull + salt;
  Next(s);
  return s ^ (uint64_t{i} * 0x9E3779B97F4A7C15ull);
}

struct TypeSpec {
  std::string_view code, word;
};
constexpr std::array kTypes = {
    TypeSpec{"NQ", "Nghị quyết"}, TypeSpec{"CT", "Chỉ thị"},    TypeSpec{"KL", "Kết luận"},
    TypeSpec{"QĐ", "Quyết định"}, TypeSpec{"HD", "Hướng dẫn"},  TypeSpec{"TB", "Thông báo"},
    TypeSpec{"KH", "Kế hoạch"},   TypeSpec{"CV", "Công văn"},   TypeSpec{"NĐ", "Nghị định"},
    TypeSpec{"TT", "Thông tư"},   TypeSpec{"PL", "Pháp lệnh"},
};

struct BodySpec {
  std::string_view name, code;
  bool party;
  int weight;  // per mille, roughly, of the documents not drawn for the listed body
  std::string_view types;  // '|'-separated type codes
};
// Index 0 is SyntheticModel::kListedBody; it takes every 100th document and is never drawn.
constexpr std::array kBodies = {
    BodySpec{"Ban Bí thư", "TW", true, 0, "CT|TB|QĐ|KL"},
    BodySpec{"Bộ Chính trị", "TW", true, 8, "NQ|KL|CT|QĐ"},
    BodySpec{"Ban Chấp hành Trung ương", "TW", true, 2, "NQ"},
    BodySpec{"Ban Tổ chức Trung ương", "BTCTW", true, 6, "HD|QĐ|CV"},
    BodySpec{"Ban Tuyên giáo Trung ương", "BTGTW", true, 6, "HD|CV|KH"},
    BodySpec{"Ban Dân vận Trung ương", "BDVTW", true, 4, "HD|CV"},
    BodySpec{"Ủy ban Kiểm tra Trung ương", "UBKTTW", true, 4, "QĐ|HD|TB"},
    BodySpec{"Văn phòng Trung ương Đảng", "VPTW", true, 4, "CV|HD"},
    BodySpec{"Ban Kinh tế Trung ương", "BKTTW", true, 2, "CV"},
    BodySpec{"Tỉnh ủy", "TU", true, 40, "NQ|CT|KH"},
    BodySpec{"Ban Thường vụ Tỉnh ủy", "TU", true, 70, "CT|KL|QĐ|TB|CV"},
    BodySpec{"Ủy ban Kiểm tra Tỉnh ủy", "UBKTTU", true, 15, "QĐ|TB"},
    BodySpec{"Huyện ủy", "HU", true, 50, "NQ|CT|KH"},
    BodySpec{"Ban Thường vụ Huyện ủy", "HU", true, 80, "CT|KL|QĐ|TB|CV"},
    BodySpec{"Đảng ủy", "ĐU", true, 40, "NQ|CT|KH"},
    BodySpec{"Ban Thường vụ Đảng ủy", "ĐU", true, 30, "QĐ|TB"},
    BodySpec{"Quốc hội", "QH", false, 3, "NQ"},
    BodySpec{"Ủy ban Thường vụ Quốc hội", "UBTVQH", false, 3, "NQ|PL"},
    BodySpec{"Chính phủ", "CP", false, 25, "NĐ|NQ"},
    BodySpec{"Thủ tướng Chính phủ", "TTg", false, 35, "QĐ|CT"},
    BodySpec{"Văn phòng Chính phủ", "VPCP", false, 10, "TB|CV"},
    BodySpec{"Bộ Tài chính", "BTC", false, 25, "TT|QĐ"},
    BodySpec{"Bộ Nội vụ", "BNV", false, 15, "TT|QĐ"},
    BodySpec{"Bộ Giáo dục và Đào tạo", "BGDĐT", false, 15, "TT|QĐ"},
    BodySpec{"Bộ Tài nguyên và Môi trường", "BTNMT", false, 12, "TT|QĐ"},
    BodySpec{"Bộ Y tế", "BYT", false, 12, "TT|QĐ"},
    BodySpec{"Bộ Công an", "BCA", false, 8, "TT"},
    BodySpec{"Ngân hàng Nhà nước Việt Nam", "NHNN", false, 8, "TT"},
    BodySpec{"Hội đồng nhân dân tỉnh", "HĐND", false, 60, "NQ"},
    BodySpec{"Hội đồng nhân dân huyện", "HĐND", false, 40, "NQ"},
    BodySpec{"Ủy ban nhân dân tỉnh", "UBND", false, 170, "QĐ|CT|KH"},
    BodySpec{"Ủy ban nhân dân huyện", "UBND", false, 150, "QĐ|KH"},
    BodySpec{"Chủ tịch Ủy ban nhân dân tỉnh", "CTUBND", false, 30, "QĐ"},
};

std::vector<std::string_view> TypesOf(const BodySpec& b) {
  std::vector<std::string_view> out;
  std::string_view list = b.types;
  while (!list.empty()) {
    size_t bar = list.find('|');
    out.push_back(list.substr(0, bar));
    list = bar == std::string_view::npos ? std::string_view() : list.substr(bar + 1);
  }
  return out;
}

std::string_view TypeWord(std::string_view code) {
  for (const TypeSpec& t : kTypes) {
    if (t.code == code) return t.word;
  }
  return code;
}

constexpr std::array<std::string_view, 16> kSubjects = {
    "tăng cường công tác dân vận trong tình hình mới",
    "đẩy mạnh cải cách hành chính",
    "xây dựng, chỉnh đốn Đảng",
    "phát triển kinh tế - xã hội năm tới",
    "công tác cán bộ",
    "phòng, chống tham nhũng, lãng phí",
    "bảo vệ môi trường",
    "phát triển giáo dục và đào tạo",
    "bảo đảm an ninh trật tự",
    "xây dựng nông thôn mới",
    "công tác kiểm tra, giám sát",
    "thực hành tiết kiệm",
    "chăm sóc sức khỏe nhân dân",
    "công tác thi đua, khen thưởng",
    "quản lý đất đai",
    "chuyển đổi số",
};

struct KindSpec {
  std::string_view kind, cue;
  int weight;
};
constexpr std::array kKinds = {
    KindSpec{"implements", "triển khai thực hiện", 35}, KindSpec{"continues", "tiếp tục thực hiện", 20},
    KindSpec{"guides", "hướng dẫn thực hiện", 15},      KindSpec{"based_on", "căn cứ", 15},
    KindSpec{"amends", "sửa đổi, bổ sung", 7},          KindSpec{"replaces", "thay thế", 4},
    KindSpec{"repeals", "bãi bỏ", 2},                   KindSpec{"suspends", "tạm đình chỉ", 1},
    KindSpec{"corrects", "đính chính", 1},
};

// Days since 1970-01-01 of a civil date, and back (proleptic Gregorian).
int64_t DaysOf(int y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
Date DateOfDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return {y, m, d};
}

// Documents are dated in index order, spread evenly over 1990-2025.
Date DateOf(uint32_t i, uint32_t n) {
  static const int64_t kFirst = DaysOf(1990, 1, 1);
  static const int64_t kDays = DaysOf(2026, 1, 1) - kFirst;
  return DateOfDays(kFirst + static_cast<int64_t>(uint64_t{i} * kDays / n));
}

std::string TermOf(const Date& d) {
  std::optional<PartyTerm> t = TermOfDate(d);
  return t ? std::string(t->roman) : std::string();
}

constexpr uint64_t kSaltMeta = 1, kSaltCites = 2, kSaltRanking = 3;

}  // namespace

SyntheticModel::SyntheticModel(const ModelParams& params) : params_(params) {
  const uint32_t n = params_.documents;
  int total_weight = 0;
  for (const BodySpec& b : kBodies) total_weight += b.weight;

  meta_.resize(n);
  std::map<std::string, uint32_t> counters;  // "code|type|term or year" -> last number
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t rng = StreamOf(params_.seed, kSaltMeta, i);
    Meta& m = meta_[i];
    if (i % 100 != 37) {
      int pick = static_cast<int>(Below(rng, static_cast<uint64_t>(total_weight)));
      for (size_t b = 0; b < kBodies.size(); ++b) {
        pick -= kBodies[b].weight;
        if (pick < 0) {
          m.body = static_cast<uint16_t>(b);
          break;
        }
      }
      m.no_body = Below(rng, 20) == 0;
    }
    const BodySpec& body = kBodies[m.body];
    std::vector<std::string_view> types = TypesOf(body);
    m.type = static_cast<uint8_t>(Below(rng, types.size()));
    Date date = DateOf(i, n);
    std::string qualifier = body.party ? TermOf(date) : std::to_string(date.year);
    m.number = ++counters[std::string(body.code) + "|" + std::string(types[m.type]) + "|" + qualifier];
  }

  // The ranking: a fixed shuffle, its first thousand places moved to the
  // oldest 30% of documents, so the most cited are old enough to have citers.
  ranking_.resize(n);
  for (uint32_t i = 0; i < n; ++i) ranking_[i] = i;
  uint64_t rng = StreamOf(params_.seed, kSaltRanking, 0);
  for (uint32_t i = n; i > 1; --i) std::swap(ranking_[i - 1], ranking_[Below(rng, i)]);
  const uint32_t old = std::max<uint32_t>(1, static_cast<uint32_t>(n * 0.3));
  const uint32_t top = std::min<uint32_t>(1000, n / 4);
  for (uint32_t r = 0; r < top; ++r) {
    while (ranking_[r] >= old) {
      uint32_t p = top + static_cast<uint32_t>(Below(rng, n - top));
      if (ranking_[p] < old) std::swap(ranking_[r], ranking_[p]);
    }
  }
  zipf_cdf_.resize(n);
  double sum = 0;
  for (uint32_t r = 0; r < n; ++r) {
    sum += std::pow(static_cast<double>(r) + 1, -params_.zipf_exponent);
    zipf_cdf_[r] = sum;
  }
  // 1% over the wanted mean covers the spread of the draws and the first
  // documents, which have few older ones to cite.
  mean_out_degree_ = n == 0 ? 0 : 1.01 * static_cast<double>(params_.relations) / n;
}

std::string SyntheticModel::Key(uint32_t i) const {
  const Meta& m = meta_[i];
  const BodySpec& body = kBodies[m.body];
  std::string_view type = TypesOf(body)[m.type];
  Date date = DateOf(i, params_.documents);
  if (body.party) {
    return std::to_string(m.number) + "-" + std::string(type) + "/" + std::string(body.code) + "@" +
           TermOf(date);
  }
  return std::to_string(m.number) + "/" + std::to_string(date.year) + "/" + std::string(type) + "-" +
         std::string(body.code);
}

DocumentFacts SyntheticModel::Facts(uint32_t i) const {
  const Meta& m = meta_[i];
  const BodySpec& body = kBodies[m.body];
  std::string_view type = TypesOf(body)[m.type];
  Date date = DateOf(i, params_.documents);
  uint64_t rng = StreamOf(params_.seed, kSaltMeta + 100, i);

  DocumentFacts f;
  f.key = Key(i);
  f.code = f.key.substr(0, f.key.find('@'));
  f.type = std::string(TypeWord(type));
  f.type_code = std::string(type);
  f.number = static_cast<int>(m.number);
  f.year = date.year;
  f.date = date;
  f.issuer_code = std::string(body.code);
  if (!m.no_body) {
    f.issuer = std::string(body.name);
    f.issuers.push_back(f.issuer);
  }
  if (body.party) f.term = TermOf(date);
  f.subject = std::string(kSubjects[Below(rng, kSubjects.size())]);
  f.aliases.push_back(f.code);
  f.type_words.push_back(f.type);
  f.dates.push_back(date);
  if ((type == "NQ" || type == "CT") && Below(rng, 10) == 0) f.cadence_years.push_back(5);
  return f;
}

uint32_t SyntheticModel::DrawTarget(uint64_t& rng, uint32_t below) const {
  const double total = zipf_cdf_.back();
  for (int attempt = 0; attempt < 32; ++attempt) {
    double u = Unit(rng) * total;
    auto it = std::upper_bound(zipf_cdf_.begin(), zipf_cdf_.end(), u);
    size_t rank = std::min<size_t>(static_cast<size_t>(it - zipf_cdf_.begin()), zipf_cdf_.size() - 1);
    if (ranking_[rank] < below) return ranking_[rank];
  }
  return static_cast<uint32_t>(Below(rng, below));
}

std::vector<Citation> SyntheticModel::Citations(uint32_t i) const {
  std::vector<Citation> out;
  if (i == 0) return out;
  uint64_t rng = StreamOf(params_.seed, kSaltCites, i);
  // Geometric on {0, 1, ...} with the wanted mean: P(k) = (1-p)^k p.
  double p = 1.0 / (1.0 + mean_out_degree_);
  double u = 1.0 - Unit(rng);  // in (0, 1]
  uint32_t degree = static_cast<uint32_t>(std::floor(std::log(u) / std::log1p(-p)));
  degree = std::min({degree, i, uint32_t{60}});
  int kind_total = 0;
  for (const KindSpec& k : kKinds) kind_total += k.weight;
  while (out.size() < degree) {
    uint32_t target = DrawTarget(rng, i);
    bool seen = std::any_of(out.begin(), out.end(), [&](const Citation& c) { return c.target == target; });
    if (seen) continue;
    int pick = static_cast<int>(Below(rng, static_cast<uint64_t>(kind_total)));
    const KindSpec* kind = &kKinds[0];
    for (const KindSpec& k : kKinds) {
      pick -= k.weight;
      if (pick < 0) {
        kind = &k;
        break;
      }
    }
    out.push_back({target, kind->kind, kind->cue});
  }
  return out;
}

}  // namespace lexgraph::bench
