// lexgraph lineage [--db DIR] REF [--up|--down|--both] [--depth N] [--max-nodes N] [--json|--dot]:
// what REF depends on (up, the default) or what depends on it (down),
// transitively (cli.md, "lineage"). Exit 0 with the lineage (even when it
// holds only REF); 1 when REF names no document or several; 2 for bad
// usage; 3 when the store fails.
#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "app/flags.h"
#include "app/store_options.h"
#include "queries/reference.h"
#include "queries/render_lineage.h"

namespace lexgraph::app {
namespace {

// Documents a lineage reaches before it stops and says so (--max-nodes).
constexpr size_t kDefaultMaxNodes = 10000;

struct Options {
  std::string ref;
  LineageOptions walk{.max_nodes = kDefaultMaxNodes};
  bool json = false, dot = false;
};

Result<Options> Parse(const Args& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--up") {
      o.walk.direction = LineageDirection::kUp;
    } else if (a == "--down") {
      o.walk.direction = LineageDirection::kDown;
    } else if (a == "--both") {
      o.walk.direction = LineageDirection::kBoth;
    } else if (a == "--json") {
      o.json = true;
    } else if (a == "--dot") {
      o.dot = true;
    } else if (a == "--depth" || a == "--max-nodes") {
      if (i + 1 == args.size()) return Status::InvalidArgument(a + " needs a value");
      Result<int> n = ParseLimit(a, args[++i], a == "--depth" ? "steps" : "documents");
      if (!n.ok()) return n.status();
      if (a == "--depth") {
        o.walk.depth = *n;
      } else {
        o.walk.max_nodes = static_cast<size_t>(*n);
      }
    } else if (a.starts_with("--") || !o.ref.empty()) {
      return Status::InvalidArgument("lineage: unexpected argument " + a);
    } else {
      o.ref = a;
    }
  }
  if (o.ref.empty()) return Status::InvalidArgument("lineage: a REF is required (\"Công văn 1051-CV/TU\", an id)");
  if (o.json && o.dot) return Status::InvalidArgument("lineage: --json and --dot exclude each other");
  return o;
}

}  // namespace

int RunLineage(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  ReferenceOutcome found = FindDocument(view->reader(), opts->ref);
  if (!found.document) {
    if (found.exit_code == 3) return StoreUnavailable(*dir, Status::Corruption(found.message));
    std::fprintf(stderr, "lexgraph: %s\n", found.message.c_str());
    return found.exit_code;
  }
  Result<Lineage> lineage = WalkLineage(view->reader(), found.document->id, opts->walk);
  if (!lineage.ok()) return StoreUnavailable(*dir, lineage.status());
  if (opts->dot) {
    Status s = WriteLineageDot(*lineage, std::cout);
    if (!s.ok()) return UsageError(s.message());
  } else {
    std::string out = opts->json ? LineageJson(*lineage, opts->walk.direction) + "\n"
                                 : LineageText(*lineage, opts->walk.direction);
    std::fputs(out.c_str(), stdout);
  }
  return 0;
}

}  // namespace lexgraph::app
