// Solve jobs: POST .../plans/{plan}/solve queues one (202); the job shows its progress
// while it runs and leaves a draft that a parent accepts (If-Match) or discards.
#include <chrono>
#include <thread>

#include "http/json_body.hpp"
#include "http/routes.hpp"
#include "services/api_error.hpp"

namespace brightpath::server::http {
namespace {

SolveRequest solve_request(const std::string& text) {
  SolveRequest r;
  if (text.empty()) return r;
  auto body = parse_object(text, {"time_budget_ms", "seed", "may_move", "stop_when_stalled"});
  auto bad = [](const char* field, const char* expected) {
    return ApiError(400, "invalid_request", std::string(field) + ": expected " + expected, boost::json::object{{"field", field}});
  };
  if (const auto* v = body.if_contains("time_budget_ms")) {
    if (!v->is_int64() || v->as_int64() > 3'600'000 || v->as_int64() < 0) throw bad("time_budget_ms", "a whole number of milliseconds");
    r.time_budget_ms = static_cast<int>(v->as_int64());
  }
  if (const auto* v = body.if_contains("seed")) {
    if (!v->is_int64() || v->as_int64() < 0) throw bad("seed", "a whole number from 0");
    r.seed = v->as_int64();
  }
  if (const auto* v = body.if_contains("may_move")) {
    if (!v->is_string()) throw bad("may_move", "\"unplaced\" or \"all\"");
    r.may_move = std::string(v->as_string());
  }
  if (const auto* v = body.if_contains("stop_when_stalled")) {
    if (!v->is_bool()) throw bad("stop_when_stalled", "true or false");
    r.stop_when_stalled = v->as_bool();
  }
  return r;
}

}  // namespace

void add_job_routes(Router& router, App& app) {
  auto& jobs = app.jobs;
  const std::string base = "/api/v1/households/{household}/jobs";

  router.add("POST", "/api/v1/households/{household}/plans/{plan}/solve", true, [&jobs](Context& ctx) {
    auto job = jobs.submit(ctx.who(), ctx.param(0), ctx.param(1), solve_request(ctx.req.body));
    ctx.res.set_header("Location", "/api/v1/households/" + ctx.param(0) + "/jobs/" + std::string(job["id"].as_string()));
    ctx.json(202, job);
  });

  router.add("GET", base, true, [&jobs](Context& ctx) { ctx.json(200, {{"jobs", jobs.list(ctx.who(), ctx.param(0))}}); });
  router.add("GET", base + "/{job}", true, [&jobs](Context& ctx) { ctx.json(200, jobs.get(ctx.who(), ctx.param(0), ctx.param(1))); });
  // Server-sent events for the web app: a `progress` event whenever the job changes, then
  // one `done` event when it has finished, and the stream ends. Polling GET .../jobs/{job}
  // gives the same data.
  router.add("GET", base + "/{job}/events", true, [&jobs, &app](Context& ctx) {
    jobs.get(ctx.who(), ctx.param(0), ctx.param(1));  // 404 / 403 now, before the stream starts
    struct State {
      std::string last;
      bool started = false;
      std::chrono::steady_clock::time_point opened = std::chrono::steady_clock::now();
    };
    auto state = std::make_shared<State>();
    const Principal who = ctx.who();
    const std::string household = ctx.param(0);
    const std::string job_id = ctx.param(1);
    const auto max_life = std::chrono::seconds(app.config.solve_max_seconds + app.config.job_lease_seconds + 60);
    ctx.res.status = 200;
    ctx.res.content_type = "text/event-stream";
    ctx.res.stream = [&jobs, &app, state, who, household, job_id, max_life](const Response::Writer& write) {
      if (state->started) std::this_thread::sleep_for(std::chrono::milliseconds(250));
      state->started = true;
      boost::json::object job;
      try {
        job = jobs.get(who, household, job_id);
      } catch (const std::exception&) {
        return false;  // gone (deleted, access removed) or the database is away: end the stream
      }
      const std::string text = boost::json::serialize(job);
      const std::string status(job["status"].as_string());
      const bool finished = status == "succeeded" || status == "failed" || status == "cancelled";
      if (text != state->last) {
        state->last = text;
        if (!write("event: " + std::string(finished ? "done" : "progress") + "\ndata: " + text + "\n\n")) return false;
      }
      return !finished && !app.shutting_down && std::chrono::steady_clock::now() - state->opened < max_life;
    };
  });

  router.add("POST", base + "/{job}/cancel", true, [&jobs](Context& ctx) {
    ctx.json(200, jobs.cancel(ctx.who(), ctx.param(0), ctx.param(1)));
  });

  router.add("GET", base + "/{job}/draft", true, [&jobs](Context& ctx) {
    PlanDocument d = jobs.draft(ctx.who(), ctx.param(0), ctx.param(1));
    ctx.raw_json(200, "{\"job_id\":" + boost::json::serialize(boost::json::value(ctx.param(1))) +
                          ",\"plan_id\":" + boost::json::serialize(boost::json::value(d.plan.id)) +
                          ",\"base_version\":" + std::to_string(d.version) + ",\"plan\":" + d.document +
                          ",\"diagnostics\":" + d.diagnostics + "}");
  });

  router.add("POST", base + "/{job}/accept", true, [&jobs](Context& ctx) {
    const int if_match = if_match_version(ctx.req.header("if-match"));
    answer_saved(ctx, jobs.accept(ctx.who(), ctx.param(0), ctx.param(1), if_match));
  });

  router.add("POST", base + "/{job}/discard", true, [&jobs](Context& ctx) {
    ctx.json(200, jobs.discard(ctx.who(), ctx.param(0), ctx.param(1)));
  });
}

}  // namespace brightpath::server::http
