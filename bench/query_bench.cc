// query_bench: latency of the questions people ask, on the synthetic store
// make_query_store wrote, each beside the time of one full scan of the edge
// set in the same process (issue 6, item 8).
//
//   query_bench --store DIR [--documents 1000000] [--relations 3000000]
//               [--seed 1] [--queries 200] [--cited-queries 4]
//               [--issuer-queries 10] [--depth 5] [--hubs 100]
//
// The model flags must be those the store was made with (the roots are
// drawn from the model, bench/synthetic_model.h). In one process, with the
// store opened read-only as the CLI opens it:
//   1. ForEachEdge over every out-edge record, twice (the first warms the
//      page cache; the second is the yardstick);
//   2. lineage walks to --depth (queries/lineage.h WalkLineage) from
//      --queries documents drawn uniformly and --cited-queries drawn among
//      the --hubs most cited by design (thousands of citers each: their
//      down lineage to depth 5 holds ~10^5 documents, a walk takes minutes,
//      hence few of them); walks alternate up and down;
//   3. `show` cards (queries/document_card.h LoadCard) of the same roots;
//   4. --issuer-queries listings of the body with exactly N/100 documents
//      (queries/issuer.h ListIssuedBy, "Ban Bí thư": 10,000 rows at 10^6).
// Prints count, median, p99 and max of each, by class and overall, the
// scan's time over each median, and whether the lineage median is at most
// 1/1000 of the scan. Exit 2 for bad flags, 3 if the store cannot be opened
// or a query fails, 1 if the store does not match the model.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "bench/bench_args.h"
#include "bench/latency.h"
#include "bench/synthetic_model.h"
#include "engine/graph_ids.h"
#include "engine/relation_records.h"
#include "queries/document_card.h"
#include "queries/issuer.h"
#include "queries/lineage.h"
#include "storage/rocksdb_store.h"

namespace lb = lexgraph::bench;
using lexgraph::Status;

