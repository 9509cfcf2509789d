// The Prometheus text of counters and histograms.
#include <doctest/doctest.h>

#include "metrics.hpp"

using brightpath::server::Metrics;

TEST_CASE("histograms are cumulative with +Inf, sum and count; label values are escaped") {
  Metrics m;
  m.describe("x_seconds", "histogram", "A test histogram.");
  m.observe("x_seconds", {{"route", "/a"}}, 0.003);
  m.observe("x_seconds", {{"route", "/a"}}, 0.2);
  m.count("y_total", {{"q", "say \"hi\""}});
  const std::string text = m.text();
  CHECK(text.find("# HELP x_seconds A test histogram.\n# TYPE x_seconds histogram\n") != std::string::npos);
  CHECK(text.find("x_seconds_bucket{route=\"/a\",le=\"0.0025\"} 0\n") != std::string::npos);
  CHECK(text.find("x_seconds_bucket{route=\"/a\",le=\"0.005\"} 1\n") != std::string::npos);
  CHECK(text.find("x_seconds_bucket{route=\"/a\",le=\"0.25\"} 2\n") != std::string::npos);
  CHECK(text.find("x_seconds_bucket{route=\"/a\",le=\"+Inf\"} 2\n") != std::string::npos);
  CHECK(text.find("x_seconds_count{route=\"/a\"} 2\n") != std::string::npos);
  CHECK(text.find("y_total{q=\"say \\\"hi\\\"\"} 1\n") != std::string::npos);
}
