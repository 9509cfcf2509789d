#include <doctest/doctest.h>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"

using namespace brightpath;

namespace {

Diagnostic overlap() {
  Diagnostic d;
  d.code = "student-overlap";
  d.severity = Severity::error;
  d.message = "Ana has \"Math\" and Reading at once";
  // Deliberately not in the JSON key order: refs are grouped by kind in the fixed key order,
  // and keep their own order within a kind.
  d.refs = {{RefKind::student, "ana"}, {RefKind::lesson, "p2"}, {RefKind::lesson, "p1"},
            {RefKind::commitment, "coop"}, {RefKind::course, "math"}};
  d.span = DaySpan{0, {540, 570}};
  return d;
}

Diagnostic minutes_warning() {
  Diagnostic d;
  d.code = "minutes-off-target";
  d.severity = Severity::warning;
  d.message = "Math gets 90 min of 150 min";
  d.refs = {{RefKind::course, "math"}};
  return d;
}

Diagnostic course_info() {
  Diagnostic d;
  d.code = "course-minutes";
  d.severity = Severity::info;
  d.message = "x";
  return d;
}

}  // namespace

TEST_CASE("diagnostics encode in the documented shape") {
  SUBCASE("no diagnostics") {
    CHECK(encode_diagnostics({}) == R"({"summary":{"errors":0,"warnings":0,"infos":0},"diagnostics":[]})");
  }
  SUBCASE("span, refs in fixed key order and input order kept") {
    CHECK(encode_diagnostics({minutes_warning(), overlap(), course_info()}) ==
          R"({"summary":{"errors":1,"warnings":1,"infos":1},"diagnostics":[)"
          R"({"code":"minutes-off-target","severity":"warning","message":"Math gets 90 min of 150 min",)"
          R"("refs":{"courses":["math"]}},)"
          R"({"code":"student-overlap","severity":"error","message":"Ana has \"Math\" and Reading at once",)"
          R"("span":{"day":"mon","start":"09:00","end":"09:30"},)"
          R"("refs":{"lessons":["p2","p1"],"courses":["math"],"students":["ana"],"commitments":["coop"]}},)"
          R"({"code":"course-minutes","severity":"info","message":"x","refs":{}}]})");
  }
  SUBCASE("a span ending at midnight") {
    Diagnostic d = course_info();
    d.span = DaySpan{6, {1380, 1440}};
    CHECK(encode_diagnostics({d}).find(R"("span":{"day":"sun","start":"23:00","end":"24:00"})") !=
          std::string::npos);
  }
}

TEST_CASE("edit results encode with the same diagnostic shape") {
  SUBCASE("an applied edit") {
    const Diagnostic appeared = overlap();
    EditResult result;
    result.added = {&appeared};
    result.removed = {minutes_warning()};
    result.counts = {3, 1, 0};
    CHECK(encode_edit_result(result) ==
          R"({"ok":true,"error":"","added":[)"
          R"({"code":"student-overlap","severity":"error","message":"Ana has \"Math\" and Reading at once",)"
          R"("span":{"day":"mon","start":"09:00","end":"09:30"},)"
          R"("refs":{"lessons":["p2","p1"],"courses":["math"],"students":["ana"],"commitments":["coop"]}}],)"
          R"("removed":[{"code":"minutes-off-target","severity":"warning","message":"Math gets 90 min of 150 min",)"
          R"("refs":{"courses":["math"]}}],"summary":{"errors":3,"warnings":1,"infos":0}})");
  }
  SUBCASE("a refused edit") {
    EditResult result;
    result.error = "no lesson \"p7\"";
    result.counts = {0, 2, 5};
    CHECK(encode_edit_result(result) ==
          R"({"ok":false,"error":"no lesson \"p7\"","added":[],"removed":[],)"
          R"("summary":{"errors":0,"warnings":2,"infos":5}})");
  }
}
