// The one failure type services raise for the client. The HTTP layer turns it into
// {"error":{"code","message","details"?}} with `status`; `code` is stable (docs/server.md
// lists them), `message` is for people and never holds SQL, stacks or file paths.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

namespace brightpath::server {

struct ApiError : std::runtime_error {
  ApiError(int status, std::string code, const std::string& message, boost::json::value details = nullptr)
      : std::runtime_error(message), status(status), code(std::move(code)), details(std::move(details)) {}
  int status;
  std::string code;
  boost::json::value details;       // null when there are none
  std::optional<int> retry_after;   // seconds, sent as Retry-After
};

// Another household's data answers exactly like data that does not exist.
inline ApiError not_found() { return ApiError(404, "not_found", "no such resource"); }

}  // namespace brightpath::server
