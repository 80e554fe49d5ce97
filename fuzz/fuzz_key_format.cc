// The store's key decoding on any bytes (a damaged store hands the decoders
// whatever is on disk): no crash, and whatever decodes encodes back to the
// same key. The input's first byte picks the decoder; the rest is split at
// the first 0xFE into key and value.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "storage/key_format.h"

namespace st = lexgraph::storage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t cut = rest.find('\xFE');
  std::string_view key = rest.substr(0, cut);
  std::string_view value = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + 1);
  switch (data[0] % 7) {
    case 0: {
      st::Node n;
      if (st::DecodeNode(key, value, &n)) FUZZ_CHECK(st::NodeKey(n.id) == key);
      break;
    }
    case 1: {
      st::Edge e;
      if (st::DecodeOutEdge(key, value, &e)) FUZZ_CHECK(st::OutEdgeKey(e) == key);
      break;
    }
    case 2: {
      st::Edge e;
      if (st::DecodeInEdge(key, value, &e)) FUZZ_CHECK(st::InEdgeKey(e) == key);
      break;
    }
    case 3: {
      st::IndexEntry i;
      if (st::DecodeIndexKey(key, &i)) FUZZ_CHECK(st::IndexKey(i) == key);
      break;
    }
    case 4: {
      st::SourceInfo s;
      if (st::DecodeSourceInfo(key, value, &s)) FUZZ_CHECK(st::SourceKey(st::SourceTag::kInfo, s.id) == key);
      break;
    }
    case 5: {
      // A source's contents record: what decodes holds the same items, so it
      // encodes back to as many bytes (nodes first, so maybe in another order).
      st::SourceContents c;
      if (st::DecodeSourceContents(value, key, &c)) {
        FUZZ_CHECK(st::SourceContentsValue(c).size() == value.size());
        for (const st::Edge& e : c.edges) FUZZ_CHECK(e.owner == key);
      }
      break;
    }
    default: {
      // Components one after another until one is malformed; each string
      // read must write back to the bytes it was read from.
      std::string_view in = key;
      while (!in.empty()) {
        std::string_view before = in;
        std::string s;
        if (!st::ReadString(&in, &s)) break;
        std::string again;
        st::AppendString(&again, s);
        FUZZ_CHECK(again == before.substr(0, before.size() - in.size()));
      }
      break;
    }
  }
  return 0;
}
