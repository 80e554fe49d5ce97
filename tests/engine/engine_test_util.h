// Helpers for the engine tests: a temporary folder of files, the sample
// report, and an analysis written into a store.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/analyze.h"
#include "engine/graph_writer.h"
#include "storage/graph_store.h"
#include "storage/write_batch.h"

namespace lexgraph::testing {

class TempFolder {
 public:
  TempFolder() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "lexgraph-engine-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path_ = tmpl;
  }
  ~TempFolder() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

  // Writes `bytes` to path()/name (creating folders) and returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::string path_;
};

inline std::string SampleReport() {
  std::ifstream in(std::string(LEXGRAPH_TEST_DATA) + "/kien-giang-dan-van-2020.md", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Analyzes `bytes` as `path` and applies it to `store` in one batch, the
// stored documents decoded through `decoded` when given.
inline Status WriteSource(storage::GraphStore& store, const std::string& bytes, const std::string& path,
                          DecodedDocuments* decoded = nullptr) {
  Result<SourceAnalysis> a = AnalyzeSource(bytes, path);
  if (!a.ok()) return a.status();
  storage::WriteBatch batch;
  GraphWriter writer(store, decoded);
  if (Status s = writer.Add(*a, 1, batch); !s.ok()) return s;
  return store.Apply(batch);
}

}  // namespace lexgraph::testing
