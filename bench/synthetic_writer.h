// WriteSyntheticStore: puts a SyntheticModel into a GraphStore with the
// records an ingest writes (engine/graph_writer.h), built with the engine's
// own encoders (engine/records.h, engine/relation_records.h):
//   source  "synthetic/gazette-000042.md", one per `per_source` documents
//           (a gazette issue holding them), owning what it states;
//   section "D17" per document, -part_of-> the source;
//   document node with its facts, -issued_by-> issuer (unless the text
//           names no body), -issued_on-> date;
//   indexes by_code, by_type_number, by_issuer (or by_issuer_code), by_date;
//   per citation: section -mentions-> cited document (span, sentence) and
//           document -kind-> cited document (cue, evidence).
// One difference from an ingest: a source does not re-put the node of a
// document it cites (the cited one is older and already written by its own
// source), so each document node has one owner. One Apply per source.
// Not thread-safe; the store must be open for writing.
#pragma once

#include <cstdint>
#include <functional>

#include "base/status.h"
#include "bench/synthetic_model.h"
#include "storage/graph_store.h"

namespace lexgraph::bench {

struct WriteCounts {
  uint64_t documents = 0;
  uint64_t sources = 0;
  uint64_t relation_edges = 0;
  uint64_t mention_edges = 0;
  uint64_t edges = 0;  // every edge: relations, mentions, issued_by/on, part_of
};

// `progress` (may be empty) is called after each source with the counts so far.
Result<WriteCounts> WriteSyntheticStore(const SyntheticModel& model, uint32_t per_source,
                                        storage::GraphStore& store,
                                        const std::function<void(const WriteCounts&)>& progress);

}  // namespace lexgraph::bench
