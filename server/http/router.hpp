// The route table and the middleware every request passes: request id, authentication
// (Bearer or cookie + CSRF), the JSON error wrapper, security headers. Routes are declared
// with OpenAPI-style patterns (`/api/v1/households/{household}`); the table is also what
// tests check the OpenAPI document against.
#pragma once

#include <boost/json.hpp>
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "http/http_types.hpp"
#include "http/static_files.hpp"
#include "services/principal.hpp"
#include "shared_state/rate_limit.hpp"

namespace brightpath::server::http {

struct Context {
  const Request& req;
  Response& res;
  std::optional<Principal> principal;  // set on routes that need a session

  const Principal& who() const { return *principal; }
  const std::string& param(std::size_t i) const { return req.params.at(i); }
  void json(int status, const boost::json::value& body);
  void raw_json(int status, std::string body);
  void no_content() { res.status = 204; res.body.clear(); }
};

using Handler = std::function<void(Context&)>;
// Resolves the caller from the request or throws ApiError 401/403 (missing token, bad CSRF).
using Authenticator = std::function<Principal(const Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  bool needs_session = true;
  Handler handler;
  std::regex regex;
};

class Router {
 public:
  explicit Router(Authenticator authenticate) : authenticate_(std::move(authenticate)) {}
  void add(std::string method, std::string pattern, bool needs_session, Handler handler);
  // Fills `res` for `req` (never throws); returns the matched pattern ("" when none) for logs.
  std::string handle(Request& req, Response& res) const;
  [[nodiscard]] const std::vector<Route>& routes() const { return routes_; }
  // Limits requests under /api/ per client address (health, readiness and metrics are exempt).
  void set_rate_limit(shared_state::RateLimit* limit) { limiter_ = limit; }
  // GET and HEAD of paths no route matches, outside /api/, go to the web app's files.
  void set_static_files(const StaticFiles* files) { static_files_ = files; }

 private:
  const StaticFiles* static_files_ = nullptr;
  shared_state::RateLimit* limiter_ = nullptr;
  std::vector<Route> routes_;
  Authenticator authenticate_;
};

// {"error":{"code","message","details"?}}
std::string error_body(const std::string& code, const std::string& message, const boost::json::value& details = nullptr);
void add_security_headers(Response& res);
std::string status_code_name(int status);  // the stable error code of a bare status (413 -> "payload_too_large")

}  // namespace brightpath::server::http
