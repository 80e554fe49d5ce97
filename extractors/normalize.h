// Normalize: from the bytes of a file to text ready for the outline and the
// extractor, each step keeping the map back to the original bytes.
//
//   Normalize    valid UTF-8 (else an error naming the byte offset), Unicode
//                NFC, every dash to '-', every exotic space to ' ', CR LF to LF,
//                kUnitSeparator to ' '.
//                Lines and markup stay, so the outline can read them.
//   StripMarkup  drops markdown emphasis (**, __, *x*), HTML tags such as
//                <sup>(1)</sup>, and table bars, so that "**57-NQ/TW**" reads
//                as "57-NQ/TW". Line structure stays.
//   FoldForMatch the old and new tone-mark styles made one (khoá -> khóa,
//                uỷ -> ủy, hoà -> hòa); same byte length, so offsets agree
//                with its input.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "extractors/mapped_text.h"

namespace lexgraph {

// The byte that never survives Normalize (it becomes a space): later stages
// may use it to join texts without any citation reading across the join.
inline constexpr char kUnitSeparator = '\x1F';

// The longest line Normalize accepts, in bytes (docs/limits.md). A line ends
// at LF or CR. No real report comes near it (a paragraph is a few KB); past
// it lies a file that is not running text, or one that lost its line breaks.
inline constexpr size_t kMaxLineBytes = size_t{64} << 20;  // 64 MiB

// REQUIRES: `name` is how errors refer to the input (a path, or "-").
// Returns InvalidArgument "NAME: invalid UTF-8 at byte N" for bad bytes, and
// "NAME: binary file (NUL byte at byte N)" for a NUL, "NAME: empty file" for
// no bytes at all, "NAME: line N at byte B is longer than the limit of 64 MiB
// ..." for a line longer than kMaxLineBytes.
Result<MappedText> Normalize(std::string_view bytes, std::string_view name);
// Normalize, taking the bytes over: a file that needs no rewriting (already
// NFC, no dash or space to unify) becomes the text without being copied.
// `bytes` is left unspecified.
Result<MappedText> NormalizeOwned(std::string&& bytes, std::string_view name);

MappedText StripMarkup(const MappedText& in);

// Returns `text` with tone marks in the modern placement (óa, óe, úy).
// The result has the same byte length as `text`.
std::string FoldForMatch(std::string_view text);

}  // namespace lexgraph
