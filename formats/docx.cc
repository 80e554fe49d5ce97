#include "formats/docx.h"

#include <pugixml.hpp>

#include <map>
#include <optional>
#include <vector>

#include "formats/docx_numbering.h"
#include "formats/docx_xml.h"
#include "formats/zip_archive.h"

namespace lexgraph::formats {
namespace {

constexpr const char* kDocumentPart = "word/document.xml";

// Elements whose subtree holds no text of the paragraph: properties,
// deleted text, field instructions, drawings and text boxes (read apart,
// as blocks after the paragraph: TextBoxes).
bool Skipped(std::string_view name) {
  return name == "pPr" || name == "rPr" || name == "del" || name == "delText" ||
         name == "instrText" || name == "drawing" || name == "pict" || name == "AlternateContent" ||
         name == "object" || name == "moveFrom" || name == "fldData";
}

// A superscript run that reads as a footnote mark: "1", "(12)", "*".
bool IsMarkLike(std::string_view s) {
  if (s.empty() || s.size() > 8) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || c == '(' || c == ')' || c == '*')) return false;
  }
  return true;
}

struct Note {
  int number = 0;
  bool endnote = false;
  std::string id;
};

class DocxReader {
 public:
  DocxReader(DocxNumbering numbering, pugi::xml_node footnotes, pugi::xml_node endnotes)
      : numbering_(std::move(numbering)), builder_(Format::kDocx) {
    Index(footnotes, "footnote", footnotes_);
    Index(endnotes, "endnote", endnotes_);
  }

  PlainText Read(pugi::xml_node body) && {
    Blocks(body);
    // Bodies of the notes, at the end, in number order (a note may cite
    // another: the list grows while it is read).
    for (size_t i = 0; i < notes_.size(); ++i) {
      const Note note = notes_[i];
      const auto& index = note.endnote ? endnotes_ : footnotes_;
      auto it = index.find(note.id);
      if (it == index.end()) continue;
      std::string text = "<sup>" + std::to_string(note.number) + "</sup> ";
      bool first = true;
      for (pugi::xml_node p : it->second.children()) {
        if (LocalName(p.name()) != "p") continue;
        std::string para = ParagraphText(p);
        if (para.empty()) continue;
        if (!first) text += ' ';
        text += para;
        first = false;
      }
      builder_.AddBlock(text, std::string(note.endnote ? "word/endnotes.xml endnote "
                                                       : "word/footnotes.xml footnote ") +
                                  note.id);
    }
    return std::move(builder_).Finish();
  }

 private:
  static void Index(pugi::xml_node root, std::string_view kind,
                    std::map<std::string, pugi::xml_node>& out) {
    for (pugi::xml_node n : root.children()) {
      if (LocalName(n.name()) != kind) continue;
      const std::string_view type = Attr(n, "type");
      if (!type.empty() && type != "normal") continue;  // separators
      out[Attr(n, "id")] = n;
    }
  }

  // The children of the body, or of a content control in it.
  void Blocks(pugi::xml_node parent) {
    for (pugi::xml_node n : parent.children()) {
      const std::string_view name = LocalName(n.name());
      if (name == "p") {
        ++paragraph_;
        builder_.AddBlock(ParagraphText(n), std::string(kDocumentPart) + " paragraph " +
                                                std::to_string(paragraph_));
        // Its text boxes follow it, their paragraphs as blocks.
        std::vector<pugi::xml_node> boxes;
        TextBoxes(n, boxes);
        for (pugi::xml_node box : boxes) Blocks(box);
      } else if (name == "tbl") {
        Table(n);
      } else if (name == "sdt") {
        Blocks(Child(n, "sdtContent"));
      } else if (name == "customXml" || name == "ins" || name == "moveTo") {
        Blocks(n);
      }
    }
  }

  // The rows of a table, each a list of cells, each a list of paragraphs.
  using Cells = std::vector<std::vector<std::string>>;
  void Rows(pugi::xml_node table, std::vector<Cells>& rows) {
    for (pugi::xml_node tr : table.children()) {
      if (LocalName(tr.name()) != "tr") continue;
      Cells cells;
      for (pugi::xml_node tc : tr.children()) {
        if (LocalName(tc.name()) != "tc") continue;
        std::vector<std::string> paras;
        CellParagraphs(tc, paras);
        cells.push_back(std::move(paras));
      }
      rows.push_back(std::move(cells));
    }
  }

