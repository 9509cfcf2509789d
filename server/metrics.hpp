// Process metrics in Prometheus text format (/metrics): counters and histograms kept in
// memory, labelled by a few fixed names. Gauges that live in the database (jobs by status,
// the oldest queued job's wait) are read when scraped, by the route.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace brightpath::server {

class Metrics {
 public:
  void count(const std::string& name, const std::map<std::string, std::string>& labels, double by = 1);
  void observe(const std::string& name, const std::map<std::string, std::string>& labels, double seconds);
  // Declares a metric's help text and type, printed once above its samples.
  void describe(const std::string& name, const std::string& type, const std::string& help);
  [[nodiscard]] std::string text() const;

 private:
  struct Histogram {
    std::vector<double> counts;  // per bucket (not cumulative)
    double sum = 0;
    double count = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, std::pair<std::string, std::string>> described_;  // name -> (type, help)
  std::map<std::string, std::map<std::string, double>> counters_;        // name -> labels text -> value
  std::map<std::string, std::map<std::string, Histogram>> histograms_;
};

Metrics& metrics();  // the process's registry

// A sample value as the text format writes it (up to 10 significant digits, no exponent
// below 1e10): the registry's own and the route's gauges alike.
std::string metric_number(double v);

}  // namespace brightpath::server
