#include "formats/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "base/utf8.h"

namespace lexgraph::formats {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const char* Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string Prop(const xmlNode* n, const char* attr) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(attr));
  if (v == nullptr) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

bool Is(const xmlNode* n, const char* tag) {
  return n->type == XML_ELEMENT_NODE && std::strcmp(Name(n), tag) == 0;
}

bool OneOf(const char* tag, std::initializer_list<const char*> tags) {
  return std::any_of(tags.begin(), tags.end(), [&](const char* t) { return std::strcmp(tag, t) == 0; });
}

// Chrome: elements of the site around the document.
bool IsChrome(const xmlNode* n) {
  const char* tag = Name(n);
  if (OneOf(tag, {"script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                  "form", "button", "select", "iframe", "svg", "head", "title", "link", "meta",
                  "input", "textarea", "object", "embed"})) {
    return true;
  }
  const std::string marks = Lower(Prop(n, "id") + " " + Prop(n, "class"));
  for (const char* word : {"menu", "breadcrumb", "sidebar", "banner", "footer", "header", "navbar",
                           "topbar", "social", "share", "cookie", "advert", "quangcao"}) {
    if (marks.find(word) != std::string::npos) return true;
  }
  return false;
}

bool IsBlock(const char* tag) {
  return OneOf(tag, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
                     "article", "main", "center", "pre", "dd", "dt", "dl", "ul", "ol", "table",
                     "address", "figure", "figcaption", "body", "hr", "caption"});
}

bool HasClassOrId(const xmlNode* n, const char* word) {
  const std::string id = Prop(n, "id");
  if (id == word) return true;
  const std::string cls = " " + Prop(n, "class") + " ";
  return cls.find(std::string(" ") + word + " ") != std::string::npos;
}

// The element holding the document, by the sites' markup, else the body.
const xmlNode* FindContainer(const xmlNode* n, const char* word) {
  for (; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (HasClassOrId(n, word)) return n;
    if (const xmlNode* found = FindContainer(n->children, word)) return found;
  }
  return nullptr;
}

const xmlNode* FindTag(const xmlNode* n, const char* tag) {
  for (; n != nullptr; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (Is(n, tag)) return n;
    if (const xmlNode* found = FindTag(n->children, tag)) return found;
  }
  return nullptr;
}

std::string Describe(const xmlNode* n) {
  std::string d = Name(n);
  if (std::string id = Prop(n, "id"); !id.empty()) return d + "#" + id;
  std::string cls = Prop(n, "class");
  if (!cls.empty()) d += "." + cls.substr(0, cls.find(' '));
  return d;
}

bool IsMarkLike(std::string_view s) {
  if (s.empty() || s.size() > 8) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '(' || c == ')' || c == '[' || c == ']' || c == '*';
  });
}

class HtmlReader {
 public:
  HtmlReader(const xmlNode* container) : builder_(Format::kHtml), where_(Describe(container)) {}

  PlainText Read(const xmlNode* container) && {
    Children(container);
    Flush();
    return std::move(builder_).Finish();
  }

