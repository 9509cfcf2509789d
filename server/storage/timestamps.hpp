// How every stored time leaves the database: RFC 3339 in UTC with milliseconds
// ("2026-12-04T19:30:00.123Z"), formatted by PostgreSQL in the query itself, so each store
// writes the same text and the services never parse timestamps.
#pragma once

#include <string>
#include <string_view>

namespace brightpath::server::storage {

inline std::string utc_text(std::string_view column) {
  return "to_char(" + std::string(column) + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
}

}  // namespace brightpath::server::storage
