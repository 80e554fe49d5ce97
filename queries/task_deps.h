// Task dependencies (`lexgraph deps`): the documents a task of a programme
// or plan cites directly, each with its lineage (queries/lineage.h).
//
// A TASK is named by its outline path ("P2/II/3#2", or a section "P2/II/3",
// which takes in the tasks under it), by source and path
// ("report.md:P2/II/3#2": the source whose path is, or ends in, the part
// before the colon), or by words of its text ("Mặt trận Tổ quốc", folded by
// queries/fold_name.h). An item keeps no text of its own in the store,
// so its text is the sentences its citations stand in (on the mention edges):
// words find tasks that cite something, which are the ones deps is about. Paths are found with one GetNode per stored
// source (sections are nodes "sec:PATH#SECTION", engine/graph_ids.h); words
// read the sections each source owns (GetSourceContents), so their cost
// grows with the number of stored sections, not of documents. No index is
// added. A task's citations are the `mentions` edges leaving its section node
// and the section nodes under it (`part_of` in-edges). Mentions in a
// footnote hang from the section of its marker, not from a task, so they are
// not a task's direct citations.
//
// Reads `reader` only; thread-safe as the reader is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "engine/analysis.h"
#include "queries/documents.h"
#include "queries/lineage.h"
#include "storage/graph_store.h"

namespace lexgraph {

struct TaskMatch {
  std::string source;      // the source's path
  std::string section_id;  // "sec:PATH#P2/II/3#2"
  SectionInfo section;     // path, title, kind, span
  std::string text;        // the title, else (items keep none) the sentences its mentions stand in
};

// The tasks (or sections) TASK names, in source then outline-path order.
// InvalidArgument for an empty TASK; the reader's errors. None found: empty.
Result<std::vector<TaskMatch>> FindTasks(const storage::GraphReader& reader, std::string_view task);

struct CitedDocument {
  std::string id;
  DocumentFacts facts;
  std::vector<MentionRef> mentions;  // where the task cites it (section, task, sentence)
  Lineage lineage;                   // up from the document, per the options
};

struct TaskDependencies {
  TaskMatch task;
  std::vector<CitedDocument> documents;  // in the order the task first cites them
};

// The documents `task` cites and their lineages. The reader's errors;
// Corruption for unreadable props.
Result<TaskDependencies> DependenciesOf(const storage::GraphReader& reader, const TaskMatch& task,
                                        const LineageOptions& lineage);

}  // namespace lexgraph
