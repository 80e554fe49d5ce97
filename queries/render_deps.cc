#include "queries/render_deps.h"

#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/graph_ids.h"
#include "queries/dot_writer.h"
#include "queries/lineage_json.h"
#include "queries/reference.h"
#include "queries/relation_kinds.h"
#include "queries/render_lineage.h"
#include "queries/render_values.h"

namespace lexgraph {

using nlohmann::json;

std::string DepsJson(const TaskDependencies& d) {
  json documents = json::array();
  for (const CitedDocument& doc : d.documents) {
    json j = DocumentFactsJson(doc.id, doc.facts);
    json mentions = json::array();
    for (const MentionRef& m : doc.mentions) {
      mentions.push_back({{"source", m.source}, {"start", m.start}, {"end", m.end}, {"section", m.section},
                          {"footnote", OrNull(m.footnote)}, {"task", m.task.empty() ? json(nullptr) : json(m.task)},
                          {"text", m.text}, {"snippet", m.sentence}});
    }
    j["mentions"] = std::move(mentions);
    j["lineage"] = LineageJsonValue(doc.lineage, LineageDirection::kUp);
    documents.push_back(std::move(j));
  }
  json task = {{"source", d.task.source}, {"path", d.task.section.path}, {"kind", d.task.section.kind},
               {"task", d.task.section.task}, {"title", d.task.section.title}, {"text", d.task.text}};
  json j = {{"task", task}, {"documents", documents}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string DepsText(const TaskDependencies& d) {
  std::string text = (d.task.section.task ? "task " : "section ") + d.task.section.path + " (" +
                     BaseName(d.task.source) + ")";
  if (!d.task.text.empty()) text += ": \"" + Snippet(d.task.text, 160) + "\"";
  text += "\ncites " + std::to_string(d.documents.size()) +
          (d.documents.size() == 1 ? " document directly:\n" : " documents directly:\n");
  for (const CitedDocument& doc : d.documents) {
    std::string lineage = doc.lineage.edges.empty() ? DocumentHitLine({doc.id, doc.facts}) + "\n"
                                                    : LineageText(doc.lineage, LineageDirection::kUp);
    // Indent the lineage tree under the task.
    std::string indented;
    size_t i = 0;
    while (i < lineage.size()) {
      size_t end = lineage.find('\n', i);
      if (end == std::string::npos) end = lineage.size();
      indented += "  " + lineage.substr(i, end - i) + "\n";
      i = end + 1;
    }
    text += indented;
  }
  return text;
}

Status WriteDepsDot(const std::vector<TaskDependencies>& all, std::ostream& out) {
  std::vector<DotNode> nodes;
  std::unordered_map<std::string, uint32_t> index;
  auto add = [&](const std::string& id, const std::string& label, const std::string& shape) {
    if (index.emplace(id, static_cast<uint32_t>(nodes.size())).second) nodes.push_back({id, label, shape, "solid"});
  };
  std::vector<DotLink> links;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  auto link = [&](const std::string& from, const std::string& to, const std::string& kind) {
    if (!index.count(from) || !index.count(to) || !seen.insert({from, to, kind}).second) return;
    links.push_back({index.at(from), index.at(to), kind, ""});
  };
  for (const TaskDependencies& d : all) {
    add(d.task.section_id, d.task.section.path + "\\n" + BaseName(d.task.source), "box");
    for (const CitedDocument& doc : d.documents) {
      for (const LineageNode& n : doc.lineage.nodes) {
        add(n.id, n.facts.key + (n.facts.type.empty() ? "" : "\\n" + n.facts.type), "ellipse");
      }
      link(d.task.section_id, doc.id, "cites");
      for (const LineageEdge& e : doc.lineage.edges) link(e.from, e.to, storage::EdgeKindName(e.kind));
    }
  }
  return WriteDot(std::move(nodes), links, out);
}

}  // namespace lexgraph
