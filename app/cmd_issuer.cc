// lexgraph issuer NAME [--db DIR] [--json] [--from DATE] [--to DATE] [--type T]:
// the documents a body issued, with the bodies under it (cli.md, "issuer").
// lexgraph issuers [--db DIR] [--json]: every body with its counts.
// Exit 0 when something is listed, 1 for an unknown body (with the closest
// known ones) or no document, 2 for bad usage, 3 when the store cannot be opened.
#include <cstdio>

#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/flags.h"
#include "app/store_options.h"
#include "queries/issuer.h"
#include "queries/issuers.h"

namespace lexgraph::app {
namespace {

struct Options {
  bool json = false;
  IssuerQuery query;
};

Result<Options> Parse(const Args& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string* value = a == "--type" ? &o.query.type
                         : a == "--from" ? &o.query.from
                         : a == "--to"   ? &o.query.to
                                         : nullptr;
    if (a == "--json") {
      o.json = true;
    } else if (value != nullptr) {
      if (i + 1 == args.size()) return Status::InvalidArgument(a + " needs a value");
      *value = args[++i];
      if (a == "--type") continue;
      Result<std::string> bound = ParseDateBound(a, *value);
      if (!bound.ok()) return bound.status();
    } else if (a.starts_with("--") || !o.query.body.empty()) {
      return Status::InvalidArgument("issuer: unexpected argument " + a);
    } else {
      o.query.body = a;
    }
  }
  if (o.query.body.empty()) return Status::InvalidArgument("issuer: which body? (e.g. \"Ban Bí thư\")");
  return o;
}

std::string ScopeLine(const IssuerListing& l) {
  std::string line = l.scope.name;
  for (size_t i = 1; i < l.scope.names.size(); ++i) line += (i == 1 ? " (with " : ", ") + l.scope.names[i];
  if (l.scope.names.size() > 1) line += ")";
  if (!l.place.empty()) line += ", " + l.place;
  return line + ": " + std::to_string(l.rows.size()) + " documents";
}

}  // namespace

int RunIssuer(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  Result<Options> opts = Parse(args);
  if (!opts.ok()) return UsageError(opts.status().message());
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  Result<IssuerListing> listing = ListIssuedBy(view->reader(), opts->query);
  if (!listing.ok() && listing.status().IsNotFound()) {
    std::fprintf(stderr, "lexgraph: %s\n", listing.status().message().c_str());
    return 1;
  }
  if (!listing.ok()) return StoreUnavailable(*dir, listing.status());
  if (!opts->json) std::printf("%s\n", ScopeLine(*listing).c_str());
  for (const DocumentRow& row : listing->rows) {
    std::string line = opts->json ? DocumentJsonLine(row) : DocumentTextLine(row);
    std::printf("%s\n", line.c_str());
  }
  return listing->rows.empty() ? 1 : 0;
}

int RunIssuers(const Args& given) {
  Args args = given;
  Result<std::string> dir = TakeStoreDir(args);
  if (!dir.ok()) return UsageError(dir.status().message());
  bool json = false;
  for (const std::string& a : args) {
    if (a != "--json") return UsageError("issuers: unknown argument " + a);
    json = true;
  }
  Result<ReadView> view = OpenReadView(*dir);
  if (!view.ok()) return StoreUnavailable(*dir, view.status());
  Result<std::vector<IssuerCount>> counts = CountIssuers(view->reader());
  if (!counts.ok()) return StoreUnavailable(*dir, counts.status());
  for (const IssuerCount& c : *counts) {
    if (json) {
      nlohmann::json line = {{"name", c.name},
                             {"parent", c.parent.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.parent)},
                             {"count", c.total},
                             {"own", c.own}};
      std::printf("%s\n", line.dump().c_str());
    } else {
      std::printf("%s%s\t%llu (own %llu)\n", std::string(2 * c.depth, ' ').c_str(), c.name.c_str(),
                  static_cast<unsigned long long>(c.total), static_cast<unsigned long long>(c.own));
    }
  }
  return counts->empty() ? 1 : 0;
}

}  // namespace lexgraph::app
