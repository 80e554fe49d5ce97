#include "queries/due.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/relation_records.h"

namespace lexgraph {
namespace {

// True once the query's deadline has passed.
bool PastDeadline(const DueQuery& q) {
  return q.deadline && std::chrono::steady_clock::now() > *q.deadline;
}

// A review reported for mark `m`: that milestone, or none stated in its year.
bool Reviewed(const DocumentRow& row, const DueMark& m) {
  return std::any_of(row.reviews.begin(), row.reviews.end(), [&](const Review& r) {
    if (r.planned) return false;
    if (r.milestone_years) return *r.milestone_years == m.years;
    return !r.period.empty() && m.due.starts_with(r.period);
  });
}

// The mention whose sentence gives the date (else the first one), as evidence.
Result<Evidence> DateEvidence(const storage::GraphReader& reader, const DocumentRow& row) {
  Result<std::vector<storage::Edge>> in = reader.InEdges(row.id, storage::EdgeKind::kMentions);
  if (!in.ok()) return in.status();
  std::string year = row.facts.date ? std::to_string(row.facts.date->year)
                     : row.facts.year ? std::to_string(*row.facts.year) : "";
  std::optional<Evidence> first;
  for (const storage::Edge& e : *in) {
    Result<MentionRecord> m = DecodeMention(e.props);
    if (!m.ok()) return m.status();
    if (m->kind == "self") continue;
    Evidence ev{e.owner.starts_with("src:") ? e.owner.substr(4) : e.owner, m->section, m->footnote,
                m->sentence, m->span};
    if (!year.empty() && m->sentence.find(year) != std::string::npos) return ev;
    if (!first) first = ev;
  }
  return first.value_or(Evidence{});
}

Status AddAnniversaries(const storage::GraphReader& reader, const DueQuery& q, DueList& list) {
  std::vector<std::pair<std::string, std::vector<DueMark>>> marked;
  size_t read = 0;
  Status s = ForEachDocument(reader, [&](const std::string& id, DocumentFacts&& facts) {
    std::vector<DueMark> marks = MarksInWindow(facts, list.window, q.cadence);
    if (!marks.empty()) marked.emplace_back(id, std::move(marks));
    if (++read % 256 == 0 && PastDeadline(q)) list.complete = false;
    return list.complete;
  });
  if (!s.ok()) return s;
  std::vector<DueItem>& out = list.items;
  for (auto& [id, marks] : marked) {
    if (PastDeadline(q)) {
      list.complete = false;
      break;
    }
    Result<DocumentRow> row = LoadDocument(reader, id);
    if (!row.ok()) return row.status();
    Result<Evidence> ev = DateEvidence(reader, *row);
    if (!ev.ok()) return ev.status();
    for (const DueMark& m : marks) {
      if (Reviewed(*row, m)) continue;
      out.push_back({*row, m.due, "anniversary", m.years, m.stated, "", *ev});
    }
  }
  return Status::Ok();
}

Status AddPlanned(const storage::GraphReader& reader, const DueQuery& q, DueList& list) {
  const DueWindow& w = list.window;
  std::vector<DueItem>& out = list.items;
  std::vector<std::string> sources;
  Status s = reader.ForEachSource([&](const storage::SourceInfo& info) {
    sources.push_back(info.id);
    return true;
  });
  if (!s.ok()) return s;
  std::map<std::pair<std::string, std::string>, Review> plans;  // (doc id, period) -> first plan
  for (const std::string& source : sources) {
    if (PastDeadline(q)) {
      list.complete = false;
      return Status::Ok();
    }
    Result<std::vector<storage::Edge>> edges = reader.OutEdges(source, storage::EdgeKind::kPlansReview);
    if (!edges.ok()) return edges.status();
    for (const storage::Edge& e : *edges) {
      Result<Review> r = DecodeReview(e.props);
      if (!r.ok()) return Status::Corruption(e.from + " -> " + e.to + ": " + r.status().message());
      if (PeriodOverlaps(r->period, w)) plans.emplace(std::make_pair(e.to, r->period), std::move(*r));
    }
  }
  for (auto& [key, review] : plans) {
    if (PastDeadline(q)) {
      list.complete = false;
      break;
    }
    Result<DocumentRow> row = LoadDocument(reader, key.first);
    if (!row.ok()) return row.status();
    out.push_back({std::move(*row), key.second, "planned", review.milestone_years, false, review.cue,
                   review.evidence});
  }
  return Status::Ok();
}

}  // namespace

Result<DueList> ListDue(const storage::GraphReader& reader, const DueQuery& query) {
  DueList list{WindowEnding(query.as_of, query.window_months), {}};
  if (Status s = AddAnniversaries(reader, query, list); !s.ok()) return s;
  if (list.complete) {
    if (Status s = AddPlanned(reader, query, list); !s.ok()) return s;
  }
  std::stable_sort(list.items.begin(), list.items.end(), [](const DueItem& a, const DueItem& b) {
    return std::tie(a.due, a.reason, a.doc.id) < std::tie(b.due, b.reason, b.doc.id);
  });
  return list;
}

}  // namespace lexgraph
