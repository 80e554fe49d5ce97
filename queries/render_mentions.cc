#include "queries/render_mentions.h"

#include "engine/json_text.h"

namespace lexgraph {
namespace {

// The line is written by hand (engine/json_text.h): building an
// nlohmann::json object per mention (a std::map of nodes, then a serializer)
// cost more than the extraction of the mention. The output is byte for byte
// what nlohmann's dump(-1) gave: keys in std::map order, strings escaped as
// nlohmann escapes them.
using json_text::JsonText;

void SpanOrNull(JsonText& j, const Span& s) {
  if (s.size() == 0) return j.Null();
  j.BeginArray();
  j.UInt(s.start);
  j.UInt(s.end);
  j.EndArray();
}

}  // namespace

std::string MentionJsonLine(const Mention& m, std::string_view source) {
  JsonText j;
  j.Reserve(512 + source.size() + m.subject.size());
  j.BeginObject();
  j.Key("code").StringOrNull(m.code);
  j.Key("date").StringOrNull(m.date ? m.date->Iso() : std::string());
  SpanOrNull(j.Key("date_span"), m.date_span);
  j.Key("end").UInt(m.head.end);
  j.Key("footnote").IntOrNull(m.footnote);
  j.Key("issuer").StringOrNull(m.issuer);
  j.Key("issuer_code").StringOrNull(m.issuer_code);
  j.Key("issuer_place").StringOrNull(m.issuer_place);
  SpanOrNull(j.Key("issuer_span"), m.issuer_span);
  j.Key("kind").String(MentionKindName(m.kind));
  j.Key("number").IntOrNull(m.number);
  j.Key("refers").StringOrNull(m.refers ? std::string(m.refers) : std::string());
  j.Key("section").StringOrNull(m.section);
  j.Key("short_form").Bool(m.short_form);
  j.Key("source").String(source);
  j.Key("start").UInt(m.head.start);
  j.Key("subject").StringOrNull(m.subject);
  SpanOrNull(j.Key("subject_span"), m.subject_span);
  j.Key("term").StringOrNull(m.term);
  j.Key("text").String(m.text);
  j.Key("title").StringOrNull(m.title);
  j.Key("type").StringOrNull(m.type);
  j.Key("type_code").StringOrNull(m.type_code);
  j.Key("year").IntOrNull(m.year);
  j.EndObject();
  return j.Take();
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
