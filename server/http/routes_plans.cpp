// /api/v1/households/{household}/plans/*: plans, authoritative saves, edits, history;
// /api/v1/validate: the core's validation of a plan without storing it.
#include <brightpath/plan_json.hpp>
#include <brightpath/validate.hpp>
#include <charconv>

#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "services/api_error.hpp"

namespace brightpath::server::http {
namespace {

std::string quoted(const std::string& s) { return boost::json::serialize(boost::json::value(s)); }

// Documents and diagnostics are stored as JSON text; they are spliced in, not re-parsed.
std::string document_body(const PlanDocument& d) {
  std::string out = boost::json::serialize(summary_json(d.plan));
  out.pop_back();  // the closing brace
  out += ",\"document_version\":" + std::to_string(d.version) + ",\"plan\":" + d.document +
         ",\"diagnostics\":" + d.diagnostics + "}";
  return out;
}

int version_param(const std::string& text) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || v < 1) throw not_found();
  return v;
}

}  // namespace

void answer_saved(Context& ctx, const SavedVersion& saved) {
  ctx.res.set_header("ETag", etag(saved.version));
  ctx.raw_json(201, "{\"id\":" + quoted(saved.plan_id) + ",\"version\":" + std::to_string(saved.version) +
                        ",\"diagnostics\":" + saved.diagnostics + "}");
}

void add_plan_routes(Router& router, App& app) {
  auto& p = app.plans;
  const std::string base = "/api/v1/households/{household}/plans";

  router.add("GET", base, true, [&p](Context& ctx) { ctx.json(200, {{"plans", p.list(ctx.who(), ctx.param(0))}}); });

  router.add("POST", base, true, [&p](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"name", "plan"});
    std::string name = required_name(body, "name");
    const auto& plan = required_field(body, "plan");
    if (!plan.is_object()) {
      throw ApiError(400, "invalid_request", "plan: expected a plan document (an object)", boost::json::object{{"field", "plan"}});
    }
    answer_saved(ctx, p.create(ctx.who(), ctx.param(0), name, boost::json::serialize(plan)));
  });

  router.add("GET", base + "/{plan}", true, [&p](Context& ctx) {
    PlanDocument d = p.get(ctx.who(), ctx.param(0), ctx.param(1));
    ctx.res.set_header("ETag", etag(d.version));
    ctx.raw_json(200, document_body(d));
  });

  router.add("PATCH", base + "/{plan}", true, [&p](Context& ctx) {
    auto body = parse_object(ctx.req.body, {"name"});
    ctx.json(200, summary_json(p.rename(ctx.who(), ctx.param(0), ctx.param(1), required_name(body, "name"))));
  });

  router.add("DELETE", base + "/{plan}", true, [&p](Context& ctx) {
    p.remove(ctx.who(), ctx.param(0), ctx.param(1));
    ctx.no_content();
  });

  // The body is the plan document itself, so the decoder's paths are the client's paths.
  router.add("POST", base + "/{plan}/versions", true, [&p](Context& ctx) {
    const int if_match = if_match_version(ctx.req.header("if-match"));
    answer_saved(ctx, p.save(ctx.who(), ctx.param(0), ctx.param(1), if_match, ctx.req.body));
  });

  router.add("POST", base + "/{plan}/edits", true, [&p](Context& ctx) {
    const int if_match = if_match_version(ctx.req.header("if-match"));
    auto body = parse_object(ctx.req.body, {"edits"});
    const auto& edits = required_field(body, "edits");
    if (!edits.is_array()) {
      throw ApiError(400, "invalid_request", "edits: expected an array of edit commands", boost::json::object{{"field", "edits"}});
    }
    answer_saved(ctx, p.save_edits(ctx.who(), ctx.param(0), ctx.param(1), if_match, edits.as_array()));
  });

  router.add("GET", base + "/{plan}/versions", true, [&p](Context& ctx) {
    ctx.json(200, {{"versions", p.history(ctx.who(), ctx.param(0), ctx.param(1))}});
  });

  router.add("GET", base + "/{plan}/versions/{version}", true, [&p](Context& ctx) {
    PlanDocument d = p.get(ctx.who(), ctx.param(0), ctx.param(1), version_param(ctx.param(2)));
    ctx.res.set_header("ETag", etag(d.plan.version));
    ctx.raw_json(200, document_body(d));
  });

  router.add("POST", base + "/{plan}/versions/{version}/restore", true, [&p](Context& ctx) {
    const int if_match = if_match_version(ctx.req.header("if-match"));
    answer_saved(ctx, p.restore(ctx.who(), ctx.param(0), ctx.param(1), version_param(ctx.param(2)), if_match));
  });

  router.add("POST", "/api/v1/validate", true, [](Context& ctx) {
    ctx.raw_json(200, encode_diagnostics(validate(decode_or_refuse(ctx.req.body))));
  });
}

}  // namespace brightpath::server::http
