#include "engine/party_terms.h"

#include <array>

namespace lexgraph {
namespace {

// From ../shared/docs/conventions.md. XIV closed its congress in January 2026;
// the day is not in the table of record, so the month's first day stands in.
constexpr std::array kTerms = {
    PartyTerm{"VI", {1986, 12, 18}},  PartyTerm{"VII", {1991, 6, 27}},
    PartyTerm{"VIII", {1996, 7, 1}},  PartyTerm{"IX", {2001, 4, 22}},
    PartyTerm{"X", {2006, 4, 25}},    PartyTerm{"XI", {2011, 1, 19}},
    PartyTerm{"XII", {2016, 1, 28}},  PartyTerm{"XIII", {2021, 2, 1}},
    PartyTerm{"XIV", {2026, 1, 1}},
};

}  // namespace

std::optional<PartyTerm> TermOfDate(const Date& date) {
  std::optional<PartyTerm> found;
  for (const PartyTerm& t : kTerms) {
    if (t.start <= date) found = t;
  }
  return found;
}

std::optional<PartyTerm> TermByName(std::string_view roman) {
  for (const PartyTerm& t : kTerms) {
    if (t.roman == roman) return t;
  }
  return std::nullopt;
}

bool DateInTerm(const Date& date, std::string_view roman) {
  std::optional<PartyTerm> t = TermOfDate(date);
  return t && t->roman == roman;
}

}  // namespace lexgraph
