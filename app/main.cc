// lexgraph: finds citations of directives in Vietnamese Party and State
// documents and answers questions about them. A thin table of commands.
#include <malloc.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "app/commands.h"

namespace lexgraph::app {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"extract", "extract [--json] [--jobs N] FILE...   citations in files (- reads stdin)",
       RunExtract},
      {"outline", "outline [--json] FILE   the document's tree, citations under each node",
       RunOutline},
      {"text", "text [--origins] FILE...   the plain text read from a DOCX, PDF, HTML or text file (offsets point into it)",
       RunText},
      {"ingest", "ingest [--db DIR] [--jobs N] [--save-every MB] [--json] PATH...   files, folders, - into the store", RunIngest},
      {"docs", "docs [--db DIR] [--json] [--issuer X] [--type T] [--from D] [--to D]   documents in the store", RunDocs},
      {"due", "due --as-of D [--db DIR] [--window 12m] [--cadence 5,10,15,20] [--json|--ics FILE]   due for review", RunDue},
      {"issuer", "issuer [--db DIR] [--json] [--from D] [--to D] [--type T] NAME   documents of a body and the bodies under it",
       RunIssuer},
      {"issuers", "issuers [--db DIR] [--json]   issuing bodies with their counts", RunIssuers},
      {"lint", "lint [--db DIR] [--json] FILE   consistency findings of one file, against the store if any", RunLint},
      {"show", "show [--db DIR] REF [--json]   one document: facts, mentions, relations in and out, reviews, findings", RunShow},
      {"lineage", "lineage [--db DIR] REF [--up|--down|--both] [--depth N] [--json|--dot]   what REF depends on, or what depends on it", RunLineage},
      {"deps", "deps [--db DIR] TASK [--depth N] [--json|--dot]   the documents a task cites (P2/II/3#2, report.md:P2/II/3, words), each with its lineage", RunDeps},
      {"serve", "serve [--db DIR] [--host 127.0.0.1] [--port 8765] [--threads 16]   the web page and JSON API (docs/serve.md)", RunServe},
      {"stats", "stats [--db DIR] [--json]   counts by node and edge kind, size on disk", RunStats},
      {"check", "check [--db DIR]   verify the store's invariants (exit 3 if broken)", RunCheck},
      {"export", "export [--db DIR] --format graphml|dot|jsonl [--out FILE] [REF [--up|--down|--both] [--depth N]]   the whole graph, or REF's lineage", RunExport},
  };
  return kCommands;
}

int UsageError(const std::string& message) {
  std::fprintf(stderr, "lexgraph: %s\n", message.c_str());
  return 2;
}

namespace {

void PrintHelp(std::FILE* out) {
  std::fprintf(out, "usage: lexgraph COMMAND [ARGS]\n\ncommands:\n");
  for (const Command& c : Commands()) std::fprintf(out, "  %s\n", c.usage);
}

}  // namespace
}  // namespace lexgraph::app

namespace {

// Each file's text and its working copies are large blocks, allocated and
// freed once a file. glibc would serve blocks past its mmap threshold with
// fresh pages from the kernel every time (a page fault per 4 KB touched,
// about 5% of `extract`'s time); kept in the heap, freed blocks are reused.
// Peak memory is unchanged: only what was in use at once is ever held.
void KeepLargeBlocksInHeap() {
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lexgraph::app;
  KeepLargeBlocksInHeap();
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    PrintHelp(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  Args args(argv + 2, argv + argc);
  for (const Command& c : Commands()) {
    if (c.name == std::string(argv[1])) return c.run(args);
  }
  return UsageError(std::string("unknown command '") + argv[1] + "' (try lexgraph --help)");
}
