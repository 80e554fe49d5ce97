#include "queries/reference.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "engine/graph_ids.h"
#include "engine/identity.h"
#include "engine/records.h"
#include "extractors/codes.h"
#include "extractors/normalize.h"
#include "extractors/patterns.h"
#include "extractors/upper_for_code.h"
#include "engine/words.h"
#include "queries/fold_name.h"
#include "queries/render_values.h"

namespace lexgraph {
namespace {

constexpr size_t kMaxSuggestions = 8;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> Number(std::string_view s) {
  if (!AllDigits(s) || s.size() > 9) return std::nullopt;
  return std::stoi(std::string(s));
}

// The folded words of `s`, punctuation that never belongs to a number made blank.
std::vector<std::string> SearchWords(std::string_view s) {
  std::string folded = FoldName(s);
  for (char& c : folded) {
    if (c == '(' || c == ')' || c == ',' || c == ';' || c == ':' || c == '"' || c == '.') c = ' ';
  }
  std::vector<std::string> out;
  for (std::string_view word : Words(folded)) out.emplace_back(word);
  return out;
}

// The code in `text` (NFC) as the extractor reads it, trying the text as
// typed and then in capitals ("65-kl/tw"); `rest` receives the text without it.
std::optional<CodeParts> FindTypedCode(const std::string& text, std::string& written, std::string& rest) {
  for (const std::string& candidate : {text, UpperForCode(text)}) {
    std::string folded = FoldForMatch(candidate);
    std::optional<CodeParts> code;
    for (size_t at = 0; at < folded.size() && !code; ++at) {
      bool starts = std::isdigit(static_cast<unsigned char>(folded[at])) &&
                    (at == 0 || !std::isalnum(static_cast<unsigned char>(folded[at - 1])));
      if (starts) code = ParseCodeAt(folded, at);  // a code starts with its number
    }
    if (!code) continue;
    written = candidate.substr(code->span.start, code->span.size());
    rest = candidate.substr(0, code->span.start) + " " + candidate.substr(code->span.end);
    return code;
  }
  return std::nullopt;
}

// The type word (longest first) that the words at `i` spell, as a count of words.
size_t MatchTypeWord(const std::vector<std::string>& words, size_t i, Reference& r) {
  size_t best = 0;
  for (const TypeWord& t : TypeWords()) {
    std::vector<std::string> name = SearchWords(t.name);
    if (name.size() <= best || i + name.size() > words.size()) continue;
    if (!std::equal(name.begin(), name.end(), words.begin() + static_cast<long>(i))) continue;
    best = name.size();
    r.type = std::string(t.name);
    if (r.code.empty()) r.type_code = std::string(t.code);
  }
  return best;
}

// A type code typed as a word ("KL", "nđ", "QĐi").
bool MatchTypeCode(const std::string& word, Reference& r) {
  for (const TypeCode& t : TypeCodes()) {
    if (FoldName(t.code) != word) continue;
    if (r.code.empty()) r.type_code = std::string(t.code);
    if (r.type.empty()) r.type = std::string(t.name);
    return true;
  }
  return false;
}

// "65", "04/2015", "số" before a number, "năm 2015", "khóa IX": the rest of a reference.
void ReadWords(const std::vector<std::string>& words, Reference& r, std::vector<std::string>& unread) {
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (size_t n = MatchTypeWord(words, i, r); n > 0) {
      i += n - 1;
    } else if ((w == "khoa" || w == "nhiem") && i + 1 < words.size() && RomanValue(UpperForCode(words[i + 1])) > 0) {
      r.term = UpperForCode(words[++i]);
    } else if (w == "nam" && i + 1 < words.size() && AllDigits(words[i + 1]) && words[i + 1].size() == 4) {
      r.year = Number(words[++i]);
    } else if (w == "so" || w == "ky" || w == "hieu" || w == "-") {
      continue;  // "số", "số/ký hiệu"
    } else if (size_t slash = w.find('/'); slash != std::string::npos && Number(w.substr(0, slash)) &&
                                           w.size() - slash - 1 == 4 && Number(w.substr(slash + 1))) {
      if (!r.number) r.number = Number(w.substr(0, slash));
      r.year = Number(w.substr(slash + 1));  // "04/2015"
    } else if (std::optional<int> value = Number(w); value && !r.number) {
      r.number = value;
    } else if (!MatchTypeCode(w, r)) {
      unread.push_back(w);
    }
  }
}

}  // namespace

