// Private to engine/*.cc: the JSON helpers the record encoders share
// (nlohmann/json stays out of public headers). Readers never throw: a field
// missing or of the wrong type reads as empty.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "engine/analysis.h"
#include "engine/json_text.h"

namespace lexgraph::json_fields {

using nlohmann::json;

inline std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

inline json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
inline json OrNull(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
inline json OrNull(const std::optional<Date>& d) { return d ? json(d->Iso()) : json(nullptr); }

inline std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || !it->is_string() ? std::string() : it->get<std::string>();
}

inline std::optional<int> Int(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<int>();
}

inline json EvidenceJson(const Evidence& e) {
  return {{"source", e.source},   {"section", OrNull(e.section)}, {"footnote", OrNull(e.footnote)},
          {"text", e.text},       {"start", e.span.start},        {"end", e.span.end}};
}

// EvidenceJson's bytes, written by JsonText (keys in byte order).
inline void EvidenceText(json_text::JsonText& j, const Evidence& e) {
  j.BeginObject();
  j.Key("end").UInt(e.span.end);
  j.Key("footnote").IntOrNull(e.footnote);
  j.Key("section").StringOrNull(e.section);
  j.Key("source").String(e.source);
  j.Key("start").UInt(e.span.start);
  j.Key("text").String(e.text);
  j.EndObject();
}

inline Evidence EvidenceOf(const json& j) {
  Evidence e;
  if (!j.is_object()) return e;
  e.source = Str(j, "source");
  e.section = Str(j, "section");
  e.footnote = Int(j, "footnote");
  e.text = Str(j, "text");
  e.span = {j.value("start", size_t{0}), j.value("end", size_t{0})};
  return e;
}

inline json FindingJson(const Finding& f) {
  return {{"document", OrNull(f.doc_key)}, {"code", OrNull(f.code)}, {"kind", f.kind},
          {"severity", f.severity},        {"message", f.message},   {"suggestion", OrNull(f.suggestion)},
          {"evidence", EvidenceJson(f.evidence)}};
}

inline Finding FindingOf(const json& j) {
  Finding f;
  if (!j.is_object()) return f;
  f.doc_key = Str(j, "document");
  f.code = Str(j, "code");
  f.kind = Str(j, "kind");
  f.severity = Str(j, "severity");
  f.message = Str(j, "message");
  f.suggestion = Str(j, "suggestion");
  if (auto it = j.find("evidence"); it != j.end()) f.evidence = EvidenceOf(*it);
  return f;
}

// Parses `props` and runs `read` on it; any JSON error becomes Corruption.
template <typename T, typename Fn>
Result<T> Decode(std::string_view props, const char* what, Fn read) {
  try {
    json j = json::parse(props);
    if (!j.is_object()) return Status::Corruption(std::string(what) + " props: not an object");
    return read(j);
  } catch (const json::exception& e) {
    return Status::Corruption(std::string(what) + " props: " + e.what());
  }
}

}  // namespace lexgraph::json_fields
