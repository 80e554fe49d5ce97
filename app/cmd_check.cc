// lexgraph check [--db DIR]: verifies the store's invariants (every edge has
// both ends, in and out edges mirror, index entries point at live nodes,
// each source wholly present). Prints each problem; exit 0 when they hold,
// 3 otherwise or when the store cannot be opened.
#include <cstdio>

#include "app/commands.h"
#include "app/store_options.h"
#include "storage/verify_graph.h"

namespace lexgraph::app {

int RunCheck(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  if (!args.empty()) return UsageError("check: unknown argument " + args[0]);
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  std::vector<std::string> problems = storage::VerifyGraph(view->reader());
  for (const std::string& p : problems) std::printf("%s\n", p.c_str());
  if (!problems.empty()) {
    std::fprintf(stderr, "lexgraph: the store at %s fails its checks (%zu problems)\n",
                 dir->c_str(), problems.size());
    return 3;
  }
  std::printf("ok: the store at %s holds every invariant\n", dir->c_str());
  return 0;
}

}  // namespace lexgraph::app
