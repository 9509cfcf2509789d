// Turning text into a JSON value under the plan's size limits, with malformed input reported
// by line and column (people fix JSON in text editors, which show lines, not byte offsets).
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string_view>

#include "brightpath/plan_json.hpp"
#include "json/json_reader.hpp"

namespace brightpath::json {

// Where a parsed document's values live: an arena that starts in a buffer inside this object
// (so an edit command never reaches the heap for it) and is freed all at once. It must
// outlive the value parsed into it: declare it first.
class DocumentArena {
 public:
  DocumentArena() = default;
  DocumentArena(const DocumentArena&) = delete;
  DocumentArena& operator=(const DocumentArena&) = delete;

  boost::json::storage_ptr storage() { return boost::json::storage_ptr(&resource_); }

 private:
  unsigned char buffer_[2048];
  boost::json::monotonic_resource resource_{buffer_, sizeof buffer_};
};

// Reports at most one error (path "") and returns nothing when the text is too large, too
// deeply nested or not JSON.
std::optional<boost::json::value> parse_document(JsonReader& reader, std::string_view text,
                                                 const PlanLimits& limits, DocumentArena& arena);

}  // namespace brightpath::json
