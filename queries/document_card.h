// The card `lexgraph show` prints for one document: its merged facts, every
// mention (source, section, footnote, task and the sentence as a snippet),
// its relations out and in with their evidence, the reviews reported and
// planned, and the findings about its mentions. Read through the document's
// own node and edges (queries/documents.h LoadDocument, plus one in-edge
// seek per relation kind): no scan, whatever the size of the store.
// Reads `reader` only; pass a snapshot for a consistent card.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "queries/documents.h"

namespace lexgraph {

struct DocumentCard {
  DocumentRow row;                     // facts, mentions, relations out, reviews, findings
  std::vector<Relation> relations_in;  // other -kind-> this document, with evidence (by kind, from)
};

// NotFound for an unknown id or a node that is not a document; Corruption
// for unreadable props; the reader's errors.
Result<DocumentCard> LoadCard(const storage::GraphReader& reader, std::string_view id);

// The `docs` object of the document (queries/documents.h) with richer
// mentions (end, text, sentence, task) and "relations_in". No newline.
std::string CardJson(const DocumentCard& card);

// For a person: a heading, the facts, then the mentions, relations and
// reviews as indented lists, snippets cut to a line.
std::string CardText(const DocumentCard& card);

}  // namespace lexgraph
