#include "queries/task_deps.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "engine/graph_ids.h"
#include "engine/records.h"
#include "engine/words.h"
#include "queries/fold_name.h"

namespace lexgraph {
namespace {

// "P2/II/3", "P2/II/3#2", "C2/D5/K1/a", "P1": letters, digits and the path marks.
bool IsPath(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s.front()))) return false;
  bool digit = false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!std::isalnum(u) && c != '/' && c != '#' && c != '.' && c != '^') return false;
    digit = digit || std::isdigit(u);
  }
  return digit;
}

std::string SourcePathOf(const std::string& source_id) {
  return source_id.starts_with("src:") ? source_id.substr(4) : source_id;
}

bool SourceFits(const std::string& path, const std::string& wanted) {
  return wanted.empty() || path == wanted || path.ends_with("/" + wanted);
}

Result<std::vector<std::string>> SourcePaths(const storage::GraphReader& reader, const std::string& wanted) {
  std::vector<std::string> out;
  Status s = reader.ForEachSource([&](const storage::SourceInfo& info) {
    std::string path = info.path.empty() ? SourcePathOf(info.id) : info.path;
    if (SourceFits(path, wanted)) out.push_back(path);
    return true;
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::optional<TaskMatch>> SectionAt(const storage::GraphReader& reader, const std::string& source,
                                           const std::string& id) {
  Result<storage::Node> node = reader.GetNode(id);
  if (!node.ok() && node.status().IsNotFound()) return std::optional<TaskMatch>();
  if (!node.ok()) return node.status();
  if (node->kind != storage::NodeKind::kSection) return std::optional<TaskMatch>();
  Result<SectionInfo> info = DecodeSection(node->props);
  if (!info.ok()) return Status::Corruption(id + ": " + info.status().message());
  TaskMatch match{source, id, std::move(*info), {}};
  match.text = match.section.title;
  if (match.text.empty()) {
    Result<std::vector<storage::Edge>> out = reader.OutEdges(id, storage::EdgeKind::kMentions);
    if (!out.ok()) return out.status();
    std::vector<std::string> sentences;
    for (const storage::Edge& e : *out) {
      Result<MentionRecord> m = DecodeMention(e.props);
      if (!m.ok()) return Status::Corruption(id + ": " + m.status().message());
      if (std::find(sentences.begin(), sentences.end(), m->sentence) != sentences.end()) continue;
      sentences.push_back(m->sentence);
      match.text += (match.text.empty() ? "" : " ") + m->sentence;
    }
  }
  return std::optional<TaskMatch>(std::move(match));
}

bool ContainsAll(const std::string& text, const std::vector<std::string>& words) {
  std::string folded = FoldName(text);
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return folded.find(w) != std::string::npos; });
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> out;
  std::string folded = FoldName(text);
  for (std::string_view word : Words(folded)) out.emplace_back(word);
  return out;
}

// Tasks (else sections) whose text holds every word.
Result<std::vector<TaskMatch>> TasksWithWords(const storage::GraphReader& reader, std::string_view text) {
  std::vector<std::string> words = FoldedWords(text);
  Result<std::vector<std::string>> sources = SourcePaths(reader, "");
  if (!sources.ok()) return sources.status();
  std::vector<TaskMatch> tasks, sections;
  for (const std::string& source : *sources) {
    Result<storage::SourceContents> owned = reader.GetSourceContents(SourceId(source));
    if (!owned.ok()) return owned.status();
    for (const std::string& id : owned->nodes) {
      if (!id.starts_with("sec:")) continue;
      Result<std::optional<TaskMatch>> m = SectionAt(reader, source, id);
      if (!m.ok()) return m.status();
      if (!*m || !ContainsAll((*m)->text, words)) continue;
      ((*m)->section.task ? tasks : sections).push_back(std::move(**m));
    }
  }
  return tasks.empty() ? sections : tasks;
}

// The section and every section under it (part_of in-edges), outline order.
Result<std::vector<std::string>> Subtree(const storage::GraphReader& reader, const std::string& root) {
  std::vector<std::string> out{root};
  for (size_t i = 0; i < out.size(); ++i) {
    Result<std::vector<storage::Edge>> in = reader.InEdges(out[i], storage::EdgeKind::kPartOf);
    if (!in.ok()) return in.status();
    for (const storage::Edge& e : *in) out.push_back(e.from);
  }
  return out;
}

}  // namespace

Result<std::vector<TaskMatch>> FindTasks(const storage::GraphReader& reader, std::string_view typed) {
  std::string task(typed);
  while (!task.empty() && std::isspace(static_cast<unsigned char>(task.back()))) task.pop_back();
  while (!task.empty() && std::isspace(static_cast<unsigned char>(task.front()))) task.erase(0, 1);
  if (task.empty()) return Status::InvalidArgument("task: empty");
  std::string source, path = task;
  if (size_t colon = task.rfind(':'); colon != std::string::npos && IsPath(task.substr(colon + 1))) {
    source = task.substr(0, colon);
    path = task.substr(colon + 1);
  }
  if (!IsPath(path)) return TasksWithWords(reader, task);
  Result<std::vector<std::string>> sources = SourcePaths(reader, source);
  if (!sources.ok()) return sources.status();
  std::vector<TaskMatch> out;
  for (const std::string& s : *sources) {
    Result<std::optional<TaskMatch>> m = SectionAt(reader, s, SectionId(s, path));
    if (!m.ok()) return m.status();
    if (*m) out.push_back(std::move(**m));
  }
  return out;
}

Result<TaskDependencies> DependenciesOf(const storage::GraphReader& reader, const TaskMatch& task,
                                        const LineageOptions& options) {
  TaskDependencies deps{task, {}};
  Result<std::vector<std::string>> sections = Subtree(reader, task.section_id);
  if (!sections.ok()) return sections.status();
  std::vector<std::pair<size_t, std::string>> order;  // (first byte cited, doc id)
  std::map<std::string, CitedDocument> cited;
  for (const std::string& section : *sections) {
    Result<std::vector<storage::Edge>> out = reader.OutEdges(section, storage::EdgeKind::kMentions);
    if (!out.ok()) return out.status();
    for (const storage::Edge& e : *out) {
      Result<MentionRecord> m = DecodeMention(e.props);
      if (!m.ok()) return Status::Corruption(e.from + " -> " + e.to + ": " + m.status().message());
      CitedDocument& doc = cited[e.to];
      if (doc.id.empty()) {
        doc.id = e.to;
        order.emplace_back(m->span.start, e.to);
      }
      doc.mentions.push_back({task.source, m->span.start, m->section, m->footnote, m->span.end,
                              m->text, m->sentence, m->task});
    }
  }
  std::sort(order.begin(), order.end());
  for (auto& [start, id] : order) {
    CitedDocument doc = std::move(cited[id]);
    Result<Lineage> lineage = WalkLineage(reader, id, options);
    if (!lineage.ok()) return lineage.status();
    doc.facts = lineage->nodes.front().facts;
    doc.lineage = std::move(*lineage);
    std::sort(doc.mentions.begin(), doc.mentions.end(),
              [](const MentionRef& a, const MentionRef& b) { return a.start < b.start; });
    deps.documents.push_back(std::move(doc));
  }
  return deps;
}

}  // namespace lexgraph
