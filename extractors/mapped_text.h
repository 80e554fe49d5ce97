// MappedText: UTF-8 text derived from the bytes of an original file, with a
// map from every byte of the text back to the original. Normalization, markup
// stripping and the outline's rejoining of cut sentences each build a new
// MappedText from an older one, so a span found in the last one still names a
// byte range of the file as read. Immutable once built; safe to share.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

// A half-open byte range [start, end).
struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  bool operator==(const Span&) const = default;
};

// Maps text offsets to original offsets, as a sorted list of runs. A run whose
// text and original lengths agree maps byte for byte; any other run (an NFC
// composition, a dropped markup tag) maps as a whole to its original range.
class OffsetMap {
 public:
  // Appends the run text[out, out+out_len) <- original[src, src+src_len).
  // REQUIRES: out equals the end of the previous run.
  void Append(size_t out, size_t out_len, size_t src, size_t src_len);

  // The original offset where the byte at text offset `out` starts.
  size_t ToSourceStart(size_t out) const;
  // The original offset just past the byte at text offset `out_end - 1`.
  size_t ToSourceEnd(size_t out_end) const;
  Span ToSource(Span out) const { return {ToSourceStart(out.start), ToSourceEnd(out.end)}; }

  size_t text_size() const { return runs_.empty() ? 0 : runs_.back().out + runs_.back().out_len; }
  size_t run_count() const { return runs_.size(); }

 private:
  friend class MappedTextBuilder;
  struct Run {
    size_t out, out_len, src, src_len;
    bool linear() const { return out_len == src_len; }
  };
  const Run* Find(size_t out) const;  // the run holding text offset `out`
  std::vector<Run> runs_;
};

struct MappedText {
  std::string text;
  OffsetMap map;

  // The identity: `bytes` mapped onto themselves.
  static MappedText Identity(std::string_view bytes);
  static MappedText Adopt(std::string&& bytes);  // the identity, taking the bytes over (no copy)
  Span ToSource(Span s) const { return map.ToSource(s); }
};

// Builds a MappedText piece by piece, in text order.
class MappedTextBuilder {
 public:
  // Appends from[b, e) keeping its mapping to the original. Slices taken in
  // text order of `from` find their run from the last one (no search).
  void AppendSlice(const MappedText& from, size_t b, size_t e);
  // Appends text that stands for original[src, src+src_len) as a whole
  // (src_len 0: text that stands for no original bytes, e.g. a joining space).
  void AppendReplacement(std::string_view text, size_t src, size_t src_len);
  // Appends text that copies original[src, src+len) byte for byte.
  void AppendCopy(std::string_view text, size_t src);

  size_t size() const { return out_.text.size(); }
  // The original offset just past the last byte appended (0 when none is).
  size_t SourceEnd() const { return out_.map.ToSourceEnd(out_.text.size()); }
  // Reserves room for `bytes` of text and `runs` runs of the map, sparing
  // the copies of growth (both may still grow past them).
  void Reserve(size_t bytes, size_t runs = 0) {
    out_.text.reserve(bytes);
    out_.map.runs_.reserve(runs);
  }
  MappedText Finish() &&;

 private:
  MappedText out_;
  const MappedText* from_ = nullptr;  // the text of the last slice, and
  size_t from_run_ = 0;               // the index of its run holding the slice's end
};

}  // namespace lexgraph
