// SyntheticModel: a deterministic, made-up archive of documents for the
// query benchmark (bench/query_bench.cc): N documents dated 1990-2025 in
// date order, each issued by one of a few dozen bodies (every 100th by the
// Ban Bí thư, so N = 1,000,000 gives it exactly 10,000 documents; about one
// in twenty names no body and is known by its code only), and relations
// from each document to older ones: the out-degree is geometric (many cite
// nothing, a few cite dozens), the target is drawn from a Zipf law over a
// fixed ranking of the documents, so a few old directives are cited by
// thousands and most by one or two.
//
// Everything is a pure function of (documents, relations, seed): the
// generator (bench/make_query_store.cc) and the benchmark build the same
// model and agree on every key without reading the store. Our own
// splitmix64 drives every draw, so the archive is the same on every
// platform. Building the model for 10^6 documents takes about a second and
// ~40 MB. Immutable once built; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/analysis.h"

namespace lexgraph::bench {

struct ModelParams {
  uint32_t documents = 1'000'000;
  uint64_t relations = 3'000'000;  // relation edges wanted (at least this many, ~1% more)
  uint64_t seed = 1;
  double zipf_exponent = 0.75;  // of the citation ranking; 0.75 gives hubs of ~10^4 citers
};

// One relation a document states: it -kind-> an older document.
struct Citation {
  uint32_t target = 0;     // document index, < the citing document's
  std::string_view kind;   // "implements", "continues", ... (engine/relation_records.h)
  std::string_view cue;    // the phrase that states it, as the text writes it
};

class SyntheticModel {
 public:
  explicit SyntheticModel(const ModelParams& params);

  const ModelParams& params() const { return params_; }
  uint32_t size() const { return params_.documents; }

  // The facts of document `i` as the engine stores them (engine/records.h).
  DocumentFacts Facts(uint32_t i) const;
  std::string Key(uint32_t i) const;  // "12-CT/TW@XII", "45/2013/QĐ-UBND"

  // The relations document `i` states, in text order; distinct targets.
  std::vector<Citation> Citations(uint32_t i) const;

  // The document at place `rank` of the citation ranking (0: the most
  // cited by design), for sampling heavily cited roots.
  uint32_t ByRank(uint32_t rank) const { return ranking_[rank]; }

  // The body every 100th document comes from, with exactly N/100 documents.
  static constexpr std::string_view kListedBody = "Ban Bí thư";

 private:
  struct Meta {
    uint16_t body = 0;
    uint8_t type = 0;      // index into the body's types
    bool no_body = false;  // the text names no body: known by code only
    uint32_t number = 0;   // within (issuer code, type, term or year)
  };

  uint32_t DrawTarget(uint64_t& rng, uint32_t below) const;

  ModelParams params_;
  std::vector<Meta> meta_;
  std::vector<uint32_t> ranking_;  // rank -> document
  std::vector<double> zipf_cdf_;   // rank -> cumulative weight
  double mean_out_degree_ = 3;
};

}  // namespace lexgraph::bench