  void CellParagraphs(pugi::xml_node cell, std::vector<std::string>& out) {
    for (pugi::xml_node n : cell.children()) {
      const std::string_view name = LocalName(n.name());
      if (name == "p") {
        ++paragraph_;
        out.push_back(ParagraphText(n));
        std::vector<pugi::xml_node> boxes;
        TextBoxes(n, boxes);
        for (pugi::xml_node box : boxes) CellParagraphs(box, out);
      } else if (name == "tbl") {  // a nested table: its cells in order
        std::vector<Cells> rows;
        Rows(n, rows);
        for (Cells& r : rows) {
          for (auto& c : r) {
            for (auto& p : c) out.push_back(std::move(p));
          }
        }
      } else if (name == "sdt") {
        CellParagraphs(Child(n, "sdtContent"), out);
      }
    }
  }

  void Table(pugi::xml_node table) {
    ++table_;
    const int first_paragraph = paragraph_ + 1;
    std::vector<Cells> rows;
    Rows(table, rows);
    if (rows.size() <= 2) {
      int k = first_paragraph;
      for (Cells& r : rows) {
        for (auto& c : r) {
          for (std::string& p : c) {
            builder_.AddBlock(p, std::string(kDocumentPart) + " paragraph " + std::to_string(k++));
          }
        }
      }
      return;
    }
    std::string text;
    for (const Cells& r : rows) {
      std::string line = "|";
      for (const auto& c : r) {
        std::string cell;
        for (const std::string& p : c) {
          if (p.empty()) continue;
          if (!cell.empty()) cell += ' ';
          for (char ch : p) cell += ch == '\n' ? ' ' : ch;
        }
        line += ' ' + cell + " |";
      }
      if (!text.empty()) text += '\n';
      text += line;
    }
    builder_.AddBlock(text, std::string(kDocumentPart) + " table " + std::to_string(table_) +
                                " (paragraphs " + std::to_string(first_paragraph) + "-" +
                                std::to_string(paragraph_) + ")");
  }

  // The text boxes anchored in a paragraph (w:txbxContent), in document
  // order, each once: of an mc:AlternateContent only the mc:Choice (the
  // DrawingML box) is read, its mc:Fallback (the same box in VML) is not.
  static void TextBoxes(pugi::xml_node node, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node n : node.children()) {
      if (n.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(n.name());
      if (name == "txbxContent") {
        out.push_back(n);
      } else if (name == "AlternateContent") {
        pugi::xml_node choice = Child(n, "Choice");
        TextBoxes(choice ? choice : Child(n, "Fallback"), out);
      } else if (name != "pPr" && name != "rPr" && name != "del" && name != "moveFrom") {
        TextBoxes(n, out);
      }
    }
  }

  std::string ParagraphText(pugi::xml_node p) {
    std::string label;
    pugi::xml_node ppr = Child(p, "pPr");
    std::optional<std::pair<int, int>> num;
    if (pugi::xml_node num_pr = Child(ppr, "numPr")) {
      num = std::pair{IntAttr(Child(num_pr, "numId"), "val", 0), IntAttr(Child(num_pr, "ilvl"), "val", 0)};
    } else if (pugi::xml_node style = Child(ppr, "pStyle")) {
      num = numbering_.StyleNumbering(Attr(style, "val"));
    }
    std::string text;
    Inline(p, text);
    if (num && !IsBlank(text)) label = numbering_.NextLabel(num->first, num->second);
    // Trim, so the label sits right before the text.
    size_t b = 0;
    while (b < text.size() && (text[b] == ' ' || text[b] == '\n')) ++b;
    size_t e = text.size();
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    text = text.substr(b, e - b);
    return label.empty() ? text : label + " " + text;
  }

