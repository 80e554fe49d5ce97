#include "formats/pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace lexgraph::formats {
namespace {

struct Word {
  double x, y, h, w, size;
  bool space_after;
  bool small;
  std::string text;
};

struct Line {
  double y, h;
  double left = 0, right = 0;
  std::vector<Word> words;
  std::string text;
  bool note_start = false;
  bool bullet = false;
};

std::string Utf8(const poppler::ustring& u) {
  poppler::byte_array b = u.to_utf8();
  return std::string(b.begin(), b.end());
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsBulletGlyph(std::string_view s) {
  return s == "\xE2\x80\xA2" || s == "\xE2\x80\x93" || s == "\xEF\x82\xB7" || s == "-" ||
         s == "\xE2\x97\x8F" || s == "+";
}

// "3", "- 3 -", "Trang 3", "3/17": a page number alone on its line.
bool IsPageNumber(std::string_view s) {
  std::string t;
  for (char c : s) {
    if (c != ' ' && c != '-' && c != '/') t += c;
  }
  if (t.rfind("Trang", 0) == 0) t = t.substr(5);
  return AllDigits(t);
}

std::string DigitsHidden(std::string_view s) {
  std::string out;
  for (char c : s) out += (c >= '0' && c <= '9') ? '#' : c;
  return out;
}

bool StartsLower(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'a' && c <= 'z') return true;
  if (c >= '0' && c <= '9') return true;
  // Vietnamese lowercase letters outside ASCII: đ (C4 91) and the Latin
  // Extended Additional / Latin-1 lowercase forms; a rough test on the
  // first code point's case is enough to join a split word or number.
  if (c == 0xC4 && s.size() > 1 && static_cast<unsigned char>(s[1]) == 0x91) return true;
  // A Latin-1 letter or symbol (U+00A1-U+00FF): in a TCVN3 or VNI text layer
  // the rest of a word cut at a hyphen, "Th-" + "êng" (formats/legacy_vietnamese.h).
  if (c == 0xC3 && s.size() > 1) return true;
  if (c == 0xC2 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0xA1) return true;
  return false;
}

std::vector<Line> PageLines(poppler::page& page) {
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  std::vector<Word> words;
  std::map<double, size_t> sizes;  // font size -> characters
  for (poppler::text_box& b : boxes) {
    std::string text = Utf8(b.text());
    if (text.empty()) continue;
    const poppler::rectf r = b.bbox();
    words.push_back({r.x(), r.y(), r.height(), r.width(), b.get_font_size(), b.has_space_after(), false, text});
    sizes[std::round(b.get_font_size() * 2) / 2] += text.size();
  }
  if (words.empty()) return {};
  double body = 0;
  size_t most = 0;
  for (const auto& [size, chars] : sizes) {
    if (chars > most) {
      most = chars;
      body = size;
    }
  }
  std::vector<Word> normal, small;
  for (Word& w : words) {
    w.small = w.size < 0.8 * body && AllDigits(w.text);
    (w.small ? small : normal).push_back(std::move(w));
  }
  std::stable_sort(normal.begin(), normal.end(), [](const Word& a, const Word& b) {
    if (std::fabs(a.y - b.y) > 0.5 * std::min(a.h, b.h)) return a.y < b.y;
    return a.x < b.x;
  });
  std::vector<Line> lines;
  for (Word& w : normal) {
    if (lines.empty() || std::fabs(w.y - lines.back().y) > 0.5 * std::min(w.h, lines.back().h)) {
      lines.push_back({w.y, w.h, w.x, w.x + w.w, {}, "", false, false});
    }
    lines.back().left = std::min(lines.back().left, w.x);
    lines.back().right = std::max(lines.back().right, w.x + w.w);
    lines.back().words.push_back(std::move(w));
  }
  for (Word& w : small) {
    const double center = w.y + w.h / 2;
    auto it = std::find_if(lines.begin(), lines.end(),
                           [&](const Line& l) { return center >= l.y - 1 && center <= l.y + l.h + 1; });
    if (it == lines.end()) {
      lines.push_back({w.y, w.h, w.x, w.x + w.w, {}, "", false, false});
      it = lines.end() - 1;
    }
    it->words.push_back(std::move(w));
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.y < b.y; });
  for (Line& l : lines) {
    std::stable_sort(l.words.begin(), l.words.end(), [](const Word& a, const Word& b) { return a.x < b.x; });
    for (size_t i = 0; i < l.words.size(); ++i) {
      const Word& w = l.words[i];
      if (w.small) {
        if (i == 0) {
          l.note_start = true;
          l.text += "<sup>" + w.text + "</sup> ";
          continue;
        }
        while (!l.text.empty() && l.text.back() == ' ') l.text.pop_back();
        l.text += "<sup>" + w.text + "</sup>";
      } else if (i == 0 && IsBulletGlyph(w.text) && l.words.size() > 1) {
        l.bullet = true;
        l.text += "- ";
        continue;
      } else {
        l.text += w.text;
      }
      if (w.space_after) l.text += ' ';
    }
    while (!l.text.empty() && l.text.back() == ' ') l.text.pop_back();
  }
  std::erase_if(lines, [](const Line& l) { return l.text.empty(); });
  return lines;
}

