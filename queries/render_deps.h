// Renderings of TaskDependencies (queries/task_deps.h):
//   DepsJson   one object per task (cli.md "deps"): {"task":{source, path,
//              kind, title}, "documents":[{id, code, …, "mentions":[…],
//              "lineage":{root, nodes, edges, cycles}}]}. No trailing newline.
//   DepsText   the task, then each document it cites with its lineage as a tree.
//   WriteDepsDot  one Graphviz digraph for all the tasks given: task boxes,
//              "cites" edges to documents, then the lineages' relations.
// Pure functions of their input; thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "queries/task_deps.h"

namespace lexgraph {

std::string DepsJson(const TaskDependencies& deps);
std::string DepsText(const TaskDependencies& deps);
Status WriteDepsDot(const std::vector<TaskDependencies>& deps, std::ostream& out);

}  // namespace lexgraph
