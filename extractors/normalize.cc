#include "extractors/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "base/byte_scan.h"
#include "extractors/normalize_survey.h"

namespace lexgraph {
namespace {

static_assert(kUnitSeparator == 0x1F, "MayUnify() (normalize_survey.h) names it");

// NFC through ICU, keeping ICU's record of which bytes changed as the map.
Result<MappedText> ToNfc(std::string_view bytes, std::string_view name) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) return Status::IOError("ICU NFC data unavailable: " + std::string(u_errorName(ec)));
  icu::StringPiece piece(bytes.data(), static_cast<int32_t>(bytes.size()));
  if (nfc->isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) return MappedText::Identity(bytes);

  ec = U_ZERO_ERROR;
  std::string out;
  out.reserve(bytes.size());
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, ec);
  if (U_FAILURE(ec)) {
    return Status::InvalidArgument(std::string(name) + ": cannot normalize: " + u_errorName(ec));
  }
  MappedTextBuilder b;
  for (auto it = edits.getFineIterator(); it.next(ec);) {
    std::string_view piece_out(out.data() + it.destinationIndex(), it.newLength());
    b.AppendReplacement(piece_out, it.sourceIndex(), it.oldLength());
  }
  return std::move(b).Finish();
}

// A replacement for one code point, or nullptr to keep it.
const char* Unified(UChar32 c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2007: case 0x2009: case 0x200A:
    case 0x202F: case 0x3000:
      return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return "";  // zero-width characters, byte-order mark, soft hyphen
    case 0x201C: case 0x201D: case 0x201E:
      return "\"";
    case 0x2018: case 0x2019:
      return "'";
    default:
      return nullptr;
  }
}

MappedText UnifyDashesAndSpaces(MappedText in) {
  const std::string& s = in.text;
  if (std::none_of(s.begin(), s.end(), [](char c) { return MayUnify(static_cast<uint8_t>(c)); })) {
    return in;  // most files: nothing to rewrite, nothing to copy
  }
  MappedTextBuilder b;
  b.Reserve(s.size());
  size_t copied = 0;
  auto replace = [&](size_t at, size_t len, std::string_view with) {
    b.AppendSlice(in, copied, at);
    size_t src = in.map.ToSourceStart(at);
    b.AppendReplacement(with, src, in.map.ToSourceEnd(at + len) - src);
    copied = at + len;
  };
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    // Skip the blocks that hold none of the six bytes of kMayUnify
    // (normalize_survey.h).
    while (i + static_cast<int32_t>(byte_scan::kBlock) <= n) {
      using namespace byte_scan;
      Block block = Load(p + i);
      uint32_t m = Mask(Equal(block, 0xE2) | Equal(block, 0xC2) | Equal(block, 0x0D) |
                        Equal(block, kUnitSeparator) | Equal(block, 0xE3) | Equal(block, 0xEF));
      if (m != 0) {
        i += static_cast<int32_t>(FirstSet(m));
        break;
      }
      i += static_cast<int32_t>(kBlock);
    }
    while (i < n && !MayUnify(p[i])) ++i;
    if (i == n) break;
    if (p[i] == kUnitSeparator) {
      replace(i, 1, " ");  // reserved for joining units (citations.cc)
      ++i;
      continue;
    }
    if (p[i] == '\r') {
      int32_t len = (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
      replace(i, len, "\n");
      i += len;
      continue;
    }
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (const char* with = Unified(c)) replace(at, i - at, with);
  }
  b.AppendSlice(in, copied, s.size());
  return std::move(b).Finish();
}

}  // namespace

namespace {

// The first line longer than kMaxLineBytes, named by its number and offset.
Status CheckLineLengths(std::string_view bytes, std::string_view name) {
  if (bytes.size() <= kMaxLineBytes) return Status::Ok();
  size_t line = 1;
  for (size_t start = 0; start < bytes.size(); ++line) {
    size_t end = bytes.find_first_of("\n\r", start);
    if (end == std::string_view::npos) end = bytes.size();
    if (end - start > kMaxLineBytes) {
      return Status::InvalidArgument(
          std::string(name) + ": line " + std::to_string(line) + " at byte " +
          std::to_string(start) + " is longer than the limit of " +
          std::to_string(kMaxLineBytes >> 20) + " MiB (" + std::to_string(kMaxLineBytes) +
          " bytes); break it into lines (docs/limits.md)");
    }
    start = end + (bytes.substr(end, 2) == "\r\n" ? 2 : 1);
  }
  return Status::Ok();
}

// Normalize for both overloads; `owned`, when given, holds `bytes` and may be
// moved from when the text needs no rewriting (no copy of the file).
Result<MappedText> NormalizeBytes(std::string_view bytes, std::string* owned,
                                  std::string_view name) {
  if (bytes.empty()) return Status::InvalidArgument(std::string(name) + ": empty file");
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    return Status::InvalidArgument(std::string(name) + ": binary file (NUL byte at byte " +
                                   std::to_string(nul) + ")");
  }
  if (Status s = CheckLineLengths(bytes, name); !s.ok()) return s;
  ByteSurvey survey = SurveyBytes(bytes);
  if (survey.invalid != std::string_view::npos) {
    return Status::InvalidArgument(std::string(name) + ": invalid UTF-8 at byte " +
                                   std::to_string(survey.invalid));
  }
  if (survey.surely_nfc) {
    MappedText text = owned ? MappedText::Adopt(std::move(*owned)) : MappedText::Identity(bytes);
    return survey.may_unify ? UnifyDashesAndSpaces(std::move(text)) : text;
  }
  Result<MappedText> nfc = ToNfc(bytes, name);
  if (!nfc.ok()) return nfc.status();
  return UnifyDashesAndSpaces(std::move(*nfc));
}

}  // namespace

Result<MappedText> Normalize(std::string_view bytes, std::string_view name) {
  return NormalizeBytes(bytes, nullptr, name);
}

Result<MappedText> NormalizeOwned(std::string&& bytes, std::string_view name) {
  return NormalizeBytes(bytes, &bytes, name);
}

}  // namespace lexgraph
