// ListIssuedBy: the documents one issuing body issued, with the bodies under
// it (queries/issuing_bodies.h), as `lexgraph issuer` lists them. Reads the
// by_issuer index for each body name in scope and the by_issuer_code index
// for each code in scope (documents whose text names no body), then loads
// each document through its own node (LoadDocument): no scan of the store,
// so the cost grows with the rows listed, not with the store.
// Reads `reader` only; pass a snapshot for a consistent list. Thread-safe
// as the reader is.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "queries/documents.h"
#include "queries/issuing_bodies.h"
#include "storage/graph_store.h"

namespace lexgraph {

struct IssuerQuery {
  std::string body;  // as typed: name, alias, abbreviation or issuer code
  std::string type;  // type word or type code ("Chỉ thị", "CT"); "" any
  std::string from;  // ISO date, inclusive; "" open. A bound drops undated documents.
  std::string to;    // ISO date, inclusive ("2020" = up to the end of 2020)
};

struct IssuerListing {
  BodyScope scope;                // the body resolved, the names and codes read
  std::string place;              // the province typed after a local body ("UBND tỉnh Cần
                                  // Thơ"): only documents keyed to it are listed; "" any
  std::vector<DocumentRow> rows;  // by date, undated last, then by id
};

// A body typed with a province after it (queries/typed_place.h) lists the
// documents keyed to that province only: a local body's documents carry
// their province in their key. NotFound when `query.body` names no known or stored body; the message
// names it and the closest known bodies. A body with no documents gives
// an empty listing. Other errors: a failed read, Corruption.
Result<IssuerListing> ListIssuedBy(const storage::GraphReader& reader, const IssuerQuery& query);

}  // namespace lexgraph
