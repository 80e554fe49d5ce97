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
#include <utility>

namespace lexgraph::json_text {

// A key: a string literal of letters, digits and '_' (what needs no escape
// and reads as a name), at most kMaxKey bytes, refused at compile time
// otherwise. It holds its JSON form, quoted and with the colon: "end":
class KeyName {
 public:
  static constexpr size_t kMaxKey = 28;

  template <size_t N>
  consteval KeyName(const char (&name)[N]) : json_{}, size_(N - 1 + 3) {
    if (N - 1 > kMaxKey) throw "a JSON key must be at most kMaxKey bytes";
    json_[0] = '"';
    for (size_t i = 0; i + 1 < N; ++i) {
      char c = name[i];
      bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!plain) throw "a JSON key must be letters, digits and '_'";
      json_[i + 1] = c;
    }
    json_[N] = '"';
    json_[N + 1] = ':';
  }
  std::string_view json() const { return {json_, size_}; }

 private:
  char json_[kMaxKey + 3];
  size_t size_;
};

class JsonText {
 public:
  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  JsonText& Key(KeyName key) {  // then exactly one value
    Comma();
    out_.append(key.json());
    after_value_ = false;
    return *this;
  }
  void String(std::string_view s);
  void Null();
  void Bool(bool b);
  void Int(int64_t v);
  void UInt(uint64_t v);
  // "" and nullopt as null, as json_fields::OrNull.
  void StringOrNull(std::string_view s);
  void IntOrNull(const std::optional<int>& v);

  void Reserve(size_t bytes) { out_.reserve(bytes); }
  // About what the keys, punctuation and numbers of a record of a dozen
  // fields take: add the strings' bytes to it for Reserve.
  static constexpr size_t kFixedBytes = 160;
  std::string Take() {  // and start afresh
    after_value_ = false;
    return std::exchange(out_, std::string());
  }

 private:
  // Before a key or an array element: a comma when a value stands before.
  // Every value sets after_value_; '{', '[' and a key clear it.
  void Comma() {
    if (after_value_) out_.push_back(',');
    after_value_ = true;
  }
  void Open(char c) {
    Comma();
    out_.push_back(c);
    after_value_ = false;
  }
  void Close(char c) {
    out_.push_back(c);
    after_value_ = true;
  }

  std::string out_;
  bool after_value_ = false;
};

}  // namespace lexgraph::json_text