namespace {

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

[[noreturn]] void Fail(const std::string& what, const Status& s) {
  std::fprintf(stderr, "query_bench: %s: %s\n", what.c_str(), s.ToString().c_str());
  std::exit(3);
}

struct ScanResult {
  double seconds = 0;
  uint64_t edges = 0, relation_edges = 0, prop_bytes = 0;
};

ScanResult ScanEdges(const lexgraph::storage::GraphReader& reader) {
  ScanResult r;
  r.seconds = lb::TimeIt([&] {
    Status s = reader.ForEachEdge([&](const lexgraph::storage::Edge& e) {
      ++r.edges;
      r.relation_edges += lexgraph::IsRelationEdge(e.kind) ? 1 : 0;
      r.prop_bytes += e.props.size();
      return true;
    });
    if (!s.ok()) Fail("full scan", s);
  });
  return r;
}

struct Root {
  std::string id;
  bool cited;  // drawn among the most cited
};

// Roots: `uniform` drawn over all documents, then `cited` among the `hubs`
// most cited by design; fixed by the seed. Walks alternate up and down.
std::vector<Root> DrawRoots(const lb::SyntheticModel& model, size_t uniform, size_t cited, uint32_t hubs) {
  std::vector<Root> roots;
  uint64_t state = model.params().seed * 7919 + 17;
  auto next = [&state] {  // a small LCG is enough to pick roots
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
  };
  for (size_t k = 0; k < uniform + cited; ++k) {
    bool is_cited = k >= uniform;
    uint32_t doc = is_cited ? model.ByRank(static_cast<uint32_t>(next() % hubs))
                         : static_cast<uint32_t>(next() % model.size());
    roots.push_back({lexgraph::DocumentId(model.Key(doc)), is_cited});
  }
  return roots;
}

void PrintRow(const char* what, const lb::Latencies& l, double scan, const std::string& extra) {
  std::printf("%-28s %5zu  %10.3f  %10.3f  %10.3f  %10.0f  %s\n", what, l.count(), l.Median() * 1e3,
              l.P99() * 1e3, l.Max() * 1e3, l.Median() > 0 ? scan / l.Median() : 0.0, extra.c_str());
}

std::string Mean(uint64_t total, size_t n, const char* unit) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "mean %.0f %s", n ? static_cast<double>(total) / n : 0.0, unit);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  lb::BenchArgs args(argc, argv,
                     {{"--store", ""},
                      {"--documents", "1000000"},
                      {"--relations", "3000000"},
                      {"--seed", "1"},
                      {"--queries", "200"},
                      {"--cited-queries", "4"},
                      {"--issuer-queries", "10"},
                      {"--depth", "5"},
                      {"--hubs", "100"}});
  lb::ModelParams params;
  params.documents = static_cast<uint32_t>(args.Num("--documents"));
  params.relations = args.Num("--relations");
  params.seed = args.Num("--seed");
  const size_t queries = args.Num("--queries");
  const size_t cited_queries = args.Num("--cited-queries");
  const size_t issuer_queries = args.Num("--issuer-queries");
  const int depth = static_cast<int>(args.Num("--depth"));
  const auto hubs = static_cast<uint32_t>(args.Num("--hubs"));
  if (args.Str("--store").empty() || params.documents == 0 || hubs == 0) {
    std::fprintf(stderr, "query_bench: --store DIR is required; --documents and --hubs must be > 0\n");
    return 2;
  }

  std::printf("load average at start: %s\n", LoadAverage().c_str());
  lexgraph::storage::RocksDbOptions options;
  options.read_only = true;
  auto opened = lexgraph::storage::RocksDbStore::Open(args.Str("--store"), options);
  if (!opened.ok()) Fail(args.Str("--store"), opened.status());
  const lexgraph::storage::GraphReader& reader = **opened;

  lb::SyntheticModel model(params);
  const std::string last = lexgraph::DocumentId(model.Key(model.size() - 1));
  if (!reader.GetNode(last).ok()) {
    std::fprintf(stderr, "query_bench: the store holds no %s: not made with these --documents/--seed\n",
                 last.c_str());
    return 1;
  }

  ScanResult cold = ScanEdges(reader);
  ScanResult scan = ScanEdges(reader);
  std::printf("full scan of the edge set (ForEachEdge): %.2f s (first, warming: %.2f s); %llu edges, "
              "%llu of them relations, %.2f GB of props\n",
              scan.seconds, cold.seconds, static_cast<unsigned long long>(scan.edges),
              static_cast<unsigned long long>(scan.relation_edges), scan.prop_bytes / 1e9);
  std::fflush(stdout);

  const std::vector<Root> roots = DrawRoots(model, queries, cited_queries, hubs);
  lb::Latencies lineage, lineage_class[2][2];  // [cited][down]
  uint64_t reached[2][2] = {};
  for (size_t k = 0; k < roots.size(); ++k) {
    bool down = k % 2 == 1;
    lexgraph::LineageOptions lo;
    lo.direction = down ? lexgraph::LineageDirection::kDown : lexgraph::LineageDirection::kUp;
    lo.depth = depth;
    size_t nodes = 0;
    double t = lb::TimeIt([&] {
      auto walked = lexgraph::WalkLineage(reader, roots[k].id, lo);
      if (!walked.ok()) Fail("lineage of " + roots[k].id, walked.status());
      nodes = walked->nodes.size();
    });
    lineage.Add(t);
    lineage_class[roots[k].cited][down].Add(t);
    reached[roots[k].cited][down] += nodes;
  }

  lb::Latencies show, show_class[2];
  uint64_t card_lines[2] = {};
  for (const Root& root : roots) {
    size_t lines = 0;
    double t = lb::TimeIt([&] {
      auto card = lexgraph::LoadCard(reader, root.id);
      if (!card.ok()) Fail("show " + root.id, card.status());
      lines = card->row.mentions.size() + card->row.relations.size() + card->relations_in.size();
    });
    show.Add(t);
    show_class[root.cited].Add(t);
    card_lines[root.cited] += lines;
  }

  lb::Latencies issuer;
  size_t rows = 0;
  lexgraph::IssuerQuery iq;
  iq.body = std::string(lb::SyntheticModel::kListedBody);
  for (size_t k = 0; k < issuer_queries; ++k) {
    issuer.Add(lb::TimeIt([&] {
      auto listing = lexgraph::ListIssuedBy(reader, iq);
      if (!listing.ok()) Fail("issuer listing", listing.status());
      rows = listing->rows.size();
    }));
  }

  std::printf("\n%-28s %5s  %10s  %10s  %10s  %10s\n", "query (lineage to --depth)", "n", "median ms",
              "p99 ms", "max ms", "scan/med");
  PrintRow("lineage, all", lineage, scan.seconds, "");
  PrintRow("  cited root, up", lineage_class[1][0], scan.seconds, Mean(reached[1][0], lineage_class[1][0].count(), "documents"));
  PrintRow("  cited root, down", lineage_class[1][1], scan.seconds, Mean(reached[1][1], lineage_class[1][1].count(), "documents"));
  PrintRow("  uniform root, up", lineage_class[0][0], scan.seconds, Mean(reached[0][0], lineage_class[0][0].count(), "documents"));
  PrintRow("  uniform root, down", lineage_class[0][1], scan.seconds, Mean(reached[0][1], lineage_class[0][1].count(), "documents"));
  PrintRow("show, all", show, scan.seconds, "");
  PrintRow("  cited document", show_class[1], scan.seconds, Mean(card_lines[1], show_class[1].count(), "lines"));
  PrintRow("  uniform document", show_class[0], scan.seconds, Mean(card_lines[0], show_class[0].count(), "lines"));
  PrintRow(("issuer '" + iq.body + "'").c_str(), issuer, scan.seconds, std::to_string(rows) + " rows");
  std::printf("full edge scan               %5d  %10.3f\n", 1, scan.seconds * 1e3);

  const bool met = lineage.Median() * 1000 <= scan.seconds;
  std::printf("\ntarget: lineage median <= full scan / 1000 (%.3f ms): %s (median %.3f ms, scan/median %.0f)\n",
              scan.seconds, met ? "MET" : "MISSED", lineage.Median() * 1e3,
              lineage.Median() > 0 ? scan.seconds / lineage.Median() : 0.0);
  std::printf("load average at end: %s\n", LoadAverage().c_str());
  return 0;
}
