#include "engine/json_text.h"

#include <nlohmann/json.hpp>

#include <charconv>

#include "base/byte_scan.h"
#include "base/utf8.h"

namespace lexgraph::json_text {

namespace {

// The escape of byte `c` as nlohmann writes it, or "" if it stays as it is.
std::string_view EscapeOf(unsigned char c, char (&buffer)[8]) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\f': return "\\f";
    case '\r': return "\\r";
    default: break;
  }
  if (c >= 0x20) return {};
  static constexpr char kHex[] = "0123456789abcdef";
  buffer[0] = '\\';
  buffer[1] = 'u';
  buffer[2] = '0';
  buffer[3] = '0';
  buffer[4] = kHex[c >> 4];
  buffer[5] = kHex[c & 0xF];
  return {buffer, 6};
}

}  // namespace

void JsonText::String(std::string_view s) {
  Comma();
  if (FirstInvalidUtf8(s) != std::string_view::npos) {
    out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                nlohmann::json::error_handler_t::replace);
    return;
  }
  out_.push_back('"');
  size_t run = 0;  // start of the bytes not yet written
  char buffer[8];
  auto escape = [&](size_t i) {
    out_.append(s.data() + run, i - run);
    out_.append(EscapeOf(static_cast<unsigned char>(s[i]), buffer));
    run = i + 1;
  };
  // Most strings hold nothing to escape: look sixteen bytes at a time.
  namespace bs = byte_scan;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  for (; i + bs::kBlock <= s.size(); i += bs::kBlock) {
    bs::Block b = bs::Load(p + i);
    uint32_t mask = bs::Mask(bs::Between(b, 0, 0x1F) | bs::Equal(b, '"') | bs::Equal(b, '\\'));
    if (mask != 0) bs::ForEachSet(mask, i, escape);
  }
  for (; i < s.size(); ++i) {
    if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\') escape(i);
  }
  out_.append(s.data() + run, s.size() - run);
  out_.push_back('"');
}

void JsonText::Null() {
  Comma();
  out_.append("null");
}

void JsonText::Bool(bool b) {
  Comma();
  out_.append(b ? "true" : "false");
}

void JsonText::Int(int64_t v) {
  Comma();
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out_.append(buffer, end);
}

void JsonText::UInt(uint64_t v) {
  Comma();
  char buffer[24];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out_.append(buffer, end);
}

void JsonText::StringOrNull(std::string_view s) {
  if (s.empty()) Null();
  else String(s);
}

void JsonText::IntOrNull(const std::optional<int>& v) {
  if (v) Int(*v);
  else Null();
}

}  // namespace lexgraph::json_text
