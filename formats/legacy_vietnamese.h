// Vietnamese typed in the 8-bit encodings offices used before Unicode, as it
// reaches lexgraph, told by its content and converted to Unicode (NFC).
//
//   TCVN3 (ABC; fonts .VnTime, .VnTimeH): every Vietnamese letter one byte,
//   0xA1-0xFE ("B¸o c¸o" = "Báo cáo", "§¶ng" = "Đảng"). Poppler reads such a
//   PDF font as Windows-1252, so the text holds those bytes as Latin-1 code
//   points; its 0xAD (ư) comes out as "-" ("Th-êng" = "Thường") from a
//   PDF, as U+00AD from a text file. TCVN3 has no capital toned vowels: a
//   heading set in .VnTimeH carries the small ones ("B¸O C¸O").
//   VNI (VNI-Times): a base letter followed by a mark character
//   ("Baùo caùo" = "Báo cáo", "ñaûng" = "đảng"), ơ as ô, ư as ö, đ as ñ.
//
// Both arrive as UTF-8 (a PDF's text, a DOCX's runs, a text file converted
// with Windows1252ToUtf8 when it is not UTF-8). Detection counts words:
//   TCVN3 word: ASCII letters with Latin-1 code points all in the TCVN3
//     table, one of them a symbol no language writes inside a word
//     (¸ µ ¶ · ¹ ¨ » ¾ ¼ ½ © ® ª « ¬ ¡ ¢ £ ¤ ¥ ¦ § × ÷);
//   VNI word: Latin-1 letters only where VNI puts them (a mark right after
//     the vowel it goes on, ñ first, at most one tone);
//   Unicode word: a letter only Vietnamese Unicode has (ă đ ơ ư, U+1EA0-1EF9,
//     a combining tone).
// A text is TCVN3 (VNI) when at least 8 words are, they are over 4 times the
// Unicode words, and they are 30% (80%) of the words with a non-ASCII letter.
// A first look at the bytes spares the count: fewer than 8 Latin-1 code
// points, or as many lead bytes of Vietnamese-only letters (E1, C4, C6) as
// of Latin-1 ones, is no legacy text; and the count stops once the Unicode
// words seen cannot be outnumbered 4 to 1 by the rest. No copy of the text
// is made to detect (converting decodes it whole).
// Unicode Vietnamese, English and French (été, où, hôtel, naïf) stay as
// they are.
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::formats {

enum class LegacyEncoding { kNone, kTcvn3, kVni };

// "TCVN3", "VNI", "" for kNone.
const char* LegacyEncodingName(LegacyEncoding encoding);

struct LegacyWordCounts {
  size_t tcvn3 = 0;
  size_t vni = 0;
  size_t unicode = 0;   // words with a letter only Vietnamese Unicode has
  size_t accented = 0;  // words with any non-ASCII letter
};

// The word counts detection decides on (for tests and diagnostics).
LegacyWordCounts CountLegacyWords(std::string_view utf8);

LegacyEncoding DetectLegacyVietnamese(std::string_view utf8);

// `utf8` read as `encoding`, in Unicode NFC. When `offset_map` is given it
// is filled with utf8.size() + 1 entries: the output offset of each input
// byte offset (a VNI mark maps to the letter it joined). Case: a line whose
// ASCII letters are capitals, a word of two ASCII capitals and no small
// letter, and a word of one beside such a word ("HÖ THèNG") get capital
// Vietnamese letters (.VnTimeH headings); "Uû ban" stays "Uỷ ban". TCVN3's "-"
// is read as ư between a letter and a small letter or a ươ form ("Th-êng"),
// after a word that is an initial consonant alone ("T- ph¸p" = "Tư
// pháp"), and opening a word ương, ước (also "Trung - ¬ng", a PDF line cut
// after it: the space goes); elsewhere it stays a hyphen ("217-Q§/TW",
// "M¸c-Lªnin").
// kNone returns the text unchanged.
std::string ConvertLegacyVietnamese(std::string_view utf8, LegacyEncoding encoding,
                                    std::vector<size_t>* offset_map = nullptr);

// Bytes of a Windows-1252 file (the code page of TCVN3 and VNI text files)
// as UTF-8; the five bytes Windows-1252 leaves undefined become U+0081 etc.
std::string Windows1252ToUtf8(std::string_view bytes);

}  // namespace lexgraph::formats
