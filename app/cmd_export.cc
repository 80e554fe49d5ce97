// lexgraph export [--db DIR] --format graphml|dot|jsonl [--out FILE]: the
// whole graph for Gephi, yEd, Graphviz or a script. Exit 0; 2 for bad usage
// or a file that cannot be written; 3 when the store cannot be opened.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "app/commands.h"
#include "app/store_options.h"
#include "queries/export.h"

namespace lexgraph::app {

int RunExport(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  std::string format_name, out_path;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string* value = args[i] == "--format" ? &format_name : args[i] == "--out" ? &out_path : nullptr;
    if (value == nullptr) return UsageError("export: unknown argument " + args[i]);
    if (i + 1 == args.size()) return UsageError(args[i] + " needs a value");
    *value = args[++i];
  }
  if (format_name.empty()) return UsageError("export: --format graphml|dot|jsonl is required");
  Result<ExportFormat> format = ParseExportFormat(format_name);
  if (!format.ok()) return UsageError(format.status().message());

  auto store = OpenStore(*dir, /*writer=*/false);
  if (!store.ok()) return StoreUnavailable(*dir, store.status());
  auto snapshot = (*store)->Snapshot();
  if (!snapshot.ok()) return StoreUnavailable(*dir, snapshot.status());
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) return UsageError(out_path + ": cannot open for writing");
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  Status s = ExportGraph(**snapshot, *format, out);
  if (!s.ok()) {
    std::fprintf(stderr, "lexgraph: %s\n", s.ToString().c_str());
    return s.code() == Status::Code::kIOError ? 2 : 3;
  }
  return 0;
}

}  // namespace lexgraph::app
