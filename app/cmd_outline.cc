// lexgraph outline FILE [--json]: the document's tree (parts, sections,
// paragraphs, items, footnotes) with each node's path, kind, byte span in the
// file as read, and the mentions under it. Text: one indented line per node,
// its mentions below it. JSON Lines: one object per node, depth first.
#include <cstdio>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/file_reader.h"
#include "extractors/extract_document.h"
#include "extractors/normalize.h"
#include "extractors/outline.h"
#include "queries/render_mentions.h"

namespace lexgraph::app {
namespace {

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string JsonOrNull(const std::string& s) { return s.empty() ? "null" : JsonString(s); }

// At most `n` bytes of `s`, cut at a character boundary.
std::string Snippet(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "…";
}

struct Printer {
  const std::string& source;
  const MappedText& norm;  // the text `outline` was built from
  const Outline& outline;
  std::vector<std::vector<const Mention*>> by_node;
  bool json;
  std::string out;

  void NodeJson(int i, int depth) {
    const OutlineNode& n = outline.nodes[i];
    out += "{\"source\":" + JsonString(source) + ",\"index\":" + std::to_string(i) +
           ",\"path\":" + JsonString(n.path) + ",\"kind\":\"" + NodeKindName(n.kind) +
           "\",\"label\":" + JsonOrNull(NodeLabel(norm, n)) +
           ",\"title\":" + JsonOrNull(NodeTitle(norm, n)) +
           ",\"start\":" + std::to_string(n.span.start) + ",\"end\":" + std::to_string(n.span.end) +
           ",\"parent\":" + (n.parent < 0 ? "null" : std::to_string(n.parent)) +
           ",\"depth\":" + std::to_string(depth) +
           ",\"footnote\":" + (n.footnote ? std::to_string(*n.footnote) : "null") +
           ",\"task\":" + JsonOrNull(n.task_id) + ",\"mentions\":[";
    for (size_t k = 0; k < by_node[i].size(); ++k) {
      out += (k ? "," : "") + MentionJsonLine(*by_node[i][k], source);
    }
    out += "]}\n";
  }

  void NodeText(int i, int depth) {
    const OutlineNode& n = outline.nodes[i];
    std::string indent(2 * depth, ' ');
    std::string name = n.kind == NodeKind::kParagraph ? "¶" : n.path;
    out += indent + name + "  " + NodeKindName(n.kind);
    std::string label = NodeLabel(norm, n), title = NodeTitle(norm, n);
    if (!label.empty()) out += "  " + label;
    if (!title.empty()) out += "  " + Snippet(title, 80);
    out += "  [" + std::to_string(n.span.start) + "," + std::to_string(n.span.end) + ")";
    if (!n.task_id.empty()) out += "  task " + n.task_id;
    out += '\n';
    for (const Mention* m : by_node[i])
      out += indent + "    · " + MentionTextLine(*m, source) + '\n';
  }

  void Walk(int i, int depth) {
    json ? NodeJson(i, depth) : NodeText(i, depth);
    for (int c : outline.nodes[i].children) Walk(c, depth + 1);
  }
};

}  // namespace

int RunOutline(const Args& args) {
  bool json = false;
  std::string path;
  for (const std::string& a : args) {
    if (a == "--json") {
      json = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return UsageError("outline: unknown option " + a);
    } else if (!path.empty()) {
      return UsageError("outline: one FILE only");
    } else {
      path = a;
    }
  }
  if (path.empty()) return UsageError("outline: no FILE given (use - for stdin)");
  Result<formats::PlainText> doc = ReadDocument(path);
  if (!doc.ok()) return UsageError(doc.status().message());
  Result<MappedText> text = NormalizeOwned(std::move(doc->text), path);
  if (!text.ok()) return UsageError(text.status().message());
  Outline outline = BuildOutline(*text);
  std::vector<std::vector<Mention>> mentions = ExtractByUnit(*text, outline);
  size_t count = 0;
  for (const std::vector<Mention>& unit : mentions) count += unit.size();
  if (Status s = CheckMentionCount(count, path); !s.ok()) return UsageError(s.message());
  Printer p{path, *text, outline, std::vector<std::vector<const Mention*>>(outline.nodes.size()), json,
            ""};
  for (size_t u = 0; u < mentions.size(); ++u) {
    for (const Mention& m : mentions[u]) p.by_node[outline.units[u].node].push_back(&m);
  }
  p.Walk(0, 0);
  std::fwrite(p.out.data(), 1, p.out.size(), stdout);
  return 0;
}

}  // namespace lexgraph::app
