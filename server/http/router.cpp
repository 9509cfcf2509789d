#include "http/router.hpp"

#include "log.hpp"
#include "services/api_error.hpp"
#include "storage/database.hpp"

namespace brightpath::server::http {

std::optional<std::string> Request::cookie(const std::string& name) const {
  auto header_value = header("cookie");
  if (!header_value) return std::nullopt;
  const std::string& h = *header_value;
  std::size_t pos = 0;
  while (pos < h.size()) {
    std::size_t end = h.find(';', pos);
    if (end == std::string::npos) end = h.size();
    std::string part = h.substr(pos, end - pos);
    const auto first = part.find_first_not_of(' ');
    if (first != std::string::npos) part = part.substr(first);
    const auto eq = part.find('=');
    if (eq != std::string::npos && part.substr(0, eq) == name) return part.substr(eq + 1);
    pos = end + 1;
  }
  return std::nullopt;
}

void Context::json(int status, const boost::json::value& body) { raw_json(status, boost::json::serialize(body)); }

void Context::raw_json(int status, std::string body) {
  res.status = status;
  res.body = std::move(body);
  res.content_type = "application/json";
}

std::string error_body(const std::string& code, const std::string& message, const boost::json::value& details) {
  boost::json::object error{{"code", code}, {"message", message}};
  if (!details.is_null()) error["details"] = details;
  return boost::json::serialize(boost::json::object{{"error", error}});
}

std::string status_code_name(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthenticated";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 415: return "unsupported_media_type";
    case 416: return "range_not_satisfiable";
    case 429: return "rate_limited";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal_error" : "bad_request";
  }
}

void add_security_headers(Response& res) {
  // The same policy for the API's JSON and the web app's files (http/static_files.cpp): the
  // app's scripts, module worker, stylesheets, config.json and .wasm all come from this
  // origin ('self'), and compiling the core's WebAssembly needs 'wasm-unsafe-eval'. Nothing
  // inline, no eval, nothing from other origins.
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; "
                 "frame-ancestors 'none'; form-action 'self'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Cache-Control", "no-store");
}

void Router::add(std::string method, std::string pattern, bool needs_session, Handler handler) {
  std::string regex;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      i = pattern.find('}', i);
      regex += "([^/]+)";
    } else if (std::string(".+*?()[]^$|\\").find(pattern[i]) != std::string::npos) {
      regex += '\\';
      regex += pattern[i];
    } else {
      regex += pattern[i];
    }
  }
  routes_.push_back({std::move(method), std::move(pattern), needs_session, std::move(handler), std::regex(regex)});
}

std::string Router::handle(Request& req, Response& res) const {
  const Route* route = nullptr;
  bool path_known = false;
  std::smatch match;
  for (const Route& r : routes_) {
    if (!std::regex_match(req.path, match, r.regex)) continue;
    path_known = true;
    // HEAD is GET without the body (httplib routes it to the GET handler and sends no
    // body); the web app asks HEAD /api/v1/openapi.json to learn whether the server answers.
    if (r.method == req.method || (req.method == "HEAD" && r.method == "GET")) {
      route = &r;
      req.params.clear();
      for (std::size_t i = 1; i < match.size(); ++i) req.params.push_back(match[i].str());
      break;
    }
  }
  if (route == nullptr && !path_known && static_files_ != nullptr && static_files_->serve(req, res)) {
    // An invitation link's path holds its secret token: the log shows the pattern instead.
    return req.path.starts_with("/invitations/") ? "/invitations/{token} (web app)" : "/ (web app)";
  }
  if (route == nullptr) {
    res.status = path_known ? 405 : 404;
    res.body = error_body(status_code_name(res.status), path_known ? "this method is not allowed here" : "no such route");
    return "";
  }
  if (limiter_ != nullptr && req.path.starts_with("/api/")) {
    if (auto wait = limiter_->admit(req.remote_addr)) {
      res.status = 429;
      res.body = error_body("rate_limited", "too many requests from this client; slow down");
      res.set_header("Retry-After", std::to_string(*wait));
      return route->pattern;
    }
  }
  Context ctx{req, res, std::nullopt};
  try {
    if (route->needs_session) ctx.principal = authenticate_(req);
    route->handler(ctx);
  } catch (const ApiError& e) {
    res.status = e.status;
    res.body = error_body(e.code, e.what(), e.details);
    res.content_type = "application/json";
    if (e.retry_after) res.set_header("Retry-After", std::to_string(*e.retry_after));
  } catch (const storage::DatabaseUnavailable& e) {
    log_line({{"level", "warn"}, {"msg", e.what()}, {"request_id", req.request_id}});
    res.status = 503;
    res.body = error_body("database_unavailable", "the database is not reachable right now; try again shortly");
    res.content_type = "application/json";
    res.set_header("Retry-After", "2");
  } catch (const std::exception& e) {
    // The reason goes to the log only: no SQL, stack or path reaches the client.
    log_line({{"level", "error"}, {"msg", e.what()}, {"request_id", req.request_id}, {"route", route->pattern}});
    res.status = 500;
    res.body = error_body("internal_error", "something went wrong on the server; the request id names it in the log");
    res.content_type = "application/json";
  }
  return route->pattern;
}

}  // namespace brightpath::server::http
