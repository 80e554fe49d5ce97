// JsonText writes compact JSON byte for byte as json_fields::Dump
// (nlohmann's dump(-1, ' ', false, replace)) prints it, without building a
// json value: for what runs once per mention, section and document, the
// store's record encoders (engine/records.cc) and the lines of
// `extract --json` (queries/render_mentions.cc).
//   JsonText j;
//   j.BeginObject();
//   j.Key("end").UInt(12);         // keys in byte order, as nlohmann's
//   j.Key("kind").String("self");  // std::map keeps them: the caller sorts
//   j.EndObject();
//   std::string props = j.Take();
// Keys are names fixed in the code (KeyName: checked when compiled), so
// they are written as they are. Strings: '"', '\\' and bytes below 0x20
// escaped as nlohmann escapes them (\b \t \n \f \r, else \u00xx); other
// bytes as they are, found sixteen at a time. A string that is not
// well-formed UTF-8 is handed to nlohmann itself, so its replacement
// characters stay exactly nlohmann's. tests/engine/records_test.cc compares
// every encoder with nlohmann on real text. Not thread-safe (one per call).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lexgraph::json_text {

// A key: a string literal of letters, digits and '_' (what needs no escape
// and reads as a name), refused at compile time otherwise.
class KeyName {
 public:
  template <size_t N>
  consteval KeyName(const char (&name)[N]) : name_(name, N - 1) {
    for (char c : name_) {
      bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!plain) throw "a JSON key must be letters, digits and '_'";
    }
  }
  std::string_view view() const { return name_; }

 private:
  std::string_view name_;
};

class JsonText {
 public:
  void BeginObject() { Open('{'); }
  void EndObject() { out_.push_back('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { out_.push_back(']'); }
  JsonText& Key(KeyName key);  // then exactly one value
  void String(std::string_view s);
  void Null();
  void Bool(bool b);
  void Int(int64_t v);
  void UInt(uint64_t v);
  // "" and nullopt as null, as json_fields::OrNull.
  void StringOrNull(std::string_view s);
  void IntOrNull(const std::optional<int>& v);

  void Reserve(size_t bytes) { out_.reserve(bytes); }
  std::string Take() { return std::move(out_); }

 private:
  void Comma();  // before a key or an array element
  void Open(char c) {
    Comma();
    out_.push_back(c);
  }

  std::string out_;
};

}  // namespace lexgraph::json_text
