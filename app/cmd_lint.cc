// lexgraph lint [--json] FILE: the consistency findings of one file, without
// storing it (cli.md, "lint"). Exit 0 when the file was read (with or
// without findings), 2 for bad usage or a file that cannot be read.
#include <cstdio>

#include "app/commands.h"
#include "app/file_reader.h"
#include "queries/lint.h"

namespace lexgraph::app {

int RunLint(const Args& args) {
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
  Result<std::string> bytes = ReadInput(path);
  if (!bytes.ok()) return UsageError(bytes.status().message());
  Result<std::vector<Finding>> findings = LintSource(*bytes, path);
  if (!findings.ok()) return UsageError(findings.status().message());
  for (const Finding& f : *findings) {
    std::string line = json ? FindingJsonLine(f) : FindingTextLine(f);
    std::printf("%s\n", line.c_str());
  }
  return 0;
}

}  // namespace lexgraph::app
