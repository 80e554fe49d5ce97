// The JSON values behind LineageJson, for the queries that nest a lineage
// in their own objects (deps, export). Internal to queries/.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "queries/lineage.h"
#include "queries/render_values.h"

namespace lexgraph {

// {"from","to","kind","evidence":[…]}
nlohmann::json LineageEdgeJson(const LineageEdge& edge);

nlohmann::json LineageJsonValue(const Lineage& lineage, LineageDirection direction);

}  // namespace lexgraph
