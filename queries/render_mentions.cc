#include "queries/render_mentions.h"

#include <nlohmann/json.hpp>

namespace lexgraph {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

template <typename T>
json OrNull(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json SpanOrNull(const Span& s) {
  return s.size() == 0 ? json(nullptr) : json::array({s.start, s.end});
}

}  // namespace

std::string MentionJsonLine(const Mention& m, std::string_view source) {
  json j;
  j["source"] = std::string(source);
  j["start"] = m.head.start;
  j["end"] = m.head.end;
  j["text"] = m.text;
  j["kind"] = MentionKindName(m.kind);
  j["type"] = OrNull(m.type);
  j["type_code"] = OrNull(m.type_code);
  j["number"] = OrNull(m.number);
  j["code"] = OrNull(m.code);
  j["issuer_code"] = OrNull(m.issuer_code);
  j["date"] = m.date ? json(m.date->Iso()) : json(nullptr);
  j["year"] = OrNull(m.year);
  j["issuer"] = OrNull(m.issuer);
  j["term"] = OrNull(m.term);
  j["subject"] = OrNull(m.subject);
  j["title"] = OrNull(m.title);
  j["short_form"] = m.short_form;
  j["section"] = OrNull(m.section);
  j["footnote"] = OrNull(m.footnote);
  j["date_span"] = SpanOrNull(m.date_span);
  j["issuer_span"] = SpanOrNull(m.issuer_span);
  j["subject_span"] = SpanOrNull(m.subject_span);
  // Text that is not valid UTF-8 cannot reach here: Normalize refuses it.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string MentionTextLine(const Mention& m, std::string_view source) {
  std::string line = std::string(source) + ":" + std::to_string(m.head.start) + "  " + m.text;
  auto add = [&line](const std::string& part) {
    if (!part.empty()) line += " · " + part;
  };
  if (m.kind != MentionKind::kNumbered) add(std::string("(") + MentionKindName(m.kind) + ")");
  if (m.date) add(m.date->Iso());
  add(m.issuer);
  if (!m.term.empty()) add("khóa " + m.term);
  add(m.section);
  if (m.footnote) add("footnote " + std::to_string(*m.footnote));
  if (!m.subject.empty()) line += " — " + m.subject;
  return line;
}

}  // namespace lexgraph
