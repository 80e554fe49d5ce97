#include "engine/records.h"

#include "engine/json_fields.h"
#include "engine/json_text.h"

namespace lexgraph {
namespace {

using json_fields::Decode;
using json_fields::EvidenceText;
using json_fields::FindingOf;
using json_fields::Int;
using json_fields::json;
using json_fields::Str;
using json_text::JsonText;

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

void StringArray(JsonText& j, const std::vector<std::string>& items) {
  j.BeginArray();
  for (const std::string& item : items) j.String(item);
  j.EndArray();
}

// As json_fields::FindingJson, keys in byte order.
void FindingText(JsonText& j, const Finding& f) {
  j.BeginObject();
  j.Key("code").StringOrNull(f.code);
  j.Key("document").StringOrNull(f.doc_key);
  j.Key("evidence");
  EvidenceText(j, f.evidence);
  j.Key("kind").String(f.kind);
  j.Key("message").String(f.message);
  j.Key("severity").String(f.severity);
  j.Key("suggestion").StringOrNull(f.suggestion);
  j.EndObject();
}

}  // namespace

// The encoders below write with JsonText (keys in byte order, as nlohmann's
// std::map would): they run for every mention, section and document ingested.
// The mention and section encoders reserve their strings' bytes and
// JsonText::kFixedBytes for the keys and numbers, so the text grows once at most
// (escapes can lengthen it; findings are not counted).
std::string EncodeDocument(const DocumentFacts& f) {
  JsonText j;
  j.BeginObject();
  j.Key("aliases");
  StringArray(j, f.aliases);
  j.Key("cadence").BeginArray();
  for (int years : f.cadence_years) j.Int(years);
  j.EndArray();
  j.Key("code").StringOrNull(f.code);
  j.Key("date");
  if (f.date) j.String(f.date->Iso());
  else j.Null();
  j.Key("dates").BeginArray();
  for (const Date& d : f.dates) j.String(d.Iso());
  j.EndArray();
  j.Key("issuer").StringOrNull(f.issuer);
  j.Key("issuer_code").StringOrNull(f.issuer_code);
  j.Key("issuers");
  StringArray(j, f.issuers);
  j.Key("key").String(f.key);
  j.Key("named").Bool(f.named);
  j.Key("number").IntOrNull(f.number);
  j.Key("subject").StringOrNull(f.subject);
  j.Key("term").StringOrNull(f.term);
  j.Key("terms");
  StringArray(j, f.terms);
  j.Key("title").StringOrNull(f.title);
  j.Key("type").StringOrNull(f.type);
  j.Key("type_code").StringOrNull(f.type_code);
  j.Key("type_words");
  StringArray(j, f.type_words);
  j.Key("year").IntOrNull(f.year);
  j.EndObject();
  return j.Take();
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
  JsonText j;
  j.Reserve(JsonText::kFixedBytes + m.kind.size() + m.text.size() + m.sentence.size() +
            m.section.size() + m.task.size());
  j.BeginObject();
  j.Key("end").UInt(m.span.end);
  if (!m.findings.empty()) {
    j.Key("findings").BeginArray();
    for (const Finding& f : m.findings) FindingText(j, f);
    j.EndArray();
  }
  j.Key("footnote").IntOrNull(m.footnote);
  j.Key("kind").String(m.kind);
  j.Key("section").StringOrNull(m.section);
  j.Key("sentence").String(m.sentence);
  j.Key("start").UInt(m.span.start);
  j.Key("task").StringOrNull(m.task);
  j.Key("text").String(m.text);
  j.EndObject();
  return j.Take();
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
  JsonText j;
  j.Reserve(JsonText::kFixedBytes + s.kind.size() + s.label.size() + s.parent_path.size() +
            s.path.size() + s.title.size());
  j.BeginObject();
  j.Key("end").UInt(s.span.end);
  j.Key("kind").String(s.kind);
  j.Key("label").String(s.label);
  j.Key("parent").String(s.parent_path);
  j.Key("path").String(s.path);
  j.Key("start").UInt(s.span.start);
  j.Key("task").Bool(s.task);
  j.Key("title").String(s.title);
  j.EndObject();
  return j.Take();
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
  JsonText j;
  j.BeginObject();
  j.Key("hash").String(s.content_hash);
  j.Key("mentions").UInt(s.mentions);
  j.Key("path").String(s.path);
  j.Key("self").StringOrNull(s.self_key);
  j.Key("size").UInt(s.size);
  j.Key("unresolved").UInt(s.unresolved);
  j.EndObject();
  return j.Take();
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

std::string EncodeIssuer(std::string_view name) {
  JsonText j;
  j.BeginObject();
  j.Key("name").String(name);
  j.EndObject();
  return j.Take();
}

std::string EncodeDate(const Date& date) {
  JsonText j;
  j.BeginObject();
  j.Key("date").String(date.Iso());
  j.EndObject();
  return j.Take();
}

}  // namespace lexgraph
