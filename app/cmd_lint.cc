// lexgraph lint [--db DIR] [--json] FILE: the consistency findings of one
// file, without storing it (cli.md, "lint"); when the store exists (--db,
// $LEXGRAPH_DB or the default), the file is also checked against it. Exit 0
// when the file has no finding of severity "warning" (info findings may be
// printed), 1 when it has one (so `lexgraph lint draft.md && send` stops),
// 2 for bad usage or a file that cannot be read, 3 when an existing store
// cannot be opened.
#include <cstdio>
#include <filesystem>

#include "app/commands.h"
#include "app/file_reader.h"
#include "app/store_options.h"
#include "queries/lint.h"

namespace lexgraph::app {

int RunLint(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  bool json = false;
  std::string path;
  for (const std::string& a : args) {
    if (a == "--json") {
      json = true;
    } else if (path.empty() && (a == "-" || !a.starts_with("--"))) {
      path = a;
    } else {
      return UsageError("lint: unexpected argument " + a);
    }
  }
  if (path.empty()) return UsageError("lint: name one FILE (- reads stdin)");
  Result<formats::PlainText> doc = ReadDocument(path);
  if (!doc.ok()) return UsageError(doc.status().message());
  const std::string& bytes = doc->text;
  std::unique_ptr<storage::RocksDbStore> store;
  std::error_code ec;
  if (std::filesystem::exists(*dir, ec)) {
    auto opened = OpenStore(*dir, /*writer=*/false);
    if (!opened.ok()) return StoreUnavailable(*dir, opened.status());
    store = std::move(*opened);
  }
  Result<std::vector<Finding>> findings = LintSource(bytes, path, store.get());
  if (!findings.ok()) return UsageError(findings.status().message());
  bool warned = false;
  for (const Finding& f : *findings) {
    std::string line = json ? FindingJsonLine(f) : FindingTextLine(f);
    std::printf("%s\n", line.c_str());
    warned = warned || f.severity == "warning";
  }
  return warned ? 1 : 0;
}

}  // namespace lexgraph::app
