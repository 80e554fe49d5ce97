// The page `lexgraph serve` shows: index.html, app.js and app.css of this
// folder, embedded at build time (web/embed_assets.cmake), so the program
// serves them with no file on disk and no network. Read-only data; any
// thread may call these.
#pragma once

#include <string_view>
#include <vector>

namespace lexgraph::web {

struct WebAsset {
  std::string_view path;          // "/" (index.html), "/app.js", "/app.css"
  std::string_view content_type;  // "text/html; charset=utf-8", …
  std::string_view bytes;         // the file as it was at build time
};

// Every embedded asset (generated web_assets.cc).
const std::vector<WebAsset>& WebAssets();

// The asset served at `path` ("/index.html" is "/"), or nullptr. Exact
// match only: no directory, no "..", no file outside the table.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace lexgraph::web
