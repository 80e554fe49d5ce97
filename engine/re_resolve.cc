#include "engine/re_resolve.h"

#include "engine/graph_ids.h"
#include "engine/resolve.h"

namespace lexgraph {

std::string TermlessKeyOf(const std::string& key) {
  const size_t at = key.find('@');
  if (at == std::string::npos) return "";
  std::string termless = key.substr(0, at);
  return IsTermlessParty(termless) ? termless : "";
}

namespace {

// Adds the sources `source_ids` name to `paths`.
Status AddPaths(const storage::GraphReader& reader, const std::vector<std::string>& source_ids,
                std::set<std::string>& paths) {
  for (const std::string& source_id : source_ids) {
    Result<storage::SourceInfo> source = reader.GetSource(source_id);
    if (source.ok()) {
      paths.insert(source->path);
    } else if (!source.status().IsNotFound()) {
      return source.status();
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<std::string>> SourcesCitingTermless(const storage::GraphReader& reader,
                                                       const std::set<std::string>& termless_keys) {
  std::set<std::string> paths;
  for (const std::string& key : termless_keys) {
    Result<std::vector<std::string>> owners = reader.NodeOwners(DocumentId(key));
    if (!owners.ok() && !owners.status().IsNotFound()) return owners.status();
    if (owners.ok()) {
      if (Status s = AddPaths(reader, *owners, paths); !s.ok()) return s;
    }
    Result<std::vector<storage::IndexEntry>> resolved = reader.ScanIndex(kIndexByTermless, key);
    if (!resolved.ok()) return resolved.status();
    for (const storage::IndexEntry& e : *resolved) {
      if (e.key != key) continue;  // a prefix scan: "39-CT/TW" also finds "39-CT/TWx"
      Result<std::vector<std::string>> by = reader.IndexOwners(e);
      if (!by.ok()) return by.status();
      if (Status s = AddPaths(reader, *by, paths); !s.ok()) return s;
    }
  }
  return std::vector<std::string>(paths.begin(), paths.end());
}

}  // namespace lexgraph
