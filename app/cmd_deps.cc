// lexgraph deps [--db DIR] TASK [--depth N] [--json|--dot]: the documents a
// task cites directly, each with its lineage (cli.md, "deps"; TASK as in
// queries/task_deps.h). Several tasks matching words are all listed (JSON
// Lines: one object per task). Exit 0 when a task is found; 1 when none is,
// or when a bare path names tasks in several sources (they are listed:
// qualify it, "report.md:P2/II/3"); 2 for bad usage; 3 when the store fails.
#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "app/flags.h"
#include "app/store_options.h"
#include "queries/render_deps.h"

namespace lexgraph::app {

int RunDeps(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  bool json = false, dot = false;
  LineageOptions lineage;
  std::string task;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--json") {
      json = true;
    } else if (a == "--dot") {
      dot = true;
    } else if (a == "--depth" && i + 1 < args.size()) {
      Result<int> depth = ParseLimit(a, args[++i], "steps");
      if (!depth.ok()) return UsageError(depth.status().message());
      lineage.depth = *depth;
    } else if (a.starts_with("--") || !task.empty()) {
      return UsageError("deps: unexpected argument " + a + " (usage: deps TASK [--depth N] [--json|--dot])");
    } else {
      task = a;
    }
  }
  if (task.empty()) return UsageError("deps: a TASK is required (\"P2/II/3#2\", \"report.md:P2/II/3\", words)");
  if (json && dot) return UsageError("deps: --json and --dot exclude each other");
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  Result<std::vector<TaskMatch>> tasks = FindTasks(view->reader(), task);
  if (!tasks.ok()) {
    if (tasks.status().code() == Status::Code::kInvalidArgument) return UsageError(tasks.status().message());
    return StoreUnavailable(*dir, tasks.status());
  }
  if (tasks->empty()) {
    std::fprintf(stderr, "lexgraph: deps: no task or section '%s' in the store\n", task.c_str());
    return 1;
  }
  bool by_path = task.find(' ') == std::string::npos && task.find(':') == std::string::npos;
  if (by_path && tasks->size() > 1) {
    std::fprintf(stderr, "lexgraph: deps: '%s' is in %zu sources; name one (SOURCE:%s):\n", task.c_str(),
                 tasks->size(), task.c_str());
    for (const TaskMatch& m : *tasks) std::fprintf(stderr, "  %s:%s\n", m.source.c_str(), m.section.path.c_str());
    return 1;
  }
  std::vector<TaskDependencies> all;
  for (const TaskMatch& m : *tasks) {
    Result<TaskDependencies> d = DependenciesOf(view->reader(), m, lineage);
    if (!d.ok()) return StoreUnavailable(*dir, d.status());
    all.push_back(std::move(*d));
  }
  if (dot) {
    Status s = WriteDepsDot(all, std::cout);
    if (!s.ok()) return UsageError(s.message());
    return 0;
  }
  for (const TaskDependencies& d : all) {
    std::string out = json ? DepsJson(d) + "\n" : DepsText(d);
    std::fputs(out.c_str(), stdout);
  }
  return 0;
}

}  // namespace lexgraph::app