Result<Reference> ParseReference(std::string_view typed) {
  std::string_view trimmed = Trim(typed);
  if (trimmed.empty()) return Status::InvalidArgument("reference: empty");
  Reference r;
  r.text = std::string(trimmed);
  Result<MappedText> norm = Normalize(trimmed, "reference");
  if (!norm.ok()) return norm.status();
  std::string text = norm->text;
  if (text.starts_with(kDocPrefix)) {
    r.id = text;
    text = std::string(DocumentKeyOf(text));
  } else if (text.find('@') != std::string::npos || text.find('#') != std::string::npos) {
    r.id = DocumentId(text);  // a document key as `docs` prints it
  }
  if (size_t at = text.find_first_of("@#"); at != std::string::npos) {
    std::string qualifier = text.substr(at + 1);
    if (RomanValue(qualifier) > 0) r.term = qualifier;
    if (Number(qualifier) && qualifier.size() == 4) r.year = Number(qualifier);
    text = text.substr(0, at);
  }
  std::string written, rest = text;
  if (std::optional<CodeParts> code = FindTypedCode(text, written, rest)) {
    r.code = CanonicalCode(written);
    r.type_code = code->type_code;
    r.number = code->number;
    if (code->year) r.year = code->year;
  }
  std::vector<std::string> unread;
  ReadWords(SearchWords(rest), r, unread);
  if (!unread.empty() && r.code.empty() && !r.number) r.title = r.text;
  if (r.id.empty() && r.code.empty() && !r.number && r.title.empty()) {
    return Status::InvalidArgument("reference '" + r.text + "': names no document (no code, number or name)");
  }
  return r;
}

namespace {

Result<std::optional<DocumentHit>> LoadHit(const storage::GraphReader& reader, const std::string& id) {
  Result<storage::Node> node = reader.GetNode(id);
  if (!node.ok() && node.status().IsNotFound()) return std::optional<DocumentHit>();
  if (!node.ok()) return node.status();
  if (node->kind != storage::NodeKind::kDocument) return std::optional<DocumentHit>();
  Result<DocumentFacts> facts = DecodeDocument(node->props);
  if (!facts.ok()) return Status::Corruption(id + ": " + facts.status().message());
  return std::optional<DocumentHit>(DocumentHit{id, std::move(*facts)});
}

// Documents found so far, by id, each read once.
class Hits {
 public:
  explicit Hits(const storage::GraphReader& reader) : reader_(reader) {}

  // Adds the documents of index entries under `prefix` (`exact`: whose key is `prefix`).
  Status AddIndex(std::string_view index, const std::string& prefix, bool exact) {
    Result<std::vector<storage::IndexEntry>> entries = reader_.ScanIndex(index, prefix);
    if (!entries.ok()) return entries.status();
    for (const storage::IndexEntry& e : *entries) {
      if (exact && e.key != prefix) continue;
      if (Status s = Add(e.node_id); !s.ok()) return s;
    }
    return Status::Ok();
  }
  Status Add(const std::string& id) {
    if (hits_.count(id)) return Status::Ok();
    Result<std::optional<DocumentHit>> hit = LoadHit(reader_, id);
    if (!hit.ok()) return hit.status();
    if (*hit) hits_.emplace(id, std::move(**hit));
    return Status::Ok();
  }
  bool empty() const { return hits_.empty(); }
  std::vector<DocumentHit> Take() {
    std::vector<DocumentHit> out;
    for (auto& [id, hit] : hits_) out.push_back(std::move(hit));
    hits_.clear();
    return out;
  }

