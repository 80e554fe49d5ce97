// The commands of the `lexgraph` program. Each takes the arguments after its
// name and returns the process exit code (cli.md: 0 found, 1 nothing found,
// 2 bad input or usage, 3 store unavailable). Each lives in its own file.
#pragma once

#include <string>
#include <vector>

namespace lexgraph::app {

using Args = std::vector<std::string>;

int RunExtract(const Args& args);
int RunOutline(const Args& args);
int RunIngest(const Args& args);
int RunDocs(const Args& args);
int RunStats(const Args& args);
int RunCheck(const Args& args);
int RunExport(const Args& args);
int RunLint(const Args& args);
int RunIssuer(const Args& args);
int RunIssuers(const Args& args);
int RunDue(const Args& args);
int RunShow(const Args& args);
int RunLineage(const Args& args);
int RunDeps(const Args& args);
int RunServe(const Args& args);
int RunText(const Args& args);

struct Command {
  const char* name;
  const char* usage;
  int (*run)(const Args& args);
};

// Every command, in the order `lexgraph --help` lists them.
const std::vector<Command>& Commands();

// Prints "lexgraph: MESSAGE" on stderr and returns 2 (usage or input error).
int UsageError(const std::string& message);

}  // namespace lexgraph::app
