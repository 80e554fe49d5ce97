// DueEvents: the items of a due list as iCalendar events (queries/
// ics_calendar.h), in Vietnamese: one all-day event per item on its due
// day (a year-only item on the first day of that year inside the window).
// UIDs hash the document id, reason, due and milestone, so the same store
// and arguments give the same UIDs and a re-import updates, not duplicates.
// Pure function; thread-safe.
#pragma once

#include <vector>

#include "queries/due.h"
#include "queries/ics_calendar.h"

namespace lexgraph {

std::vector<IcsEvent> DueEvents(const DueList& list);

}  // namespace lexgraph
