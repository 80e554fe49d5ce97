#include "extractors/mapped_text.h"

#include <algorithm>
#include <cassert>

namespace lexgraph {

void OffsetMap::Append(size_t out, size_t out_len, size_t src, size_t src_len) {
  assert(out == text_size());
  if (out_len == 0 && src_len == 0) return;
  if (!runs_.empty()) {
    Run& last = runs_.back();
    // Merge byte-for-byte runs that continue each other: most text is one run.
    if (last.linear() && out_len == src_len && last.src + last.src_len == src) {
      last.out_len += out_len;
      last.src_len += src_len;
      return;
    }
  }
  runs_.push_back({out, out_len, src, src_len});
}

const OffsetMap::Run* OffsetMap::Find(size_t out) const {
  if (runs_.empty()) return nullptr;
  // The last run that starts at or before `out` (skipping empty-text runs).
  // A builder asks most for its last byte: that is in the last run, no search.
  auto it = runs_.back().out <= out
                ? runs_.end()
                : std::upper_bound(runs_.begin(), runs_.end(), out,
                                   [](size_t o, const Run& r) { return o < r.out; });
  if (it == runs_.begin()) return &runs_.front();
  --it;
  while (it != runs_.begin() && it->out_len == 0) --it;
  return &*it;
}

size_t OffsetMap::ToSourceStart(size_t out) const {
  const Run* r = Find(out);
  if (r == nullptr) return 0;
  if (out >= r->out + r->out_len) return r->src + r->src_len;
  return r->linear() ? r->src + (out - r->out) : r->src;
}

size_t OffsetMap::ToSourceEnd(size_t out_end) const {
  if (out_end == 0) return ToSourceStart(0);
  const Run* r = Find(out_end - 1);
  if (r == nullptr) return 0;
  if (out_end - 1 >= r->out + r->out_len) return r->src + r->src_len;
  return r->linear() ? r->src + (out_end - r->out) : r->src + r->src_len;
}

MappedText MappedText::Identity(std::string_view bytes) {
  MappedText t;
  t.text.assign(bytes);
  t.map.Append(0, bytes.size(), 0, bytes.size());
  return t;
}

MappedText MappedText::Adopt(std::string&& bytes) {
  MappedText t;
  t.text = std::move(bytes);
  t.map.Append(0, t.text.size(), 0, t.text.size());
  return t;
}

void MappedTextBuilder::AppendSlice(const MappedText& from, size_t b, size_t e) {
  if (b >= e) return;
  const auto& runs = from.map.runs_;
  // The run Find(b) would give: a non-empty run holding b is the one (runs
  // are contiguous), so the last slice's run, or one of the next few, will do.
  const OffsetMap::Run* r = nullptr;
  if (from_ == &from) {
    for (size_t i = from_run_; i < runs.size() && i < from_run_ + 4 && runs[i].out <= b; ++i) {
      if (b < runs[i].out + runs[i].out_len) {
        r = &runs[i];
        break;
      }
    }
  }
  if (r == nullptr) r = from.map.Find(b);
  if (r == nullptr) return;
  from_ = &from;
  for (size_t i = static_cast<size_t>(r - runs.data()); i < runs.size() && runs[i].out < e; ++i) {
    const OffsetMap::Run& run = runs[i];
    from_run_ = i;
    size_t lo = std::max(b, run.out), hi = std::min(e, run.out + run.out_len);
    if (lo >= hi) continue;
    size_t out = out_.text.size();
    if (run.linear()) {
      out_.map.Append(out, hi - lo, run.src + (lo - run.out), hi - lo);
    } else {
      out_.map.Append(out, hi - lo, run.src, run.src_len);
    }
    out_.text.append(from.text, lo, hi - lo);
  }
}

void MappedTextBuilder::AppendReplacement(std::string_view text, size_t src, size_t src_len) {
  out_.map.Append(out_.text.size(), text.size(), src, src_len);
  out_.text.append(text);
}

void MappedTextBuilder::AppendCopy(std::string_view text, size_t src) {
  AppendReplacement(text, src, text.size());
}

MappedText MappedTextBuilder::Finish() && { return std::move(out_); }

}  // namespace lexgraph
