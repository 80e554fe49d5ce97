// The ids and index names the engine gives the graph's records. Readable
// and stable: "src:/data/report.md", "sec:/data/report.md#P2/II/3",
// "doc:62-KL/TW@X", "iss:Bộ Chính trị", "date:2009-12-08". Pure functions.
#pragma once

#include <string>
#include <string_view>

#include "extractors/mention.h"

namespace lexgraph {

inline constexpr std::string_view kDocPrefix = "doc:";

inline std::string SourceId(std::string_view path) { return "src:" + std::string(path); }
inline std::string SectionId(std::string_view source_path, std::string_view section) {
  return "sec:" + std::string(source_path) + "#" + std::string(section);
}
inline std::string DocumentId(std::string_view key) { return std::string(kDocPrefix) + std::string(key); }
inline std::string IssuerId(std::string_view name) { return "iss:" + std::string(name); }
inline std::string DateId(const Date& d) { return "date:" + d.Iso(); }

// The document key of a document node id ("doc:62-KL/TW@X" -> "62-KL/TW@X").
inline std::string_view DocumentKeyOf(std::string_view doc_id) {
  return doc_id.starts_with(kDocPrefix) ? doc_id.substr(kDocPrefix.size()) : doc_id;
}

// Secondary indexes over document nodes, and the shape of their keys.
inline constexpr std::string_view kIndexByCode = "by_code";            // "62-KL/TW"
inline constexpr std::string_view kIndexByTypeNumber = "by_type_number";  // "KL/62/" + term or year
inline constexpr std::string_view kIndexByIssuer = "by_issuer";        // "Bộ Chính trị/2009-12-08"
// Documents whose source names no body: the issuer code of their number
// ("TU/2020-03-17", "UBTVQH11/"), so a query for the body a code names
// (Tỉnh ủy, Chính phủ, Trung ương) finds them without a scan.
inline constexpr std::string_view kIndexByIssuerCode = "by_issuer_code";
inline constexpr std::string_view kIndexByDate = "by_date";            // "2009-12-08"
inline constexpr std::string_view kIndexByTitle = "by_title";          // named documents: the key
// A source's termless citation resolved across the store: the termless key
// ("39-CT/TW") -> the document it became, owned by that source; lets a later
// run find the sources to resolve again (engine/re_resolve.h).
inline constexpr std::string_view kIndexByTermless = "by_termless";

}  // namespace lexgraph
