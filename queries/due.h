// ListDue: what is due for review in a window ending at a date, as
// `lexgraph due` lists it (cli.md, "due"):
//   anniversary  a document's N-year mark falls in the window (N from its
//                stated cadence, else each assumed N), and no source reports
//                a review at that mark (a `reviews` edge with that
//                milestone, or without one but in the mark's year);
//   planned      a programme plans a review of it (`plans_review` edge)
//                for a period that overlaps the window; one row per
//                document and period, with the first statement's evidence.
// Cost: one pass over the document nodes (marks need each document's date
// and cadence) and the plans_review edges of each source; rows are then
// loaded through their own nodes. Reads `reader` only; pass a snapshot.
#pragma once

#include <chrono>
#include <optional>

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "queries/documents.h"
#include "queries/due_dates.h"
#include "storage/graph_store.h"

namespace lexgraph {

struct DueQuery {
  Date as_of;                               // the window's last day
  int window_months = 12;                   // the window's length
  std::vector<int> cadence = {5, 10, 15, 20};  // N assumed for a document stating none
  // When set, reading stops at this moment and the list says it is not
  // complete (the server's budget: `due` reads every document's facts).
  std::optional<std::chrono::steady_clock::time_point> deadline;
};

struct DueItem {
  DocumentRow doc;
  std::string due;     // "2021-01-07"; "2021" for a year-only mark or a planned year
  std::string reason;  // "anniversary" or "planned"
  std::optional<int> milestone_years;  // the mark; for planned, as the programme says
  bool stated_cadence = false;         // anniversary: N is the document's own cadence
  std::string cue;                     // planned: the words that plan it
  Evidence evidence;  // anniversary: a mention giving the date; planned: the programme's
};

struct DueList {
  DueWindow window;
  std::vector<DueItem> items;  // by due, anniversaries before plans, then document id
  bool complete = true;        // false: the deadline came before every document was read
};

// Errors: a failed read, Corruption for unreadable props. An empty list is OK.
Result<DueList> ListDue(const storage::GraphReader& reader, const DueQuery& query);

// Renderings: one JSON object per item (no newline), and a text line.
std::string DueJsonLine(const DueItem& item);
std::string DueTextLine(const DueItem& item);

}  // namespace lexgraph