// "217-" at a line's end and "QĐ/TW, ..." on the next: a document code cut
// after its number's hyphen (the code's tail: capitals, Đ, digits, "/", "-",
// with a "/").
bool ContinuesCode(std::string_view para, std::string_view next) {
  if (para.size() < 2 || para[para.size() - 2] < '0' || para[para.size() - 2] > '9') return false;
  const std::string_view tail = next.substr(0, next.find_first_of(" ,;.)"));
  bool slash = false;
  for (size_t i = 0; i < tail.size(); ++i) {
    const char c = tail[i];
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') continue;
    if (c == '/') {
      slash = true;
      continue;
    }
    if (c == '\xC4' && i + 1 < tail.size() && tail[i + 1] == '\x90') {  // Đ
      ++i;
      continue;
    }
    return false;
  }
  return slash && !tail.empty() && tail.front() != '/';
}

void NoQuietErrors(const std::string&, void*) {}

// "2. ", "1.2. ", "II- ", "IV. ", "a) ": a section label opening a line.
bool StartsWithLabel(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) ++i;
    return i >= 2 && s[i - 1] == '.' && i < s.size() && s[i] == ' ';
  }
  while (i < s.size() && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X' || s[i] == 'L')) ++i;
  if (i > 0) return i + 1 < s.size() && (s[i] == '-' || s[i] == '.') && s[i + 1] == ' ';
  return s.size() > 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')' && s[2] == ' ';
}

struct Block {
  std::string text;
  std::string where;
  bool note = false;        // a footnote body
  bool page_break = false;  // "---" before it
};

bool EndsSentence(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return true;
  const char c = s.back();
  return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || s.ends_with("\xE2\x80\xA6");
}

// Where the continuation of the previous page's cut footnote starts on this
// page: after the widest vertical gap above the page's first footnote body
// (or its end), the space a footnote separator adds, when that gap is wider
// than every other by a tenth. `end` when there is none.
size_t NoteContinuation(const std::vector<Line>& lines, size_t b, size_t e) {
  size_t first_note = e;
  for (size_t i = b; i < e; ++i) {
    if (lines[i].note_start) {
      first_note = i;
      break;
    }
  }
  size_t widest = e;
  double widest_gap = 0, second = 0;
  for (size_t i = b + 1; i < first_note; ++i) {
    const double gap = lines[i].y - lines[i - 1].y;
    if (gap > widest_gap) {
      second = widest_gap;
      widest_gap = gap;
      widest = i;
    } else {
      second = std::max(second, gap);
    }
  }
  if (widest == e || widest_gap < 1.1 * second) return e;
  return widest;
}

}  // namespace

