#include "queries/issuer.h"

#include <algorithm>
#include <set>
#include <utility>

#include "engine/graph_ids.h"
#include "queries/typed_place.h"

namespace lexgraph {
namespace {

// Index keys are "NAME/DATE" or "CODE/DATE" (DATE may be empty).
std::string_view KeyHead(std::string_view key) { return key.substr(0, key.rfind('/')); }
std::string_view KeyDate(std::string_view key) { return key.substr(key.rfind('/') + 1); }

// The date bounds of `q` on an index key, as MatchesFilter applies them.
bool DateInBounds(std::string_view date, const IssuerQuery& q) {
  if (q.from.empty() && q.to.empty()) return true;
  if (date.empty()) return false;
  if (!q.from.empty() && date < q.from) return false;
  return q.to.empty() || date.compare(0, q.to.size(), q.to) <= 0;
}

// Ids of documents indexed under `head` in `index` within the date bounds.
Status Collect(const storage::GraphReader& reader, std::string_view index, std::string_view head,
               bool stem_match, const IssuerQuery& q, std::set<std::string>& ids) {
  // A code scan takes "QH" and accepts "QH14/…" but not "QHX/…".
  std::string prefix = stem_match ? std::string(head) : std::string(head) + "/";
  Result<std::vector<storage::IndexEntry>> entries = reader.ScanIndex(index, prefix);
  if (!entries.ok()) return entries.status();
  for (const storage::IndexEntry& e : *entries) {
    std::string_view entry_head = KeyHead(e.key);
    if (stem_match ? CodeStem(entry_head) != head : entry_head != head) continue;
    if (DateInBounds(KeyDate(e.key), q)) ids.insert(e.node_id);
  }
  return Status::Ok();
}

Result<BodyScope> ScopeOf(const storage::GraphReader& reader, const std::string& typed) {
  Result<BodyScope> scope = ResolveBody(typed);
  if (scope.ok() || !scope.status().IsNotFound()) return scope;
  // A body stored under a name no table knows, typed exactly.
  Result<std::vector<storage::IndexEntry>> stored = reader.ScanIndex(kIndexByIssuer, typed + "/");
  if (!stored.ok()) return stored.status();
  if (!stored->empty()) return LeafScope(typed);
  std::string message = "unknown issuing body '" + typed + "'; closest known:";
  for (const std::string& name : ClosestBodies(typed, 3)) message += " '" + name + "'";
  return Status::NotFound(message);
}

bool ByDateThenId(const DocumentRow& a, const DocumentRow& b) {
  if (a.facts.date.has_value() != b.facts.date.has_value()) return a.facts.date.has_value();
  if (a.facts.date && *a.facts.date != *b.facts.date) return *a.facts.date < *b.facts.date;
  return a.id < b.id;
}

// The body and province `typed` names: the whole of it when that is a body
// (a stored name may end with a province), else the body before a province.
Result<std::pair<BodyScope, std::string>> ScopeAndPlace(const storage::GraphReader& reader,
                                                        const std::string& typed) {
  Result<BodyScope> whole = ScopeOf(reader, typed);
  if (whole.ok() || !whole.status().IsNotFound()) {
    if (!whole.ok()) return whole.status();
    return std::make_pair(std::move(*whole), std::string());
  }
  TypedPlace split = SplitTypedPlace(typed);
  if (split.place.empty()) return whole.status();
  for (const std::string& body : {split.body, WithoutUnitWord(split.body)}) {
    if (Result<BodyScope> scope = ResolveBody(body); scope.ok()) {
      return std::make_pair(std::move(*scope), split.place);
    }
  }
  return whole.status();
}

}  // namespace

Result<IssuerListing> ListIssuedBy(const storage::GraphReader& reader, const IssuerQuery& query) {
  Result<std::pair<BodyScope, std::string>> scope_place = ScopeAndPlace(reader, query.body);
  if (!scope_place.ok()) return scope_place.status();
  auto& [scope, place] = *scope_place;
  std::set<std::string> named, by_code;
  for (const std::string& name : scope.names) {
    if (Status s = Collect(reader, kIndexByIssuer, name, false, query, named); !s.ok()) return s;
  }
  for (const std::string& code : scope.codes) {
    if (Status s = Collect(reader, kIndexByIssuerCode, code, true, query, by_code); !s.ok()) return s;
  }
  DocumentFilter filter{"", query.type, query.from, query.to};
  IssuerListing out{std::move(scope), place, {}};
  const std::string key_suffix = "#" + place;
  for (const std::string& id : by_code) named.insert(id);
  for (const std::string& id : named) {
    Result<DocumentRow> row = LoadDocument(reader, id);
    if (!row.ok()) return row.status();
    if (!MatchesFilter(row->facts, filter)) continue;
    if (!place.empty() && !id.ends_with(key_suffix)) continue;
    // By code only while no source names its body (else that body decides).
    bool via_code_only = !row->facts.issuers.empty() && by_code.count(id) &&
                         std::none_of(row->facts.issuers.begin(), row->facts.issuers.end(),
                                      [&](const std::string& i) {
                                        return std::find(out.scope.names.begin(), out.scope.names.end(),
                                                         i) != out.scope.names.end();
                                      });
    if (via_code_only) continue;
    out.rows.push_back(std::move(*row));
  }
  std::sort(out.rows.begin(), out.rows.end(), ByDateThenId);
  return out;
}

}  // namespace lexgraph
