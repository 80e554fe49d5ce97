#include "extractors/outline_tasks.h"

#include <string>

namespace lexgraph::outline_internal {
namespace {

bool IsSection(NodeKind k) {
  switch (k) {
    case NodeKind::kPart:
    case NodeKind::kChapter:
    case NodeKind::kSubchapter:
    case NodeKind::kArticle:
    case NodeKind::kClause:
    case NodeKind::kPoint:
    case NodeKind::kRoman:
    case NodeKind::kArabic:
    case NodeKind::kLetter:
    case NodeKind::kAppendix:
      return true;
    default:
      return false;
  }
}

bool IsProvision(NodeKind k) {
  return k == NodeKind::kArticle || k == NodeKind::kClause || k == NodeKind::kPoint;
}

bool HasSectionChild(const Outline& out, int i) {
  for (int c : out.nodes[i].children) {
    if (IsSection(out.nodes[c].kind)) return true;
  }
  return false;
}

}  // namespace

bool IsProgrammeTitle(std::string_view title) {
  // Headings only (a numbered sentence is not a heading), in the three
  // spellings headings use; plain bytes, as this runs on every section.
  if (title.size() > 300) return false;
  for (std::string_view start : {"Chương trình", "CHƯƠNG TRÌNH", "Kế hoạch", "KẾ HOẠCH"}) {
    if (title.substr(0, start.size()) == start) return true;
  }
  for (std::string_view word : {"nhiệm vụ", "Nhiệm vụ", "NHIỆM VỤ", "giải pháp", "Giải pháp",
                                "GIẢI PHÁP"}) {
    if (title.find(word) != std::string_view::npos) return true;
  }
  return false;
}

void MarkTasks(const MappedText& norm, const Draft& d, Outline& out) {
  size_t n = out.nodes.size();
  std::vector<char> programme(n, 0), provision(n, 0);
  std::string scratch;  // a title that is not one line as written
  for (size_t i = 1; i < n; ++i) {
    OutlineNode& node = out.nodes[i];
    if (node.kind == NodeKind::kFootnote) continue;
    int p = node.parent;
    provision[i] = provision[p] || IsProvision(node.kind);
    if (provision[i]) continue;  // no tasks in a legal text: skip the title scan
    programme[i] = programme[p] ||
                   (IsSection(node.kind) && IsProgrammeTitle(NodeTitleView(norm, node, scratch)));
    if (!programme[i]) continue;
    bool item = node.kind == NodeKind::kItem;
    bool numbered = d.info[i].numbered_paragraph && !HasSectionChild(out, static_cast<int>(i));
    if (item || numbered) {
      node.task_id = node.path;
      out.tasks.push_back(static_cast<int>(i));
    }
  }
}

}  // namespace lexgraph::outline_internal