 private:
  const storage::GraphReader& reader_;
  std::map<std::string, DocumentHit> hits_;
};

bool HasTerm(const DocumentFacts& f, const std::string& term) {
  return f.term == term || std::find(f.terms.begin(), f.terms.end(), term) != f.terms.end();
}

bool HasYear(const DocumentFacts& f, int year) {
  if (f.year == year || (f.date && f.date->year == year)) return true;
  return std::any_of(f.dates.begin(), f.dates.end(), [&](const Date& d) { return d.year == year; });
}

bool HasTypeWord(const DocumentFacts& f, const std::string& type) {
  if (f.type == type) return true;
  return std::find(f.type_words.begin(), f.type_words.end(), type) != f.type_words.end();
}

bool HasCode(const DocumentFacts& f, const std::string& code) {
  if (f.key == code || f.key.starts_with(code + "@") || f.key.starts_with(code + "#")) return true;
  return std::any_of(f.aliases.begin(), f.aliases.end(),
                     [&](const std::string& a) { return CanonicalCode(a) == code; });
}

bool Fits(const DocumentFacts& f, const Reference& r) {
  if (!r.term.empty() && !HasTerm(f, r.term)) return false;
  return !r.year || HasYear(f, *r.year);
}

// Every document with this number in its code: Party "N-…" and State "N/…".
Status AddNumber(Hits& hits, int number) {
  std::string n = std::to_string(number);
  if (Status s = hits.AddIndex(kIndexByCode, n + "-", false); !s.ok()) return s;
  return hits.AddIndex(kIndexByCode, n + "/", false);
}

// The documents `r` could name before its term and year are checked.
Result<std::vector<DocumentHit>> Candidates(const storage::GraphReader& reader, const Reference& r) {
  Hits hits(reader);
  if (!r.code.empty()) {
    if (Status s = hits.AddIndex(kIndexByCode, r.code, true); !s.ok()) return s;
    if (hits.empty() && r.number && !r.type_code.empty()) {
      // by_code holds a document's first code; another it is cited by (the
      // key's, or a typo's correction) is among its aliases.
      std::string prefix = r.type_code + "/" + std::to_string(*r.number) + "/";
      if (Status s = hits.AddIndex(kIndexByTypeNumber, prefix, false); !s.ok()) return s;
      std::vector<DocumentHit> all = hits.Take();
      std::erase_if(all, [&](const DocumentHit& h) { return !HasCode(h.facts, r.code); });
      return all;
    }
  } else if (r.number && !r.type_code.empty()) {
    std::string prefix = r.type_code + "/" + std::to_string(*r.number) + "/";
    if (Status s = hits.AddIndex(kIndexByTypeNumber, prefix, false); !s.ok()) return s;
    if (hits.empty() && !r.type.empty()) {
      // "Kết luận 158" for 158-TB/TW: a type word the document is also cited by.
      if (Status s = AddNumber(hits, *r.number); !s.ok()) return s;
      std::vector<DocumentHit> all = hits.Take();
      std::erase_if(all, [&](const DocumentHit& h) { return !HasTypeWord(h.facts, r.type); });
      return all;
    }
  } else if (r.number) {
    if (Status s = AddNumber(hits, *r.number); !s.ok()) return s;
  } else if (!r.title.empty()) {
    if (Status s = hits.AddIndex(kIndexByTitle, FoldForMatch(r.title), true); !s.ok()) return s;
  }
  return hits.Take();
}

// Near misses: the same number under other types, issuers and terms, then
// the same type with the numbers next to it.
Result<std::vector<DocumentHit>> Suggestions(const storage::GraphReader& reader, const Reference& r,
                                             std::vector<DocumentHit> unfitting) {
  Hits hits(reader);
  if (r.number) {
    if (Status s = AddNumber(hits, *r.number); !s.ok()) return s;
    if (!r.type_code.empty()) {
      for (int delta : {-1, 1, -2, 2}) {
        if (*r.number + delta <= 0) continue;
        std::string prefix = r.type_code + "/" + std::to_string(*r.number + delta) + "/";
        if (Status s = hits.AddIndex(kIndexByTypeNumber, prefix, false); !s.ok()) return s;
      }
    }
  }
  std::vector<DocumentHit> out = std::move(unfitting);
  std::vector<DocumentHit> more = hits.Take();
  // Same type code first, then by id.
  std::stable_sort(more.begin(), more.end(), [&](const DocumentHit& a, const DocumentHit& b) {
    return (a.facts.type_code == r.type_code) > (b.facts.type_code == r.type_code);
  });
  for (DocumentHit& h : more) {
    bool seen = std::any_of(out.begin(), out.end(), [&](const DocumentHit& o) { return o.id == h.id; });
    if (!seen) out.push_back(std::move(h));
  }
  if (out.size() > kMaxSuggestions) out.resize(kMaxSuggestions);
  return out;
}

}  // namespace

Result<Resolution> ResolveReference(const storage::GraphReader& reader, const Reference& r) {
  Resolution res;
  if (!r.id.empty()) {
    Result<std::optional<DocumentHit>> hit = LoadHit(reader, r.id);
    if (!hit.ok()) return hit.status();
    if (*hit) {
      res.matches.push_back(std::move(**hit));
      return res;
    }
  }
  Result<std::vector<DocumentHit>> candidates = Candidates(reader, r);
  if (!candidates.ok()) return candidates.status();
  std::vector<DocumentHit> unfitting;
  for (DocumentHit& h : *candidates) {
    (Fits(h.facts, r) ? res.matches : unfitting).push_back(std::move(h));
  }
  if (res.matches.empty()) {
    Result<std::vector<DocumentHit>> s = Suggestions(reader, r, std::move(unfitting));
    if (!s.ok()) return s.status();
    res.suggestions = std::move(*s);
  }
  return res;
}

std::string DocumentHitLine(const DocumentHit& hit) {
  const DocumentFacts& f = hit.facts;
  return DocumentFactsLine(f.key.empty() ? std::string(DocumentKeyOf(hit.id)) : f.key, f);
}

ReferenceOutcome FindDocument(const storage::GraphReader& reader, std::string_view text) {
  ReferenceOutcome out;
  Result<Reference> ref = ParseReference(text);
  if (!ref.ok()) {
    out.message = ref.status().message();
    out.exit_code = 2;
    return out;
  }
  Result<Resolution> res = ResolveReference(reader, *ref);
  if (!res.ok()) {
    out.message = res.status().ToString();
    out.exit_code = 3;
    return out;
  }
  out.resolution = std::move(*res);
  const std::vector<DocumentHit>& matches = out.resolution.matches;
  if (matches.size() == 1) {
    out.document = matches.front();
    return out;
  }
  out.exit_code = 1;
  if (matches.size() > 1) {
    out.message = "'" + ref->text + "' is ambiguous: " + std::to_string(matches.size()) +
                  " documents fit (name one by its id or add its term, \"khóa IX\", or year):";
    for (const DocumentHit& h : matches) out.message += "\n  " + h.id + "   " + DocumentHitLine(h);
    return out;
  }
  out.message = "'" + ref->text + "': no such document in the store";
  if (!out.resolution.suggestions.empty()) out.message += "; the closest known:";
  for (const DocumentHit& h : out.resolution.suggestions) {
    out.message += "\n  " + h.id + "   " + DocumentHitLine(h);
  }
  return out;
}

}  // namespace lexgraph
