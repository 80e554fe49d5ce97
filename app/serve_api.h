// The JSON API of `lexgraph serve` (docs/serve.md): one handler per
// endpoint, each a thin layer over one query of queries/, answering with the
// shapes of the CLI's --json (lists wrapped in pages: serve_http.h
// PagedJson). Each request takes the store's latest read view
// (serve_store.h) and keeps it until it has answered.
// Threads: the handlers run on the server's worker threads at once; they
// share only `store`, which is thread-safe.
#pragma once

#include <httplib.h>

#include <memory>

#include "app/serve_store.h"

namespace lexgraph::app {

// /api/search, /api/show, /api/lineage, /api/deps (serve_api_documents.cc).
void AddDocumentRoutes(httplib::Server& server, ServedStore& store);

// /api/issuer, /api/issuers, /api/due, /api/due.ics (serve_api_lists.cc).
void AddListRoutes(httplib::Server& server, ServedStore& store);

// /api/source: the paragraph of a source around a span (serve_source.cc).
void AddSourceRoutes(httplib::Server& server, ServedStore& store);

// The store's view for one request, or the error answered (503 before the
// first ingest or while the store cannot be opened). nullptr iff answered.
std::shared_ptr<const ReadView> ViewOrFail(ServedStore& store, httplib::Response& res);

}  // namespace lexgraph::app
