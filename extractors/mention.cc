#include "extractors/mention.h"

namespace lexgraph {

const char* MentionKindName(MentionKind kind) {
  switch (kind) {
    case MentionKind::kNumbered:
      return "numbered";
    case MentionKind::kNamed:
      return "named";
    case MentionKind::kSelf:
      return "self";
    case MentionKind::kBackReference:
      return "back-reference";
  }
  return "numbered";
}

}  // namespace lexgraph
