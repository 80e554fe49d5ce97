// Renderings of DueItem (declared in queries/due.h).
#include <nlohmann/json.hpp>

#include "queries/due.h"

namespace lexgraph {
namespace {

using json = nlohmann::ordered_json;

json EvidenceJson(const Evidence& e) {
  return {{"source", e.source},
          {"section", e.section.empty() ? json(nullptr) : json(e.section)},
          {"footnote", e.footnote ? json(*e.footnote) : json(nullptr)},
          {"text", e.text}};
}

std::string Where(const Evidence& e) {
  std::string where = e.source;
  if (!e.section.empty()) where += " " + e.section;
  if (e.footnote) where += " footnote " + std::to_string(*e.footnote);
  return where;
}

}  // namespace

std::string DueJsonLine(const DueItem& item) {
  json rest = {{"due", item.due},
               {"reason", item.reason},
               {"milestone_years", item.milestone_years ? json(*item.milestone_years) : json(nullptr)}};
  if (item.reason == "anniversary") rest["cadence"] = item.stated_cadence ? "stated" : "assumed";
  if (!item.cue.empty()) rest["cue"] = item.cue;
  rest["evidence"] = EvidenceJson(item.evidence);
  // The document exactly as `docs --json` writes it, then the item's fields.
  return "{\"doc\":" + DocumentJsonLine(item.doc) + "," + rest.dump().substr(1);
}

std::string DueTextLine(const DueItem& item) {
  std::string why = item.reason;
  if (item.milestone_years) why += " " + std::to_string(*item.milestone_years) + "y";
  if (item.reason == "anniversary") why += item.stated_cadence ? " (stated)" : " (assumed)";
  return item.due + "  " + why + "  " + DocumentTextLine(item.doc) + "  [" + Where(item.evidence) + "]";
}

}  // namespace lexgraph
