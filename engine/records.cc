#include "engine/records.h"

#include "engine/json_fields.h"

namespace lexgraph {
namespace {

using json_fields::Decode;
using json_fields::Dump;
using json_fields::FindingJson;
using json_fields::FindingOf;
using json_fields::Int;
using json_fields::json;
using json_fields::OrNull;
using json_fields::Str;

std::optional<Date> ParseIso(const std::string& s) {
  Date d;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3) return std::nullopt;
  return d;
}

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const json& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

std::string EncodeDocument(const DocumentFacts& f) {
  json dates = json::array();
  for (const Date& d : f.dates) dates.push_back(d.Iso());
  json j = {{"key", f.key},           {"named", f.named},          {"code", OrNull(f.code)},
            {"type", OrNull(f.type)}, {"type_code", OrNull(f.type_code)},
            {"number", OrNull(f.number)}, {"year", OrNull(f.year)}, {"date", OrNull(f.date)},
            {"issuer", OrNull(f.issuer)}, {"issuer_code", OrNull(f.issuer_code)},
            {"term", OrNull(f.term)}, {"subject", OrNull(f.subject)}, {"title", OrNull(f.title)},
            {"aliases", f.aliases},   {"type_words", f.type_words}, {"dates", dates},
            {"issuers", f.issuers},   {"terms", f.terms},          {"cadence", f.cadence_years}};
  return Dump(j);
}

Result<DocumentFacts> DecodeDocument(std::string_view props) {
  return Decode<DocumentFacts>(props, "document", [](const json& j) {
    DocumentFacts f;
    f.key = Str(j, "key");
    f.code = Str(j, "code");
    f.type = Str(j, "type");
    f.type_code = Str(j, "type_code");
    f.number = Int(j, "number");
    f.year = Int(j, "year");
    f.date = ParseIso(Str(j, "date"));
    f.issuer = Str(j, "issuer");
    f.issuer_code = Str(j, "issuer_code");
    f.term = Str(j, "term");
    f.subject = Str(j, "subject");
    f.title = Str(j, "title");
    f.named = j.value("named", false);
    f.aliases = Strings(j, "aliases");
    f.type_words = Strings(j, "type_words");
    f.issuers = Strings(j, "issuers");
    f.terms = Strings(j, "terms");
    if (auto it = j.find("cadence"); it != j.end() && it->is_array()) {
      for (const json& v : *it) {
        if (v.is_number_integer()) f.cadence_years.push_back(v.get<int>());
      }
    }
    for (const std::string& s : Strings(j, "dates")) {
      if (std::optional<Date> d = ParseIso(s)) f.dates.push_back(*d);
    }
    return f;
  });
}

std::string EncodeMention(const MentionRecord& m) {
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

Result<MentionRecord> DecodeMention(std::string_view props) {
  return Decode<MentionRecord>(props, "mention", [](const json& j) {
    MentionRecord m;
    m.kind = Str(j, "kind");
    m.text = Str(j, "text");
    m.sentence = Str(j, "sentence");
    m.section = Str(j, "section");
    m.footnote = Int(j, "footnote");
    m.task = Str(j, "task");
    m.span = {j.value("start", size_t{0}), j.value("end", size_t{0})};
    if (auto it = j.find("findings"); it != j.end() && it->is_array()) {
      for (const json& f : *it) m.findings.push_back(FindingOf(f));
    }
    return m;
  });
}

std::string EncodeSection(const SectionInfo& s) {
  json j = {{"path", s.path},   {"parent", s.parent_path}, {"kind", s.kind},
            {"label", s.label}, {"title", s.title},        {"start", s.span.start},
            {"end", s.span.end}, {"task", s.task}};
  return Dump(j);
}

Result<SectionInfo> DecodeSection(std::string_view props) {
  return Decode<SectionInfo>(props, "section", [](const json& j) {
    SectionInfo s;
    s.path = Str(j, "path");
    s.parent_path = Str(j, "parent");
    s.kind = Str(j, "kind");
    s.label = Str(j, "label");
    s.title = Str(j, "title");
    s.span = {j.value("start", size_t{0}), j.value("end", size_t{0})};
    s.task = j.value("task", false);
    return s;
  });
}

std::string EncodeSource(const SourceRecord& s) {
  json j = {{"path", s.path},         {"size", s.size},         {"hash", s.content_hash},
            {"self", OrNull(s.self_key)}, {"mentions", s.mentions}, {"unresolved", s.unresolved}};
  return Dump(j);
}

Result<SourceRecord> DecodeSource(std::string_view props) {
  return Decode<SourceRecord>(props, "source", [](const json& j) {
    SourceRecord s;
    s.path = Str(j, "path");
    s.content_hash = Str(j, "hash");
    s.self_key = Str(j, "self");
    s.size = j.value("size", uint64_t{0});
    s.mentions = j.value("mentions", uint64_t{0});
    s.unresolved = j.value("unresolved", uint64_t{0});
    return s;
  });
}

std::string EncodeIssuer(std::string_view name) { return Dump(json{{"name", std::string(name)}}); }
std::string EncodeDate(const Date& date) { return Dump(json{{"date", date.Iso()}}); }

}  // namespace lexgraph
