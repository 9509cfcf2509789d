// /api/v1/households/*: households, members, invitations.
#include <chrono>

#include "http/json_body.hpp"
#include "http/routes.hpp"

namespace brightpath::server::http {

void add_household_routes(Router& router, App& app) {
  auto& h = app.households;
  router.add("GET", "/api/v1/households", true, [&h](Context& ctx) { ctx.json(200, {{"households", h.list(ctx.who())}}); });

  router.add("POST", "/api/v1/households", true, [&h](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"name"});
    ctx.json(201, h.create(ctx.who(), required_name(body, "name")));
  });

  router.add("GET", "/api/v1/households/{household}", true, [&h](Context& ctx) { ctx.json(200, h.get(ctx.who(), ctx.param(0))); });

  router.add("PATCH", "/api/v1/households/{household}", true, [&h](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"name"});
    ctx.json(200, h.rename(ctx.who(), ctx.param(0), required_name(body, "name")));
  });

  router.add("DELETE", "/api/v1/households/{household}", true, [&h](Context& ctx) {
    h.remove(ctx.who(), ctx.param(0));
    ctx.no_content();
  });

  router.add("GET", "/api/v1/households/{household}/export", true, [&app](Context& ctx) {
    boost::json::object exported = app.exporter.build(ctx.who(), ctx.param(0));
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const std::string file = export_file_name(exported.at("household").at("name").as_string(),
                                              std::chrono::duration_cast<std::chrono::seconds>(now).count());
    ctx.res.set_header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.json(200, std::move(exported));
  });

  router.add("POST", "/api/v1/households/{household}/invitations", true, [&h](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"role"});
    ctx.json(201, h.invite(ctx.who(), ctx.param(0), parse_role(required_string(body, "role", 20))));
  });

  router.add("POST", "/api/v1/invitations/{token}/accept", true, [&h](Context& ctx) {
    ctx.json(200, h.accept(ctx.who(), ctx.param(0)));
  });

  router.add("PATCH", "/api/v1/households/{household}/members/{account}", true, [&h](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"role"});
    ctx.json(200, h.change_role(ctx.who(), ctx.param(0), ctx.param(1), parse_role(required_string(body, "role", 20))));
  });

  router.add("DELETE", "/api/v1/households/{household}/members/{account}", true, [&h](Context& ctx) {
    h.remove_member(ctx.who(), ctx.param(0), ctx.param(1));
    ctx.no_content();
  });
}

}  // namespace brightpath::server::http