 private:
  // Appends text, white space collapsed to one space.
  void Text(const char* s) {
    for (; *s != '\0'; ++s) {
      const unsigned char c = static_cast<unsigned char>(*s);
      const bool nbsp = c == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
        if (nbsp) ++s;
        if (!cur_.empty() && cur_.back() != ' ' && cur_.back() != '\n') cur_ += ' ';
      } else {
        cur_ += static_cast<char>(c);
      }
    }
  }

  void Flush() {
    builder_.AddBlock(cur_, "html " + cur_tag_ + "[" + std::to_string(++blocks_) + "] in " + where_);
    if (IsBlank(cur_)) --blocks_;
    cur_.clear();
    cur_tag_ = "p";
  }

  void Children(const xmlNode* n) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) Node(c);
  }

  std::string InlineText(const xmlNode* n) {
    std::string saved = std::move(cur_);
    cur_.clear();
    Children(n);
    std::string out = std::move(cur_);
    cur_ = std::move(saved);
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    while (!out.empty() && (out.front() == ' ' || out.front() == '\n')) out.erase(0, 1);
    return out;
  }

  void Node(const xmlNode* n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      Text(reinterpret_cast<const char*>(n->content));
      return;
    }
    if (n->type != XML_ELEMENT_NODE || IsChrome(n)) return;
    const char* tag = Name(n);
    if (std::strcmp(tag, "br") == 0) {
      while (!cur_.empty() && cur_.back() == ' ') cur_.pop_back();
      if (!cur_.empty()) cur_ += '\n';
      return;
    }
    if (std::strcmp(tag, "sup") == 0) {
      std::string mark = InlineText(n);
      if (IsMarkLike(mark)) {
        cur_ += "<sup>" + mark + "</sup>";
      } else {
        Text(mark.c_str());
      }
      return;
    }
    if (std::strcmp(tag, "table") == 0) {
      Flush();
      Table(n);
      return;
    }
    if (!IsBlock(tag)) {
      Children(n);
      return;
    }
    Flush();
    cur_tag_ = tag;
    if (std::strcmp(tag, "li") == 0 && n->parent != nullptr) {
      if (Is(n->parent, "ol")) {
        int k = 0;
        for (const xmlNode* s = n->parent->children; s != nullptr && s != n; s = s->next) k += Is(s, "li");
        std::string start = Prop(n->parent, "start");
        cur_ += std::to_string(k + (start.empty() ? 1 : std::atoi(start.c_str()))) + ". ";
      } else {
        cur_ += "- ";
      }
    }
    Children(n);
    Flush();
  }

  void Table(const xmlNode* table) {
    std::vector<std::vector<std::string>> rows;
    Rows(table, rows);
    const std::string where = "html table[" + std::to_string(++tables_) + "] in " + where_;
    if (rows.size() <= 2) {
      for (const auto& r : rows) {
        for (const std::string& cell : r) builder_.AddBlock(cell, where);
      }
      return;
    }
    std::string text;
    for (const auto& r : rows) {
      std::string line = "|";
      for (std::string cell : r) {
        std::replace(cell.begin(), cell.end(), '\n', ' ');
        line += " " + cell + " |";
      }
      text += (text.empty() ? "" : "\n") + line;
    }
    builder_.AddBlock(text, where);
  }

  void Rows(const xmlNode* n, std::vector<std::vector<std::string>>& rows) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || IsChrome(c)) continue;
      if (Is(c, "tr")) {
        std::vector<std::string> cells;
        for (const xmlNode* td = c->children; td != nullptr; td = td->next) {
          if (Is(td, "td") || Is(td, "th")) cells.push_back(CellText(td));
        }
        rows.push_back(std::move(cells));
      } else if (OneOf(Name(c), {"thead", "tbody", "tfoot"})) {
        Rows(c, rows);
      }
    }
  }

  // A cell's blocks joined by line breaks.
  std::string CellText(const xmlNode* td) {
    std::string saved = std::move(cur_);
    cur_.clear();
    PlainTextBuilder outer = std::move(builder_);
    builder_ = PlainTextBuilder(Format::kHtml);
    const int blocks = blocks_;
    Children(td);
    Flush();
    std::string text = std::move(builder_).Finish().text;
    builder_ = std::move(outer);
    blocks_ = blocks;
    cur_ = std::move(saved);
    // Paragraphs of a cell: one line each.
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += text[i];
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

  PlainTextBuilder builder_;
  std::string where_;
  std::string cur_;
  std::string cur_tag_ = "p";
  int blocks_ = 0;
  int tables_ = 0;
};

// The charset a <meta> of the first bytes declares, lower case ("" if none).
std::string DeclaredCharset(std::string_view bytes) {
  const std::string head = Lower(std::string(bytes.substr(0, 4096)));
  const size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  size_t b = at + 8;
  while (b < head.size() && (head[b] == '"' || head[b] == '\'' || head[b] == ' ')) ++b;
  size_t e = b;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' || head[e] == '_')) ++e;
  return head.substr(b, e - b);
}

}  // namespace

Result<PlainText> HtmlToText(std::string_view bytes, const std::string& name) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  std::string charset = DeclaredCharset(bytes);
  const bool utf8 = charset.empty() || charset == "utf-8" || charset == "utf8";
  if (utf8) {
    if (size_t bad = FirstInvalidUtf8(bytes); bad != std::string_view::npos) {
      return Status::InvalidArgument(name + ": invalid UTF-8 at byte " + std::to_string(bad));
    }
    charset = "UTF-8";
  }
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, charset.c_str(), options),
      xmlFreeDoc);
  if (!doc) {
    return Status::InvalidArgument(name + ": HTML cannot be read (encoding '" + charset + "')");
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* container = nullptr;
  for (const char* word : {"content1", "divContentDoc", "toanvancontent", "fulltext", "noidung"}) {
    if ((container = FindContainer(root, word)) != nullptr) break;
  }
  if (container == nullptr) container = FindTag(root, "article");
  if (container == nullptr) container = FindTag(root, "main");
  if (container == nullptr) container = FindTag(root, "body");
  if (container == nullptr) container = root;
  if (container == nullptr) return Status::InvalidArgument(name + ": HTML page without text");
  PlainText plain = HtmlReader(container).Read(container);
  if (plain.text.empty()) return Status::InvalidArgument(name + ": HTML page without text");
  return plain;
}

}  // namespace lexgraph::formats
