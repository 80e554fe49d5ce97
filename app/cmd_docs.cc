// lexgraph docs [--db DIR] [--json] [--issuer X] [--type T] [--from DATE]
// [--to DATE]: one line per document in the store (cli.md, "documents").
// Exit 0 when documents are listed, 1 when none matches, 2 for bad usage,
// 3 when the store cannot be opened.
#include <cstdio>

#include "app/commands.h"
#include "app/store_options.h"
#include "queries/documents.h"

namespace lexgraph::app {
namespace {

struct Options {
  bool json = false;
  DocumentFilter filter;
};

Result<Options> Parse(const Args& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string* value = a == "--issuer" ? &o.filter.issuer
                         : a == "--type" ? &o.filter.type
                         : a == "--from" ? &o.filter.from
                         : a == "--to"   ? &o.filter.to
                                         : nullptr;
    if (a == "--json") {
      o.json = true;
    } else if (value != nullptr) {
      if (i + 1 == args.size()) return Status::InvalidArgument(a + " needs a value");
      *value = args[++i];
    } else {
      return Status::InvalidArgument("docs: unknown argument " + a);
    }
  }
  return o;
}

}  // namespace

int RunDocs(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  Result<std::vector<DocumentRow>> rows = ListDocuments(view->reader(), opts->filter);
  if (!rows.ok()) return StoreUnavailable(*dir, rows.status());
  for (const DocumentRow& row : *rows) {
    std::string line = opts->json ? DocumentJsonLine(row) : DocumentTextLine(row);
    std::printf("%s\n", line.c_str());
  }
  return rows->empty() ? 1 : 0;
}

}  // namespace lexgraph::app