  void Inline(pugi::xml_node node, std::string& out) {
    for (pugi::xml_node n : node.children()) {
      if (n.type() != pugi::node_element) continue;
      const std::string_view name = LocalName(n.name());
      if (Skipped(name)) continue;
      if (name == "t") {
        out += n.child_value();
      } else if (name == "tab") {
        out += ' ';
      } else if (name == "br" || name == "cr") {
        const std::string_view type = Attr(n, "type");
        out += (type == "page" || type == "column") ? ' ' : '\n';
      } else if (name == "noBreakHyphen") {
        out += '-';
      } else if (name == "footnoteReference" || name == "endnoteReference") {
        const int number = static_cast<int>(notes_.size()) + 1;
        notes_.push_back({number, name == "endnoteReference", Attr(n, "id")});
        out += "<sup>" + std::to_string(number) + "</sup>";
      } else if (name == "r") {
        std::string run;
        Inline(n, run);
        const bool super = std::string_view(Attr(Child(Child(n, "rPr"), "vertAlign"), "val")) == "superscript";
        if (super && IsMarkLike(run)) {
          out += "<sup>" + run + "</sup>";
        } else {
          out += run;
        }
      } else if (name == "p") {  // a paragraph inside an inline container
        out += ' ';
        Inline(n, out);
      } else {
        Inline(n, out);  // hyperlink, ins, smartTag, fldSimple, sdt, ...
      }
    }
  }

  DocxNumbering numbering_;
  PlainTextBuilder builder_;
  std::map<std::string, pugi::xml_node> footnotes_;
  std::map<std::string, pugi::xml_node> endnotes_;
  std::vector<Note> notes_;
  int paragraph_ = 0;
  int table_ = 0;
};

Result<std::string> Part(const ZipArchive& zip, const std::string& entry) {
  Result<std::optional<std::string>> bytes = zip.Read(entry);
  if (!bytes.ok()) return bytes.status();
  return bytes->has_value() ? std::move(**bytes) : std::string();
}

Status Parse(pugi::xml_document& doc, std::string& bytes, const std::string& name,
             const std::string& entry) {
  if (bytes.empty()) return Status::Ok();
  pugi::xml_parse_result r = doc.load_buffer_inplace(bytes.data(), bytes.size(),
                                                          pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r) {
    return Status::InvalidArgument(name + ": " + entry + ": malformed XML at byte " +
                                   std::to_string(r.offset) + ": " + r.description());
  }
  return Status::Ok();
}

}  // namespace

Result<PlainText> DocxToText(std::string_view bytes, const std::string& name) {
  Result<std::unique_ptr<ZipArchive>> zip = ZipArchive::Open(bytes, name);
  if (!zip.ok()) return zip.status();
  Result<std::optional<std::string>> main = (*zip)->Read(kDocumentPart);
  if (!main.ok()) return main.status();
  if (!main->has_value()) {
    return Status::InvalidArgument(name + ": not a Word document: the zip has no " +
                                   std::string(kDocumentPart));
  }
  std::string document = std::move(**main);
  Result<std::string> numbering = Part(**zip, "word/numbering.xml");
  Result<std::string> styles = Part(**zip, "word/styles.xml");
  Result<std::string> footnotes = Part(**zip, "word/footnotes.xml");
  Result<std::string> endnotes = Part(**zip, "word/endnotes.xml");
  for (const Status* s : {&numbering.status(), &styles.status(), &footnotes.status(), &endnotes.status()}) {
    if (!s->ok()) return *s;
  }
  pugi::xml_document doc, foot, end;
  if (Status s = Parse(doc, document, name, kDocumentPart); !s.ok()) return s;
  if (document.empty()) return Status::InvalidArgument(name + ": " + kDocumentPart + " is empty");
  if (Status s = Parse(foot, *footnotes, name, "word/footnotes.xml"); !s.ok()) return s;
  if (Status s = Parse(end, *endnotes, name, "word/endnotes.xml"); !s.ok()) return s;

  pugi::xml_node body = Child(doc.document_element(), "body");
  if (!body) {
    return Status::InvalidArgument(name + ": " + kDocumentPart + ": no w:body element");
  }
  DocxReader reader(DocxNumbering(*numbering, *styles), foot.document_element(),
                    end.document_element());
  return std::move(reader).Read(body);
}

}  // namespace lexgraph::formats
