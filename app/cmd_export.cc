// lexgraph export [--db DIR] --format graphml|dot|jsonl [--out FILE] [REF
// [--up|--down|--both] [--depth N]]: the whole graph, or with a REF its
// lineage (up by default), for Gephi, yEd, Graphviz or a script. Exit 0; 1
// when REF names no document or several; 2 for bad usage or a file that
// cannot be written; 3 when the store cannot be opened.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "app/commands.h"
#include "app/flags.h"
#include "app/store_options.h"
#include "queries/export.h"
#include "queries/reference.h"

namespace lexgraph::app {

int RunExport(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  std::string format_name, out_path, ref, depth;
  LineageOptions walk;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--up" || a == "--down" || a == "--both") {
      walk.direction = a == "--up" ? LineageDirection::kUp : a == "--down" ? LineageDirection::kDown
                                                                          : LineageDirection::kBoth;
      continue;
    }
    std::string* value = a == "--format" ? &format_name : a == "--out" ? &out_path : a == "--depth" ? &depth : nullptr;
    if (value == nullptr && !a.starts_with("--") && ref.empty()) {
      ref = a;
      continue;
    }
    if (value == nullptr) return UsageError("export: unknown argument " + a);
    if (i + 1 == args.size()) return UsageError(a + " needs a value");
    *value = args[++i];
  }
  if (!depth.empty()) {
    Result<int> steps = ParseLimit("--depth", depth, "steps");
    if (!steps.ok()) return UsageError(steps.status().message());
    walk.depth = *steps;
  }
  if (format_name.empty()) return UsageError("export: --format graphml|dot|jsonl is required");
  Result<ExportFormat> format = ParseExportFormat(format_name);
  if (!format.ok()) return UsageError(format.status().message());

  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  std::optional<Lineage> lineage;
  if (!ref.empty()) {
    ReferenceOutcome found = FindDocument(view->reader(), ref);
    if (!found.document) {
      if (found.exit_code == 3) return StoreUnavailable(*dir, Status::Corruption(found.message));
      std::fprintf(stderr, "lexgraph: %s\n", found.message.c_str());
      return found.exit_code;
    }
    Result<Lineage> walked = WalkLineage(view->reader(), found.document->id, walk);
    if (!walked.ok()) return StoreUnavailable(*dir, walked.status());
    lineage = std::move(*walked);
  }
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary | std::ios::trunc);
    if (!file) return UsageError(out_path + ": cannot open for writing");
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  Status s = lineage ? ExportLineage(*lineage, *format, out) : ExportGraph(view->reader(), *format, out);
  if (!s.ok()) {
    std::fprintf(stderr, "lexgraph: %s\n", s.ToString().c_str());
    return s.code() == Status::Code::kIOError ? 2 : 3;
  }
  return 0;
}

}  // namespace lexgraph::app
