#include "brightpath/plan_json.hpp"
#include "brightpath/solve_json.hpp"
#include "json/json_writer.hpp"

namespace brightpath {

std::string encode_solve_result(const SolveResult& r) {
  json::JsonWriter out(1024);
  out.begin_object();
  out.key("status");
  out.word(solve_status_name(r.status));
  out.key("score");
  out.begin_object();
  out.key("hard");
  out.number(r.score.hard);
  out.key("soft");
  out.number(r.score.soft);
  out.end_object();

  out.key("breakdown");
  out.begin_array();
  for (const ScoreTerm& t : r.breakdown) {
    out.begin_object();
    out.key("code");
    out.word(t.code);
    out.key("severity");
    out.word(severity_name(t.severity));
    out.key("count");
    out.number(t.count);
    out.key("weight");
    out.number(t.weight);
    out.key("penalty");
    out.number(t.penalty);
    out.end_object();
  }
  out.end_array();

  const SolveStatistics& s = r.statistics;
  out.key("statistics");
  out.begin_object();
  out.key("elapsedMs");
  out.number(static_cast<std::int64_t>(s.elapsed_ms));
  out.key("iterations");
  out.number(s.iterations);
  out.key("improvements");
  out.number(s.improvements);
  out.key("seed");
  out.number_unsigned(s.seed);
  out.end_object();

  out.key("unplaced");
  out.begin_array();
  for (const UnplacedSessions& u : r.unplaced) {
    out.begin_object();
    out.key("course");
    out.string(u.course);
    out.key("count");
    out.number(u.count);
    out.end_object();
  }
  out.end_array();

  out.key("removed");
  out.begin_array();
  for (const RemovedLesson& l : r.removed) {
    out.begin_object();
    out.key("lesson");
    out.string(l.lesson);
    out.key("course");
    out.string(l.course);
    out.end_object();
  }
  out.end_array();
  out.key("explanations");
  out.begin_array();
  for (const Explanation& e : r.explanations) {
    out.begin_object();
    out.key("code");
    out.word(e.code);
    out.key("message");
    out.string(e.message);
    out.key("refs");
    out.begin_array();
    for (const Ref& ref : e.refs) {
      out.begin_object();
      out.key("kind");
      out.word(ref_kind_plural(ref.kind));
      out.key("id");
      out.string(ref.id);
      out.end_object();
    }
    out.end_array();
    out.key("proof");
    out.boolean(e.proof);
    out.end_object();
  }
  out.end_array();

  // The plan is already canonical JSON text: spliced in, not parsed and written again.
  out.key("plan");
  out.raw(r.status == SolveStatus::invalid ? std::string("null") : encode_plan(r.plan));
  out.end_object();
  return out.take();
}

}  // namespace brightpath
