#include "queries/issuers.h"

#include <map>
#include <set>

#include "engine/graph_ids.h"
#include "extractors/patterns.h"
#include "queries/issuing_bodies.h"

namespace lexgraph {
namespace {

using DocsByBody = std::map<std::string, std::set<std::string>>;

Result<std::vector<storage::IndexEntry>> All(const storage::GraphReader& reader, std::string_view index) {
  return reader.ScanIndex(index, "");
}

std::string HeadOf(const std::string& key) { return key.substr(0, key.rfind('/')); }

// The body a code names ("UBTVQH11" -> "Ủy ban Thường vụ Quốc hội"), else the code.
std::string BodyOfCode(std::string_view code) {
  const IssuerCode* c = FindIssuerCode(CodeStem(code));
  return c != nullptr ? std::string(c->body) : std::string(code);
}

// Appends `name` and the table bodies under it, depth first, with totals.
std::set<std::string> Walk(const std::string& name, int depth, const DocsByBody& own,
                           std::vector<IssuerCount>& out) {
  size_t at = out.size();
  auto mine = own.find(name);
  out.push_back({name, std::string(ParentBody(name)), depth,
                 mine == own.end() ? 0 : mine->second.size(), 0});
  std::set<std::string> all = mine == own.end() ? std::set<std::string>() : mine->second;
  for (const IssuingBody& b : IssuingBodies()) {
    if (b.parent != name) continue;
    std::set<std::string> under = Walk(std::string(b.name), depth + 1, own, out);
    all.insert(under.begin(), under.end());
  }
  out[at].total = all.size();
  return all;
}

}  // namespace

Result<std::vector<IssuerCount>> CountIssuers(const storage::GraphReader& reader) {
  auto named = All(reader, kIndexByIssuer);
  if (!named.ok()) return named.status();
  auto coded = All(reader, kIndexByIssuerCode);
  if (!coded.ok()) return coded.status();
  DocsByBody own;
  std::set<std::string> has_name;
  for (const storage::IndexEntry& e : *named) {
    own[HeadOf(e.key)].insert(e.node_id);
    has_name.insert(e.node_id);
  }
  for (const storage::IndexEntry& e : *coded) {
    if (!has_name.count(e.node_id)) own[BodyOfCode(HeadOf(e.key))].insert(e.node_id);
  }
  std::vector<IssuerCount> tree;
  std::set<std::string> in_table;
  for (const IssuingBody& b : IssuingBodies()) {
    in_table.emplace(b.name);
    if (b.parent.empty()) Walk(std::string(b.name), 0, own, tree);
  }
  for (const auto& [name, docs] : own) {
    if (!in_table.count(name)) tree.push_back({name, "", 0, docs.size(), docs.size()});
  }
  std::vector<IssuerCount> out;
  for (IssuerCount& c : tree) {
    if (c.total > 0) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace lexgraph
