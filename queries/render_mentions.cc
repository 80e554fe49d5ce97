#include "queries/render_mentions.h"

#include <charconv>
#include <optional>

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace lexgraph {
namespace {

// The line is written by hand: building an nlohmann::json object per mention
// (a std::map of nodes, then a serializer) cost more than the extraction of
// the mention. The output is byte for byte what nlohmann's dump(-1) gave:
// keys in std::map order, strings escaped as nlohmann escapes them.
class JsonLine {
 public:
  explicit JsonLine(std::string& out) : out_(out) { out_ += '{'; }
  void Close() { out_ += '}'; }

  JsonLine& Key(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    out_ += '"';
    out_ += key;  // our keys are plain ASCII
    out_ += "\":";
    return *this;
  }
  void Null() { out_ += "null"; }
  void Bool(bool b) { out_ += b ? "true" : "false"; }
  template <typename T>
  void Number(T v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, end);
  }
  void String(std::string_view s);
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }
  template <typename T>
  void NumberOrNull(const std::optional<T>& v) { v ? Number(*v) : Null(); }
  void SpanOrNull(const Span& s) {
    if (s.size() == 0) return Null();
    out_ += '[';
    Number(s.start);
    out_ += ',';
    Number(s.end);
    out_ += ']';
  }

 private:
  std::string& out_;
  bool first_ = true;
};

// nlohmann's escapes with ensure_ascii off: the two-letter forms, \u00XX
// (lower-case hex) for other control bytes, everything else as is.
void JsonLine::String(std::string_view s) {
  if (FirstInvalidUtf8(s) != std::string_view::npos) {
    // Only a path can be ill-formed (Normalize refuses such text): let
    // nlohmann replace the bad bytes as it always did.
    out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                 nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out_ += '"';
  size_t copied = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s, copied, i - copied);
    copied = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
    }
  }
  out_.append(s, copied, s.size() - copied);
  out_ += '"';
}

}  // namespace

std::string MentionJsonLine(const Mention& m, std::string_view source) {
  std::string out;
  out.reserve(512 + source.size() + m.subject.size());
  JsonLine j(out);
  j.Key("code").StringOrNull(m.code);
  j.Key("date").StringOrNull(m.date ? m.date->Iso() : std::string());
  j.Key("date_span").SpanOrNull(m.date_span);
  j.Key("end").Number(m.head.end);
  j.Key("footnote").NumberOrNull(m.footnote);
  j.Key("issuer").StringOrNull(m.issuer);
  j.Key("issuer_code").StringOrNull(m.issuer_code);
  j.Key("issuer_place").StringOrNull(m.issuer_place);
  j.Key("issuer_span").SpanOrNull(m.issuer_span);
  j.Key("kind").String(MentionKindName(m.kind));
  j.Key("number").NumberOrNull(m.number);
  j.Key("refers").StringOrNull(m.refers ? std::string(m.refers) : std::string());
  j.Key("section").StringOrNull(m.section);
  j.Key("short_form").Bool(m.short_form);
  j.Key("source").String(source);
  j.Key("start").Number(m.head.start);
  j.Key("subject").StringOrNull(m.subject);
  j.Key("subject_span").SpanOrNull(m.subject_span);
  j.Key("term").StringOrNull(m.term);
  j.Key("text").String(m.text);
  j.Key("title").StringOrNull(m.title);
  j.Key("type").StringOrNull(m.type);
  j.Key("type_code").StringOrNull(m.type_code);
  j.Key("year").NumberOrNull(m.year);
  j.Close();
  return out;
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
