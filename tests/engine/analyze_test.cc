#include "engine/analyze.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "engine/content_hash.h"

namespace lexgraph {
namespace {

std::string ReadSample() {
  std::ifstream in(std::string(LEXGRAPH_TEST_DATA) + "/kien-giang-dan-van-2020.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const DocumentFacts* FindDoc(const SourceAnalysis& a, const std::string& key) {
  for (const DocumentFacts& d : a.documents) {
    if (d.key == key) return &d;
  }
  return nullptr;
}

TEST_CASE("AnalyzeSource reads the sample report into documents, sections and tasks", "[engine]") {
  std::string bytes = ReadSample();
  REQUIRE(!bytes.empty());
  Result<SourceAnalysis> a = AnalyzeSource(bytes, "kien-giang.md");
  REQUIRE(a.ok());
  CHECK(a->path == "kien-giang.md");
  CHECK(a->size == bytes.size());
  CHECK(a->content_hash == ContentHash(bytes));
  CHECK(a->mentions.size() >= 73);
  CHECK(FindDoc(*a, "11-CT/TW@XII") == nullptr);  // the typo resolves to 11-CT/TU
  const DocumentFacts* ct11 = FindDoc(*a, "11-CT/TU@XII");
  REQUIRE(ct11 != nullptr);
  CHECK(ct11->code == "11-CT/TU");  // the agreeing code, whichever came first
  CHECK(ct11->issuer_code == "TU");
  CHECK(std::find(ct11->aliases.begin(), ct11->aliases.end(), "11-CT/TW") != ct11->aliases.end());
  for (const AnalyzedMention& m : a->mentions) {
    INFO(m.mention.text);
    CHECK(!m.doc_key.empty());
    CHECK(m.sentence.find(m.mention.text.substr(0, 10)) != std::string::npos);
  }
  // Facts merge per key: 158-TB/TW is cited as "Thông báo Kết luận" and as "Kết luận".
  const DocumentFacts* tb = FindDoc(*a, "158-TB/TW@XII");
  REQUIRE(tb != nullptr);
  CHECK(tb->type == "Thông báo kết luận");
  CHECK(tb->type_words.size() == 2);
  CHECK(tb->issuer == "Ban Bí thư");
  const DocumentFacts* kl = FindDoc(*a, "62-KL/TW@X");
  REQUIRE(kl != nullptr);
  CHECK(kl->date == Date{2009, 12, 8});
  CHECK(kl->issuer == "Bộ Chính trị");
  CHECK(FindDoc(*a, "25-NQ/TW@IX") != nullptr);
  CHECK(FindDoc(*a, "25-NQ/TW@XI") != nullptr);
  // The outline's sections and the programme's tasks, parents first.
  bool has_task = false;
  for (const SectionInfo& s : a->sections) has_task |= s.task;
  CHECK(has_task);
  CHECK(a->sections.front().parent_path.empty());
  // Relations, reviews and findings: engine/relate.h and engine/findings.h
  // (the whole sample is checked against its gold by scripts/check_sample_graph.py).
  CHECK(a->relations.size() >= 6);
  CHECK(a->reviews.size() >= 14);
  CHECK(a->findings.size() == 3);
}

TEST_CASE("AnalyzeSource refuses bytes that are not UTF-8, naming the offset", "[engine]") {
  Result<SourceAnalysis> a = AnalyzeSource("Chỉ thị số 05-CT/TU \xff\xfe", "bad.md");
  REQUIRE_FALSE(a.ok());
  CHECK(a.status().message().find("bad.md") != std::string::npos);
  CHECK(a.status().message().find("byte") != std::string::npos);
}

TEST_CASE("SentenceAround cuts the sentence holding a span", "[engine]") {
  std::string text = "Câu đầu. Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy; câu sau.";
  size_t at = text.find("Chỉ thị");
  CHECK(SentenceAround(text, {at, at + 10}) == "Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy;");
  CHECK(SentenceAround("a\n\nb c\nd\n\ne", {3, 4}) == "b c d");
  CHECK(SentenceAround("Hỏi? Đáp  \t\r\n  gì! Thôi", {6, 9}) == "Đáp gì!");
  CHECK(SentenceAround("v1.2 là số; x", {0, 2}) == "v1.2 là số;");  // a full stop inside a word
  // At most kSentenceReach bytes either side, never cutting a letter.
  std::string long_text = "Trước. " + std::string(300, 'x') + " Chỉ thị " + std::string(150, 'y');
  for (int i = 0; i < 100; ++i) long_text += "ế";
  long_text += ". Sau.";
  size_t head = long_text.find("Chỉ thị");
  std::string s = SentenceAround(long_text, {head, head + 10});
  CHECK(s.starts_with("x"));
  CHECK(s.find("Trước") == std::string::npos);
  CHECK(s.find("Sau") == std::string::npos);
  CHECK(s.size() <= 10 + 2 * kSentenceReach);
  CHECK(FirstInvalidUtf8(s) == std::string::npos);
}

TEST_CASE("A footnote's citations belong to the task holding its marker", "[engine]") {
  std::string bytes = ReadSample();
  Result<SourceAnalysis> a = AnalyzeSource(bytes, "kien-giang.md");
  REQUIRE(a.ok());
  // Footnote 22 hangs from the second item of P2/II/2 (gold task_dependencies).
  std::vector<std::string> in_footnote;
  for (const AnalyzedMention& am : a->mentions) {
    if (am.mention.footnote == 22) {
      CHECK(am.task_id == "P2/II/2#2");
      in_footnote.push_back(am.mention.code);
    }
  }
  for (const char* code : {"114-KL/TW", "16/CT-TTg", "10/CT-TTg"}) {
    CHECK(std::find(in_footnote.begin(), in_footnote.end(), code) != in_footnote.end());
  }
  // Text outside any task stays without one, footnotes included.
  for (const AnalyzedMention& am : a->mentions) {
    if (am.mention.section.starts_with("P1")) CHECK(am.task_id.empty());
  }
}

}  // namespace
}  // namespace lexgraph