Result<PlainText> PdfToText(std::string_view bytes, const std::string& name) {
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(NoQuietErrors, nullptr); });
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::InvalidArgument(name + ": corrupt PDF: poppler cannot read it");
  if (doc->is_locked()) return Status::InvalidArgument(name + ": encrypted PDF");
  const int pages = doc->pages();
  std::vector<std::vector<Line>> page_lines;
  size_t words = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    page_lines.push_back(page ? PageLines(*page) : std::vector<Line>());
    words += page_lines.back().size();
  }
  if (words == 0) return Status::InvalidArgument(name + ": scanned PDF, no text layer");

  // Running heads and feet: first or last lines seen on many pages.
  std::map<std::string, int> edges;
  for (const auto& lines : page_lines) {
    if (lines.empty()) continue;
    edges[DigitsHidden(lines.front().text)]++;
    if (lines.size() > 1) edges[DigitsHidden(lines.back().text)]++;
  }
  auto furniture = [&](const Line& l, bool edge) {
    if (!edge) return false;
    if (IsPageNumber(l.text)) return true;
    const int seen = edges[DigitsHidden(l.text)];
    return seen >= 3 && 2 * seen >= static_cast<int>(page_lines.size());
  };

  std::vector<Block> blocks;
  for (size_t p = 0; p < page_lines.size(); ++p) {
    std::vector<Line>& lines = page_lines[p];
    // Trim furniture from both ends (a number under a running foot, too).
    size_t b = 0, e = lines.size();
    while (b < e && furniture(lines[b], true)) ++b;
    while (e > b && furniture(lines[e - 1], true)) --e;
    const std::string where = "page " + std::to_string(p + 1);
    // A footnote cut at the previous page's end goes on in this page's
    // footnote area: those lines join it, before this page's own text.
    size_t skip_from = e, skip_to = e;
    if (!blocks.empty() && blocks.back().note && !EndsSentence(blocks.back().text)) {
      skip_from = NoteContinuation(lines, b, e);
      skip_to = skip_from;
      while (skip_to < e && !lines[skip_to].note_start) ++skip_to;
      for (size_t i = skip_from; i < skip_to; ++i) blocks.back().text += ' ' + lines[i].text;
    }
    bool first_block = p > 0;
    // The text block's right edge: a line ending well before it ends its
    // paragraph (the last line of a paragraph, a heading).
    double left = 1e9, right = 0;
    for (size_t i = b; i < e; ++i) {
      left = std::min(left, lines[i].left);
      right = std::max(right, lines[i].right);
    }
    const double short_end = right - 0.12 * (right - left);
    std::string para;
    bool in_note = false;  // para is a footnote body
    const Line* prev = nullptr;
    auto emit = [&](std::string& text) {
      if (IsBlank(text)) return;
      const bool note = text.rfind("<sup>", 0) == 0 && text.find("</sup> ") != std::string::npos &&
                        text.find("</sup> ") < 12;
      blocks.push_back({std::move(text), where, note, first_block});
      first_block = false;
      text.clear();
    };
    for (size_t i = b; i < e; ++i) {
      if (i >= skip_from && i < skip_to) continue;
      const Line& l = lines[i];
      const bool gap = prev != nullptr && l.y - prev->y > 1.4 * std::max(prev->h, l.h);
      // A footnote body goes on to the next body (or the page's end): its
      // lines end short where a long code did not fit ("... Chỉ thị số" /
      // "18-CT/TW, ...").
      // A short line ends its paragraph only when the next line's first word
      // would have fitted after it ("... Quyết định số" / "218-QĐ/TW ...":
      // the code did not fit, the paragraph goes on).
      const bool word_fits = prev != nullptr && !l.words.empty() &&
                             l.words.front().w + 0.5 * l.h < right - prev->right;
      const bool ended = prev != nullptr && !in_note &&
                         ((prev->right < short_end && word_fits) ||
                          (EndsSentence(prev->text) && StartsWithLabel(l.text)));
      if (prev != nullptr && (gap || ended || l.note_start || l.bullet)) emit(para);
      if (para.empty()) {
        para = l.text;
        in_note = l.note_start;
      } else if (para.back() == '-' && para.size() > 1 && para[para.size() - 2] != ' ' &&
                 (StartsLower(l.text) || ContinuesCode(para, l.text))) {
        para += l.text;  // a word, number or code cut at the line's end
      } else {
        para += ' ' + l.text;
      }
      prev = &l;
    }
    emit(para);
  }
  PlainTextBuilder out(Format::kPdf);
  for (Block& block : blocks) {
    if (block.page_break) out.AddPageBreak();
    out.AddBlock(block.text, std::move(block.where));
  }
  return std::move(out).Finish();
}

}  // namespace lexgraph::formats
