#include "engine/document_facts.h"

#include <algorithm>
#include <optional>

#include "engine/code_checks.h"
#include "extractors/patterns.h"

namespace lexgraph {
namespace {

template <typename T>
void AddDistinct(std::vector<T>& list, const T& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

template <typename T>
void AddAll(std::vector<T>& list, const std::vector<T>& more) {
  for (const T& v : more) AddDistinct(list, v);
}

void Fill(std::string& field, const std::string& value) {
  if (field.empty()) field = value;
}

template <typename T>
void Fill(std::optional<T>& field, const std::optional<T>& value) {
  if (!field) field = value;
}

// True iff the type word implies `type_code` (or no code is known).
bool TypeWordAgrees(const std::string& word, const std::string& type_code) {
  if (type_code.empty()) return true;
  for (const TypeWord& t : TypeWords()) {
    if (t.name == word) return t.code == type_code;
  }
  return false;
}

std::string TypeName(const std::string& type_code) {
  const TypeCode* t = FindTypeCode(type_code);
  return t == nullptr ? std::string() : std::string(t->name);
}

bool TypeIsWritten(const DocumentFacts& f) {
  return std::find(f.type_words.begin(), f.type_words.end(), f.type) != f.type_words.end();
}

}  // namespace

DocumentFacts FactsOfMention(const Mention& m, const DocumentIdentity& id) {
  DocumentFacts f;
  f.key = id.key;
  f.named = id.named;
  f.code = id.code;
  f.type_code = m.type_code;
  f.type = TypeWordAgrees(m.type, m.type_code) ? m.type : TypeName(m.type_code);
  if (f.type.empty()) f.type = m.type;
  f.number = m.number;
  f.year = m.year;
  f.date = m.date;
  f.issuer = m.issuer;
  f.issuer_code = m.issuer_code;
  f.term = id.term.empty() ? m.term : id.term;
  f.subject = m.subject;
  f.title = m.title;
  AddDistinct(f.aliases, id.named ? m.title : (m.code.empty() ? m.text : m.code));
  if (!m.type.empty()) f.type_words.push_back(m.type);
  if (m.date) f.dates.push_back(*m.date);
  if (!m.issuer.empty()) f.issuers.push_back(m.issuer);
  if (!m.term.empty()) f.terms.push_back(m.term);
  return f;
}

void MergeFacts(DocumentFacts& base, const DocumentFacts& more) {
  // A type word as written beats a name that stands in for the code's type.
  if (base.type.empty() ||
      (!TypeIsWritten(base) && TypeIsWritten(more) && TypeWordAgrees(more.type, base.type_code))) {
    base.type = more.type;
  }
  Fill(base.code, more.code);
  Fill(base.type_code, more.type_code);
  Fill(base.number, more.number);
  Fill(base.year, more.year);
  // A date in the year the code carries beats one outside it: "125/2024/NĐ-CP
  // ngày 05/10/2025" is a slip, whichever source came first.
  if (std::optional<int> year = YearOfCode(base.code.empty() ? more.code : base.code);
      year && base.date && more.date && base.date->year != *year && more.date->year == *year) {
    base.date = more.date;
    base.year = year;
  }
  Fill(base.date, more.date);
  Fill(base.issuer, more.issuer);
  Fill(base.issuer_code, more.issuer_code);
  Fill(base.term, more.term);
  Fill(base.subject, more.subject);
  Fill(base.title, more.title);
  AddAll(base.aliases, more.aliases);
  AddAll(base.type_words, more.type_words);
  AddAll(base.dates, more.dates);
  AddAll(base.issuers, more.issuers);
  AddAll(base.terms, more.terms);
  AddAll(base.cadence_years, more.cadence_years);
}

}  // namespace lexgraph
