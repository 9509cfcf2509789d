#include "http/session_cookies.hpp"

#include "crypto/tokens.hpp"
#include "services/api_error.hpp"

namespace brightpath::server::http {
namespace {

bool on_localhost(const Request& req) {
  std::string host = req.header("host").value_or("");
  if (auto colon = host.rfind(':'); colon != std::string::npos && host.find(']') == std::string::npos) host.resize(colon);
  if (host.starts_with("[")) host = host.substr(0, host.find(']') + 1);
  return host == "localhost" || host == "127.0.0.1" || host == "[::1]";
}

std::string cookie(const Request& req, const std::string& name, const std::string& value, const std::string& path,
                   int max_age, bool http_only) {
  std::string c = name + "=" + value + "; Path=" + path + "; Max-Age=" + std::to_string(max_age) + "; SameSite=Strict";
  if (http_only) c += "; HttpOnly";
  if (!on_localhost(req)) c += "; Secure";
  return c;
}

bool unsafe_method(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

}  // namespace

void set_session_cookies(const Request& req, Response& res, const IssuedSession& s, const std::string& csrf_token) {
  res.set_header("Set-Cookie", cookie(req, kAccessCookie, s.access_token, "/api/", s.access_expires_in, true));
  res.set_header("Set-Cookie", cookie(req, kRefreshCookie, s.refresh_token, "/api/v1/auth/", s.refresh_expires_in, true));
  res.set_header("Set-Cookie", cookie(req, kCsrfCookie, csrf_token, "/", s.refresh_expires_in, false));
}

void clear_session_cookies(const Request& req, Response& res) {
  res.set_header("Set-Cookie", cookie(req, kAccessCookie, "", "/api/", 0, true));
  res.set_header("Set-Cookie", cookie(req, kRefreshCookie, "", "/api/v1/auth/", 0, true));
  res.set_header("Set-Cookie", cookie(req, kCsrfCookie, "", "/", 0, false));
}

Principal authenticate_request(const Request& req, AccountService& accounts) {
  if (auto auth = req.header("authorization")) {
    if (!auth->starts_with("Bearer ")) {
      throw ApiError(401, "unauthenticated", "Authorization: expected \"Bearer <access token>\"");
    }
    return accounts.authenticate(auth->substr(7));
  }
  auto token = req.cookie(kAccessCookie);
  if (!token || token->empty()) throw ApiError(401, "unauthenticated", "sign in first");
  if (unsafe_method(req.method)) {
    auto expected = req.cookie(kCsrfCookie);
    auto sent = req.header("x-csrf-token");
    if (!expected || expected->empty() || !sent || !crypto::constant_time_equal(*expected, *sent)) {
      throw ApiError(403, "csrf_failed", "X-CSRF-Token must repeat the bp_csrf cookie on requests that change data");
    }
  }
  return accounts.authenticate(*token);
}

}  // namespace brightpath::server::http
