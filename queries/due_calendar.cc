#include "queries/due_calendar.h"

#include <algorithm>
#include <string>

#include "engine/content_hash.h"

namespace lexgraph {
namespace {

// "Kết luận số 120-KL/TW", a named document's title, else its key.
std::string DocumentName(const DocumentFacts& f) {
  if (!f.code.empty()) return (f.type.empty() ? "" : f.type + " số ") + f.code;
  return !f.title.empty() ? f.title : f.key;
}

Date StartOf(const DueItem& item, const DueWindow& window) {
  const std::string& d = item.due;
  Date start{std::stoi(d.substr(0, 4)), 1, 1};
  if (d.size() == 10) return {start.year, std::stoi(d.substr(5, 2)), std::stoi(d.substr(8, 2))};
  return std::max(start, window.first);
}

std::string Summary(const DueItem& item) {
  std::string name = DocumentName(item.doc.facts);
  if (item.reason == "planned") {
    return "Kế hoạch kiểm tra, sơ kết năm " + item.due + ": " + name;
  }
  return "Mốc " + std::to_string(item.milestone_years.value_or(0)) + " năm thực hiện " + name;
}

std::string Description(const DueItem& item) {
  const DocumentFacts& f = item.doc.facts;
  std::string out;
  if (!f.subject.empty()) out += "Trích yếu: " + f.subject + "\n";
  if (f.date) out += "Ngày ban hành: " + f.date->Iso() + "\n";
  if (!f.issuer.empty()) out += "Cơ quan ban hành: " + f.issuer + "\n";
  if (item.reason == "planned") {
    out += "Lý do: chương trình năm " + item.due + " dự kiến kiểm tra, sơ kết, tổng kết (" + item.cue + ")\n";
  } else {
    out += "Lý do: tròn " + std::to_string(item.milestone_years.value_or(0)) + " năm kể từ ngày ban hành (" +
           (item.stated_cadence ? "chu kỳ văn bản tự quy định" : "chu kỳ mặc định") + ")\n";
  }
  const Evidence& e = item.evidence;
  out += "Nguồn: " + e.source;
  if (!e.section.empty()) out += ", mục " + e.section;
  if (e.footnote) out += ", chú thích " + std::to_string(*e.footnote);
  if (!e.text.empty()) out += "\nTrích dẫn: " + e.text;
  return out;
}

}  // namespace

std::vector<IcsEvent> DueEvents(const DueList& list) {
  std::vector<IcsEvent> out;
  for (const DueItem& item : list.items) {
    std::string identity = item.doc.id + "|" + item.reason + "|" + item.due + "|" +
                           (item.milestone_years ? std::to_string(*item.milestone_years) : "");
    std::string hash = ContentHash(identity);
    out.push_back({hash.substr(hash.find(':') + 1) + "@lexgraph", StartOf(item, list.window),
                   Summary(item), Description(item)});
  }
  return out;
}

}  // namespace lexgraph
