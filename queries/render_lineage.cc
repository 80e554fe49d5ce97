#include "queries/render_lineage.h"

#include <map>
#include <set>
#include <unordered_map>

#include "engine/graph_ids.h"
#include "queries/dot_writer.h"
#include "queries/lineage_json.h"
#include "queries/reference.h"
#include "queries/relation_kinds.h"
#include "queries/render_values.h"

namespace lexgraph {
namespace {

using nlohmann::json;

constexpr size_t kEvidenceBytes = 140;

// One line of evidence: 'report.md P1/I/5, footnote 1: "…"'.
std::string EvidenceLine(const LineageEdge& e) {
  if (e.evidence.empty()) return "";
  const Evidence& ev = e.evidence.front().evidence;
  std::string out = BaseName(ev.source);
  if (!ev.section.empty()) out += " " + ev.section;
  if (ev.footnote) out += ", footnote " + std::to_string(*ev.footnote);
  if (!ev.text.empty()) out += ": \"" + Snippet(ev.text, kEvidenceBytes) + "\"";
  if (e.evidence.size() > 1) out += " (+" + std::to_string(e.evidence.size() - 1) + " more)";
  return out;
}

class TreePrinter {
 public:
  explicit TreePrinter(const Lineage& l) {
    for (const LineageNode& n : l.nodes) nodes_.emplace(n.id, &n);
    for (const LineageEdge& e : l.edges) {
      out_[e.from].push_back(&e);
      in_[e.to].push_back(&e);
    }
  }

  void Print(const std::string& id, const std::string& prefix, bool up, std::string& text) {
    const std::vector<const LineageEdge*>& children = up ? out_[id] : in_[id];
    for (size_t i = 0; i < children.size(); ++i) {
      const LineageEdge& e = *children[i];
      bool last = i + 1 == children.size();
      const std::string& other = up ? e.to : e.from;
      text += prefix + (last ? "└─ " : "├─ ") + storage::EdgeKindName(e.kind) + (up ? " → " : " ← ") +
              NodeLine(other);
      bool cycle = path_.count(other) > 0, again = !cycle && shown_.count(other) > 0;
      text += cycle ? "   ⟲ cycle: back to a document above\n" : again ? "   (shown above)\n" : "\n";
      std::string inner = prefix + (last ? "   " : "│  ");
      if (std::string ev = EvidenceLine(e); !ev.empty()) text += inner + "   " + ev + "\n";
      if (cycle || again) continue;
      shown_.insert(other);
      path_.insert(other);
      Print(other, inner, up, text);
      path_.erase(other);
    }
  }

  void Start(const std::string& root) {
    shown_ = {root};
    path_ = {root};
  }

  std::string NodeLine(const std::string& id) const {
    auto it = nodes_.find(id);
    if (it == nodes_.end()) return std::string(DocumentKeyOf(id));
    return DocumentHitLine({id, it->second->facts});
  }

 private:
  std::unordered_map<std::string, const LineageNode*> nodes_;
  std::map<std::string, std::vector<const LineageEdge*>> out_, in_;
  std::set<std::string> shown_, path_;
};

}  // namespace

json LineageEdgeJson(const LineageEdge& e) {
  json evidence = json::array();
  for (const Relation& r : e.evidence) {
    json one = EvidenceJson(r.evidence);
    one["cue"] = r.cue;
    evidence.push_back(std::move(one));
  }
  return {{"from", e.from}, {"to", e.to}, {"kind", storage::EdgeKindName(e.kind)}, {"evidence", evidence}};
}

json LineageJsonValue(const Lineage& l, LineageDirection direction) {
  json nodes = json::array(), edges = json::array(), cycles = json::array();
  for (const LineageNode& n : l.nodes) {
    json j = DocumentFactsJson(n.id, n.facts);
    j["depth"] = n.depth;
    nodes.push_back(std::move(j));
  }
  for (const LineageEdge& e : l.edges) edges.push_back(LineageEdgeJson(e));
  for (const std::vector<std::string>& c : l.cycles) cycles.push_back(c);
  return {{"root", l.root}, {"direction", LineageDirectionName(direction)},
          {"nodes", nodes}, {"edges", edges}, {"cycles", cycles}, {"truncated", l.truncated}};
}

std::string LineageJson(const Lineage& l, LineageDirection direction) {
  return LineageJsonValue(l, direction).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string LineageText(const Lineage& l, LineageDirection direction) {
  TreePrinter tree(l);
  std::string text = tree.NodeLine(l.root) + "\n";
  bool both = direction == LineageDirection::kBoth;
  if (direction != LineageDirection::kDown) {
    if (both) text += "depends on (up):\n";
    tree.Start(l.root);
    tree.Print(l.root, "", /*up=*/true, text);
  }
  if (direction != LineageDirection::kUp) {
    if (both) text += "depended on by (down):\n";
    tree.Start(l.root);
    tree.Print(l.root, "", /*up=*/false, text);
  }
  size_t others = l.nodes.empty() ? 0 : l.nodes.size() - 1;
  text += std::to_string(others) + (others == 1 ? " document, " : " documents, ") +
          std::to_string(l.edges.size()) + (l.edges.size() == 1 ? " relation" : " relations");
  text += l.cycles.empty() ? ", no cycle\n" : "\n";
  if (l.truncated) {
    text += "stopped at " + std::to_string(l.nodes.size()) +
            " documents: more are reachable (--max-nodes N raises the limit, 0 lifts it; --depth N narrows)\n";
  }
  for (const std::vector<std::string>& c : l.cycles) {
    text += "cycle among:";
    for (const std::string& id : c) text += " " + std::string(DocumentKeyOf(id));
    text += "\n";
  }
  return text;
}

Status WriteLineageDot(const Lineage& l, std::ostream& out) {
  std::vector<DotNode> nodes;
  std::unordered_map<std::string, uint32_t> index;
  for (const LineageNode& n : l.nodes) {
    std::string label = n.facts.key.empty() ? std::string(DocumentKeyOf(n.id)) : n.facts.key;
    if (!n.facts.type.empty()) label += "\\n" + n.facts.type;
    index.emplace(n.id, static_cast<uint32_t>(nodes.size()));
    nodes.push_back({n.id, label, "ellipse", n.id == l.root ? "bold" : "solid"});
  }
  std::vector<DotLink> links;
  for (const LineageEdge& e : l.edges) {
    auto from = index.find(e.from), to = index.find(e.to);
    if (from == index.end() || to == index.end()) continue;
    links.push_back({from->second, to->second, storage::EdgeKindName(e.kind), EvidenceLine(e)});
  }
  return WriteDot(std::move(nodes), links, out);
}

}  // namespace lexgraph
