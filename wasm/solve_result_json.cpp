#include "solve_result_json.hpp"

#include <boost/json.hpp>
#include <string_view>

#include "brightpath/plan_json.hpp"

namespace brightpath::wasm {
namespace {

boost::json::string_view sv(std::string_view s) { return {s.data(), s.size()}; }

}  // namespace

std::string encode_solve_result(const SolveResult& r) {
  boost::json::array breakdown;
  for (const ScoreTerm& t : r.breakdown) {
    breakdown.push_back(boost::json::object{{"code", t.code},
                                            {"severity", sv(severity_name(t.severity))},
                                            {"count", t.count},
                                            {"weight", t.weight},
                                            {"penalty", t.penalty}});
  }
  boost::json::array unplaced;
  for (const UnplacedSessions& u : r.unplaced) {
    unplaced.push_back(boost::json::object{{"course", u.course}, {"count", u.count}});
  }
  boost::json::array explanations;
  for (const Explanation& e : r.explanations) {
    boost::json::array refs;
    for (const Ref& ref : e.refs) {
      refs.push_back(boost::json::object{{"kind", sv(ref_kind_plural(ref.kind))}, {"id", ref.id}});
    }
    explanations.push_back(boost::json::object{{"code", e.code}, {"message", e.message}, {"refs", std::move(refs)}});
  }
  const SolveStatistics& s = r.statistics;
  const boost::json::object head{
      {"status", sv(solve_status_name(r.status))},
      {"score", boost::json::object{{"hard", r.score.hard}, {"soft", r.score.soft}}},
      {"breakdown", std::move(breakdown)},
      {"statistics", boost::json::object{{"elapsedMs", static_cast<long long>(s.elapsed_ms)},
                                         {"iterations", s.iterations},
                                         {"improvements", s.improvements},
                                         {"seed", s.seed}}},
      {"unplaced", std::move(unplaced)},
      {"explanations", std::move(explanations)}};
  // The plan is already canonical JSON text; splice it in rather than parse it again.
  std::string out = boost::json::serialize(head);
  out.pop_back();
  out += ",\"plan\":";
  out += r.status == SolveStatus::invalid ? std::string("null") : encode_plan(r.plan);
  out += '}';
  return out;
}

}  // namespace brightpath::wasm
