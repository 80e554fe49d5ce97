// make_query_store: writes the synthetic store of bench/synthetic_model.h
// into a new RocksDB store directory for bench/query_bench.
//
//   make_query_store --out DIR [--documents 1000000] [--relations 3000000]
//                    [--seed 1] [--per-source 1000]
//
// Prints the model's shape (relation edges, the most cited documents), how
// long writing took and the store's size on disk. Batches are not synced
// one by one (Durability::kUnsynced): a crash mid-run leaves a store
// to delete, not one to trust; the store is complete once this exits 0.
// Exit 2 for bad flags or a DIR that is not empty, 3 if the store fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "bench/bench_args.h"
#include "bench/synthetic_model.h"
#include "bench/synthetic_writer.h"
#include "storage/rocksdb_store.h"

namespace lb = lexgraph::bench;
namespace fs = std::filesystem;

namespace {

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

uint64_t BytesUnder(const fs::path& dir) {
  uint64_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}

// How the citations fall: the most cited documents and how many pass 1,000.
void PrintInDegrees(const lb::SyntheticModel& model) {
  std::vector<uint32_t> in(model.size(), 0);
  for (uint32_t i = 0; i < model.size(); ++i) {
    for (const lb::Citation& c : model.Citations(i)) ++in[c.target];
  }
  std::vector<uint32_t> sorted = in;
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  size_t thousands = std::count_if(in.begin(), in.end(), [](uint32_t d) { return d >= 1000; });
  size_t uncited = std::count(in.begin(), in.end(), 0u);
  std::printf("in-degree: top %u %u %u %u %u; %zu documents cited >= 1000 times; median %u; %zu never cited\n",
              sorted[0], sorted[1], sorted[2], sorted[3], sorted[4], thousands, sorted[sorted.size() / 2],
              uncited);
}

}  // namespace

int main(int argc, char** argv) {
  lb::BenchArgs args(argc, argv,
                     {{"--out", ""}, {"--documents", "1000000"}, {"--relations", "3000000"},
                      {"--seed", "1"}, {"--per-source", "1000"}});
  const std::string out = args.Str("--out");
  if (out.empty()) {
    std::fprintf(stderr, "make_query_store: --out DIR is required\n");
    return 2;
  }
  if (fs::exists(out) && !fs::is_empty(out)) {
    std::fprintf(stderr, "make_query_store: %s is not empty; remove it first\n", out.c_str());
    return 2;
  }
  lb::ModelParams params;
  params.documents = static_cast<uint32_t>(args.Num("--documents"));
  params.relations = args.Num("--relations");
  params.seed = args.Num("--seed");
  const auto per_source = static_cast<uint32_t>(args.Num("--per-source"));

  auto t0 = std::chrono::steady_clock::now();
  lb::SyntheticModel model(params);
  std::printf("model: %u documents, seed %llu, built in %.1f s\n", model.size(),
              static_cast<unsigned long long>(params.seed), SecondsSince(t0));
  PrintInDegrees(model);
  std::fflush(stdout);

  lexgraph::storage::RocksDbOptions options;
  options.durability = lexgraph::storage::Durability::kUnsynced;
  auto store = lexgraph::storage::RocksDbStore::Open(out, options);
  if (!store.ok()) {
    std::fprintf(stderr, "make_query_store: %s: %s\n", out.c_str(), store.status().ToString().c_str());
    return 3;
  }
  auto t1 = std::chrono::steady_clock::now();
  uint64_t last_report = 0;
  auto written = lb::WriteSyntheticStore(model, per_source, **store, [&](const lb::WriteCounts& c) {
    if (c.documents - last_report >= 100000 || c.documents == model.size()) {
      last_report = c.documents;
      std::fprintf(stderr, "  %llu documents, %llu relation edges, %.0f s\n",
                   static_cast<unsigned long long>(c.documents),
                   static_cast<unsigned long long>(c.relation_edges), SecondsSince(t1));
    }
  });
  if (!written.ok()) {
    std::fprintf(stderr, "make_query_store: %s: %s\n", out.c_str(), written.status().ToString().c_str());
    return 3;
  }
  store->reset();  // flushes and closes
  const double seconds = SecondsSince(t1);
  const uint64_t bytes = BytesUnder(out);
  std::printf("wrote %llu documents, %llu sources, %llu relation edges, %llu mentions edges, %llu edges in all\n",
              static_cast<unsigned long long>(written->documents),
              static_cast<unsigned long long>(written->sources),
              static_cast<unsigned long long>(written->relation_edges),
              static_cast<unsigned long long>(written->mention_edges),
              static_cast<unsigned long long>(written->edges));
  std::printf("generation: %.1f s; store size: %.2f GB (%s)\n", seconds, bytes / 1e9, out.c_str());
  return 0;
}
