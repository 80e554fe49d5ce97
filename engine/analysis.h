// SourceAnalysis: everything lexgraph learns from one source file, as plain
// data: its identity (path, content hash), the document it is itself, the
// mentions with the document each resolves to, the documents (facts merged
// per key within the file), the sections and tasks of its outline, and the
// relations, reviews and findings (filled by resolution, empty for now).
// Built by AnalyzeSource (engine/analyze.h); written by engine/graph_writer.h.
// Values only: safe to move between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extractors/mapped_text.h"
#include "extractors/mention.h"

namespace lexgraph {

// Where a fact was read: the source, the outline section (and footnote),
// the sentence and the byte span of the citation in the file.
struct Evidence {
  std::string source;  // the source's path
  std::string section;  // "P1/I/1"; "" before any section
  std::optional<int> footnote;
  std::string text;  // the sentence holding the citation
  Span span;
};

// What one or more mentions say about one document. Within a source the
// facts of all its mentions are merged; across sources GraphWriter merges
// the stored record with the new one. Empty / nullopt: not stated.
struct DocumentFacts {
  std::string key;  // identity (engine/identity.h): "62-KL/TW@X"
  bool named = false;  // cited by name only ("Luật Tiếp công dân")
  std::string code;    // canonical: "62-KL/TW"; "" for named documents
  std::string type;    // canonical type word, consistent with the code when one is written
  std::string type_code;
  std::optional<int> number;
  std::optional<int> year;
  std::optional<Date> date;
  std::string issuer;  // canonical body name: "Bộ Chính trị"
  std::string issuer_code;
  std::string term;  // Roman numeral: stated, else of the date (Party documents)
  std::string subject;
  std::string title;  // named documents: the name as written
  // Every distinct value stated (the first of each is the one above, but a
  // date in the year a State code carries beats an earlier one outside it);
  // two dates or two issuers for one document are findings for resolution.
  std::vector<std::string> aliases;  // codes and names as written
  std::vector<std::string> type_words;
  std::vector<Date> dates;
  std::vector<std::string> issuers;
  std::vector<std::string> terms;     // as stated ("X"), not the term of a date
  std::vector<int> cadence_years;     // the document's own review cadence ("sơ kết sau 3 năm")
};

// A mention and what it resolves to.
struct AnalyzedMention {
  Mention mention;       // as extracted, with section and footnote
  std::string doc_key;   // "" iff unresolved
  std::string unresolved_reason;  // why doc_key is empty: "short form without code"
  std::vector<std::string> candidates;  // an unresolved short form that several documents fit
  std::string task_id;   // the task the mention stands in, if any
  std::string sentence;  // the sentence holding the mention (NFC, markup kept)
};

// A section or task of the outline (paragraphs and footnotes are not kept).
struct SectionInfo {
  std::string path;         // "P2/II/3"; tasks: "P2/II/3#2"
  std::string parent_path;  // "" for a top-level section
  std::string kind;         // outline NodeKindName: "roman", "article", "item"
  std::string label;        // "II-", "Điều 5."
  std::string title;
  Span span;
  bool task = false;
};

// Typed relations between documents with evidence ("tiếp tục thực hiện" ->
// continues), reviews reported or planned, and consistency findings: filled
// by engine/relate.h and engine/findings.h.
struct Relation {
  std::string from_key, to_key;
  std::string kind;  // "continues", "implements", "guides", "amends", ...
  std::string cue;   // the phrase that states it, as folded: "tiếp tục thực hiện"
  Evidence evidence;
};

struct Review {
  std::string doc_key;
  bool planned = false;                 // a programme's "kiểm tra, giám sát" vs a reported review
  std::optional<int> milestone_years;   // "sơ kết 5 năm" -> 5
  std::string period;                   // "2021": the year of the review, when the text gives it
  std::string cue;                      // "tổng kết 10 năm thực hiện", "kiểm tra, giám sát"
  Evidence evidence;
};

struct Finding {
  std::string doc_key;   // the document the mention resolved to, "" if none
  int mention = -1;      // index into SourceAnalysis::mentions
  std::string code;      // the code as written ("11-CT/TW"), else the head text
  std::string kind;      // "issuer-code-mismatch", "date-outside-term", ...
  std::string severity;  // "warning", "error"
  std::string message;
  std::string suggestion;
  Evidence evidence;
};

struct SourceAnalysis {
  std::string path;          // as the source is known (absolute, or "-")
  std::string content_hash;  // engine/content_hash.h
  uint64_t size = 0;         // bytes
  std::string self_key;      // the document this source is, "" when its header names none
  std::vector<AnalyzedMention> mentions;  // text order; the self mention included
  std::vector<DocumentFacts> documents;   // one per distinct doc_key, first-mention order
  std::vector<SectionInfo> sections;      // outline order, parents before children
  std::vector<Relation> relations;
  std::vector<Review> reviews;
  std::vector<Finding> findings;
};

}  // namespace lexgraph
