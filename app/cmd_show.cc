// lexgraph show [--db DIR] REF [--json]: one document's card (cli.md, "show").
// REF as people type it (queries/reference.h). Exit 0 with the card; 1 when
// REF names no document (suggestions on stderr) or several (candidates on
// stderr); 2 for bad usage or an unreadable REF; 3 when the store fails.
#include <cstdio>

#include "app/commands.h"
#include "app/store_options.h"
#include "queries/document_card.h"
#include "queries/reference.h"

namespace lexgraph::app {

int RunShow(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  bool json = false;
  std::string ref;
  for (const std::string& a : args) {
    if (a == "--json") {
      json = true;
    } else if (a.starts_with("--") || !ref.empty()) {
      return UsageError("show: unexpected argument " + a + " (usage: show REF [--json])");
    } else {
      ref = a;
    }
  }
  if (ref.empty()) return UsageError("show: a REF is required (\"65-KL/TW\", \"Kết luận 65\", an id)");
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  ReferenceOutcome found = FindDocument(view->reader(), ref);
  if (!found.document) {
    if (found.exit_code == 3) return StoreUnavailable(*dir, Status::Corruption(found.message));
    std::fprintf(stderr, "lexgraph: %s\n", found.message.c_str());
    return found.exit_code;
  }
  Result<DocumentCard> card = LoadCard(view->reader(), found.document->id);
  if (!card.ok()) return StoreUnavailable(*dir, card.status());
  std::string out = json ? CardJson(*card) + "\n" : CardText(*card);
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace lexgraph::app
