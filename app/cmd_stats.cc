// lexgraph stats [--db DIR] [--json]: nodes and edges by kind, index
// entries, sources and bytes on disk. Exit 0, or 3 if the store cannot be
// opened.
#include <nlohmann/json.hpp>

#include <cstdio>

#include "app/commands.h"
#include "app/store_options.h"

namespace lexgraph::app {
namespace {

void PrintText(const std::string& dir, const storage::StoreStats& s) {
  std::printf("store: %s\n", dir.c_str());
  std::printf("sources: %llu\n", static_cast<unsigned long long>(s.sources));
  std::printf("nodes:\n");
  for (const auto& [kind, n] : s.nodes_by_kind) {
    std::printf("  %-14s %llu\n", storage::NodeKindName(kind).c_str(), static_cast<unsigned long long>(n));
  }
  std::printf("edges:\n");
  for (const auto& [kind, n] : s.edges_by_kind) {
    std::printf("  %-14s %llu\n", storage::EdgeKindName(kind).c_str(), static_cast<unsigned long long>(n));
  }
  std::printf("index entries: %llu\n", static_cast<unsigned long long>(s.index_entries));
  std::printf("size on disk: %.1f MB\n", double(s.bytes_on_disk) / 1e6);
}

void PrintJson(const std::string& dir, const storage::StoreStats& s) {
  nlohmann::json nodes = nlohmann::json::object(), edges = nlohmann::json::object();
  for (const auto& [kind, n] : s.nodes_by_kind) nodes[storage::NodeKindName(kind)] = n;
  for (const auto& [kind, n] : s.edges_by_kind) edges[storage::EdgeKindName(kind)] = n;
  nlohmann::json j = {{"store", dir},   {"sources", s.sources},        {"nodes", nodes},
                      {"edges", edges}, {"index_entries", s.index_entries},
                      {"bytes_on_disk", s.bytes_on_disk}};
  std::printf("%s\n", j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace

int RunStats(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  bool json = false;
  for (const std::string& a : args) {
    if (a != "--json") return UsageError("stats: unknown argument " + a);
    json = true;
  }
  auto store = OpenStore(*dir, /*writer=*/false);
  if (!store.ok()) return StoreUnavailable(*dir, store.status());
  Result<storage::StoreStats> stats = (*store)->Stats();
  if (!stats.ok()) return StoreUnavailable(*dir, stats.status());
  json ? PrintJson(*dir, *stats) : PrintText(*dir, *stats);
  return 0;
}

}  // namespace lexgraph::app
