// /api/v1/auth/* and /api/v1/account: signing up, in and out, refreshing, password, deletion.
#include "crypto/tokens.hpp"
#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "http/session_cookies.hpp"
#include "services/api_error.hpp"

namespace brightpath::server::http {
namespace {

void answer_session(Context& ctx, int status, const IssuedSession& s) {
  const std::string csrf = crypto::random_token(24);
  set_session_cookies(ctx.req, ctx.res, s, csrf);
  ctx.json(status, {{"account", {{"id", s.account_id}, {"email", s.email}}},
                    {"token_type", "Bearer"},
                    {"access_token", s.access_token},
                    {"expires_in", s.access_expires_in},
                    {"refresh_token", s.refresh_token},
                    {"csrf_token", csrf}});
}

}  // namespace

void add_account_routes(Router& router, App& app) {
  router.add("POST", "/api/v1/auth/signup", false, [&app](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"email", "password"});
    answer_session(ctx, 201, app.accounts.sign_up(required_string(body, "email", 254), required_string(body, "password", 1024)));
  });

  router.add("POST", "/api/v1/auth/signin", false, [&app](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"email", "password"});
    answer_session(ctx, 200, app.accounts.sign_in(required_string(body, "email", 254),
                                                  required_string(body, "password", 1024), ctx.req.remote_addr));
  });

  // API clients send the refresh token in the body; browsers rely on the cookie and then
  // must pass the CSRF check like any state-changing request.
  router.add("POST", "/api/v1/auth/refresh", false, [&app](Context& ctx) {
    std::string token;
    if (!ctx.req.body.empty()) {
      token = required_string(parse_object(ctx.req.body, {"refresh_token"}), "refresh_token", 200);
    } else {
      auto cookie = ctx.req.cookie(kRefreshCookie);
      if (!cookie || cookie->empty()) throw ApiError(401, "invalid_refresh_token", "no refresh token was sent");
      auto expected = ctx.req.cookie(kCsrfCookie);
      auto sent = ctx.req.header("x-csrf-token");
      if (!expected || !sent || !crypto::constant_time_equal(*expected, *sent)) {
        throw ApiError(403, "csrf_failed", "X-CSRF-Token must repeat the bp_csrf cookie");
      }
      token = *cookie;
    }
    answer_session(ctx, 200, app.accounts.refresh(token));
  });

  router.add("POST", "/api/v1/auth/signout", true, [&app](Context& ctx) {
    app.accounts.sign_out(ctx.who());
    clear_session_cookies(ctx.req, ctx.res);
    ctx.no_content();
  });

  router.add("GET", "/api/v1/account", true, [&app](Context& ctx) {
    ctx.json(200, {{"id", ctx.who().account_id}, {"email", app.accounts.email(ctx.who())}});
  });

  router.add("POST", "/api/v1/account/password", true, [&app](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"current_password", "new_password"});
    app.accounts.change_password(ctx.who(), required_string(body, "current_password", 1024),
                                 required_string(body, "new_password", 1024));
    ctx.no_content();
  });

  router.add("DELETE", "/api/v1/account", true, [&app](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"password"});
    app.accounts.delete_account(ctx.who(), required_string(body, "password", 1024));
    clear_session_cookies(ctx.req, ctx.res);
    ctx.no_content();
  });
}

}  // namespace brightpath::server::http
