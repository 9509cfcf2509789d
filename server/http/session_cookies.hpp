// How a browser holds its session: HttpOnly SameSite=Strict cookies for the tokens
// (Secure unless the page is on localhost) and a readable CSRF cookie that the page echoes
// in X-CSRF-Token on every state-changing request (double submit). API clients send
// `Authorization: Bearer <access token>` instead and need no CSRF token.
#pragma once

#include "http/http_types.hpp"
#include "services/accounts.hpp"

namespace brightpath::server::http {

inline constexpr const char* kAccessCookie = "bp_access";
inline constexpr const char* kRefreshCookie = "bp_refresh";
inline constexpr const char* kCsrfCookie = "bp_csrf";

void set_session_cookies(const Request& req, Response& res, const IssuedSession& session, const std::string& csrf_token);
void clear_session_cookies(const Request& req, Response& res);

// The caller, from the Bearer header or the access cookie (then with the CSRF check on
// unsafe methods). Throws ApiError 401 / 403.
Principal authenticate_request(const Request& req, AccountService& accounts);

}  // namespace brightpath::server::http
