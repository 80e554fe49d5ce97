// The record encoders (engine/records.h) write with JsonText, not nlohmann:
// their bytes must stay what nlohmann printed before, since stores written
// earlier hold them and `export` prints them. Each encoder is compared here
// with the nlohmann encoding of the same record, over every mention, section,
// document and finding of the real corpus, and over strings that need escapes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/analyze.h"
#include "engine/records.h"
#include "engine/relation_records.h"

namespace lexgraph {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }
json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json OrNull(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json OrNull(const std::optional<Date>& d) { return d ? json(d->Iso()) : json(nullptr); }

json EvidenceJson(const Evidence& e) {
  return {{"source", e.source}, {"section", OrNull(e.section)}, {"footnote", OrNull(e.footnote)},
          {"text", e.text},     {"start", e.span.start},        {"end", e.span.end}};
}

json FindingJson(const Finding& f) {
  return {{"document", OrNull(f.doc_key)}, {"code", OrNull(f.code)},   {"kind", f.kind},
          {"severity", f.severity},        {"message", f.message},     {"suggestion", OrNull(f.suggestion)},
          {"evidence", EvidenceJson(f.evidence)}};
}

// The nlohmann encodings, as records.cc wrote them before JsonText.
std::string NlohmannMention(const MentionRecord& m) {
  json j = {{"kind", m.kind},         {"start", m.span.start},   {"end", m.span.end},
            {"text", m.text},         {"sentence", m.sentence},  {"section", OrNull(m.section)},
            {"footnote", OrNull(m.footnote)}, {"task", OrNull(m.task)}};
  if (!m.findings.empty()) {
    json findings = json::array();
    for (const Finding& f : m.findings) findings.push_back(FindingJson(f));
    j["findings"] = std::move(findings);
  }
  return Dump(j);
}

std::string NlohmannSection(const SectionInfo& s) {
  return Dump({{"path", s.path},   {"parent", s.parent_path}, {"kind", s.kind},
               {"label", s.label}, {"title", s.title},        {"start", s.span.start},
               {"end", s.span.end}, {"task", s.task}});
}

std::string NlohmannDocument(const DocumentFacts& f) {
  json dates = json::array();
  for (const Date& d : f.dates) dates.push_back(d.Iso());
  return Dump({{"key", f.key},           {"named", f.named},          {"code", OrNull(f.code)},
               {"type", OrNull(f.type)}, {"type_code", OrNull(f.type_code)},
               {"number", OrNull(f.number)}, {"year", OrNull(f.year)}, {"date", OrNull(f.date)},
               {"issuer", OrNull(f.issuer)}, {"issuer_code", OrNull(f.issuer_code)},
               {"term", OrNull(f.term)}, {"subject", OrNull(f.subject)}, {"title", OrNull(f.title)},
               {"aliases", f.aliases},   {"type_words", f.type_words}, {"dates", dates},
               {"issuers", f.issuers},   {"terms", f.terms},          {"cadence", f.cadence_years}});
}

std::string NlohmannSource(const SourceRecord& s) {
  return Dump({{"path", s.path},         {"size", s.size},         {"hash", s.content_hash},
               {"self", OrNull(s.self_key)}, {"mentions", s.mentions}, {"unresolved", s.unresolved}});
}

std::string NlohmannRelation(const Relation& r) {
  return Dump({{"cue", r.cue}, {"evidence", EvidenceJson(r.evidence)}});
}

std::string NlohmannReview(const Review& r) {
  return Dump({{"planned", r.planned},      {"milestone_years", OrNull(r.milestone_years)},
               {"period", OrNull(r.period)}, {"cue", r.cue},
               {"evidence", EvidenceJson(r.evidence)}});
}

MentionRecord RecordOf(const SourceAnalysis& a, size_t i) {
  const AnalyzedMention& am = a.mentions[i];
  MentionRecord r;
  r.kind = MentionKindName(am.mention.kind);
  r.span = am.mention.head;
  r.text = am.mention.text;
  r.sentence = am.sentence;
  r.section = am.mention.section;
  r.footnote = am.mention.footnote;
  r.task = am.task_id;
  for (const Finding& f : a.findings) {
    if (f.mention == static_cast<int>(i)) r.findings.push_back(f);
  }
  return r;
}

// Compares every record of `a`; returns how many were compared.
size_t CompareAll(const SourceAnalysis& a) {
  size_t compared = 0;
  for (size_t i = 0; i < a.mentions.size(); ++i, ++compared) {
    MentionRecord r = RecordOf(a, i);
    REQUIRE(EncodeMention(r) == NlohmannMention(r));
  }
  for (const SectionInfo& s : a.sections) {
    REQUIRE(EncodeSection(s) == NlohmannSection(s));
    ++compared;
  }
  for (const DocumentFacts& f : a.documents) {
    REQUIRE(EncodeDocument(f) == NlohmannDocument(f));
    ++compared;
  }
  for (const Relation& r : a.relations) {
    REQUIRE(EncodeRelation(r) == NlohmannRelation(r));
    ++compared;
  }
  for (const Review& r : a.reviews) {
    REQUIRE(EncodeReview(r) == NlohmannReview(r));
    ++compared;
  }
  for (const DocumentFacts& f : a.documents) {
    for (const std::string& issuer : f.issuers) REQUIRE(EncodeIssuer(issuer) == Dump({{"name", issuer}}));
    for (const Date& d : f.dates) REQUIRE(EncodeDate(d) == Dump({{"date", d.Iso()}}));
  }
  SourceRecord s{a.path, a.size, a.content_hash, a.self_key, a.mentions.size(), 0};
  REQUIRE(EncodeSource(s) == NlohmannSource(s));
  return compared + 1;
}

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("record encoders print what nlohmann printed, on the real corpus", "[records]") {
  const fs::path dir = fs::path(LEXGRAPH_SHARED_DIR) / "corpus" / "real";
  if (!fs::exists(dir)) return;  // the shared corpus is optional
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".md" || e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  size_t compared = 0, findings = 0, relations = 0, reviews = 0;
  for (const fs::path& p : files) {
    Result<SourceAnalysis> a = AnalyzeSource(ReadAll(p), p.string());
    if (!a.ok()) continue;  // files that do not decode are other tests' business
    compared += CompareAll(*a);
    findings += a->findings.size();
    relations += a->relations.size();
    reviews += a->reviews.size();
  }
  CHECK(compared > 10000);
  CHECK(findings > 0);  // mentions with findings were among them
  CHECK(relations > 0);
  CHECK(reviews > 0);
}

TEST_CASE("record encoders escape as nlohmann does", "[records]") {
  std::vector<std::string> awkward = {
      "",
      "plain",
      "Nghị quyết số 62-KL/TW \"về\" \\ cái",
      std::string("nul\0byte", 8),
      "\x01\x02\b\t\n\v\f\r\x1f end",
      "del \x7f kept",
      "bad \xC3 lone lead",
      "bad \xE0\x80\x80 overlong",
      "bad \xED\xA0\x80 surrogate",
      "bad \xF4\x90\x80\x80 past U+10FFFF",
      "cut at the end \xE1\xBB",
      "\xF0\x9F\x98\x80 astral",
  };
  // Strings are searched for bytes to escape sixteen at a time, then byte by
  // byte: put each kind of such byte at every lane of two blocks and the tail.
  for (char special : {'"', '\\', '\n', '\x01', '\x1f'}) {
    for (size_t at = 0; at < 40; ++at) {
      std::string s = "Ket luan so 62-KL/TW, ngay 08-12-2009 cua Bo Chinh tri";
      s[at] = special;  // ASCII around it, so the string stays well-formed
      awkward.push_back(s);
      awkward.push_back(s.substr(0, at + 1));
    }
  }
  for (const std::string& s : awkward) {
    SectionInfo section{s, s, s, s, s, {3, 1u << 31}, true};
    CHECK(EncodeSection(section) == NlohmannSection(section));
    MentionRecord m;
    m.kind = s;
    m.text = s;
    m.sentence = s;
    m.section = s;
    m.task = s;
    m.footnote = -7;
    Finding f;
    f.doc_key = s;
    f.code = s;
    f.message = s;
    f.evidence.text = s;
    f.evidence.footnote = 2;
    m.findings.push_back(f);
    CHECK(EncodeMention(m) == NlohmannMention(m));
    DocumentFacts d;
    d.key = s;
    d.code = s;
    d.aliases = {s, s};
    d.dates = {Date{2020, 1, 2}};
    d.date = Date{2019, 12, 31};
    d.number = 0;
    d.year = -1;
    d.cadence_years = {3, 5};
    d.named = true;
    CHECK(EncodeDocument(d) == NlohmannDocument(d));
    CHECK(EncodeIssuer(s) == Dump({{"name", s}}));
    Relation r{s, s, s, s, f.evidence};
    CHECK(EncodeRelation(r) == NlohmannRelation(r));
    Review v{s, true, 5, s, s, f.evidence};
    CHECK(EncodeReview(v) == NlohmannReview(v));
    v.planned = false;
    v.milestone_years.reset();
    v.evidence.footnote.reset();
    CHECK(EncodeReview(v) == NlohmannReview(v));
  }
}

}  // namespace
}  // namespace lexgraph
