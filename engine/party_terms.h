// The terms (khóa) of the Party Central Committee: a term runs from the close
// of one national congress to the close of the next. Used to give a Party
// document without a stated khóa the term of its date, and to find a stated
// term that contradicts the date. Pure functions over a fixed table.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/mention.h"

namespace lexgraph {

struct PartyTerm {
  std::string_view roman;  // "IX"
  Date start;              // the close of the congress that elected it
};

// The term in force on `date`, or nullopt before khóa VI (1986-12-18).
std::optional<PartyTerm> TermOfDate(const Date& date);

// The term named by `roman`, or nullopt when the table does not know it.
std::optional<PartyTerm> TermByName(std::string_view roman);

// True iff `date` falls inside the term named `roman` (its start inclusive,
// the next term's start exclusive). False for an unknown term.
bool DateInTerm(const Date& date, std::string_view roman);

}  // namespace lexgraph
