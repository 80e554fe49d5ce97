#include "web/assets.h"

namespace lexgraph::web {

const WebAsset* FindWebAsset(std::string_view path) {
  if (path == "/index.html") path = "/";
  for (const WebAsset& asset : WebAssets()) {
    if (asset.path == path) return &asset;
  }
  return nullptr;
}

}  // namespace lexgraph::web
