#include "metrics.hpp"

#include <array>
#include <cstdio>
#include <sstream>

namespace brightpath::server {
namespace {

// Seconds: from a cached read (under a millisecond) to a long solve.
constexpr std::array<double, 14> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                             0.1,    0.25,  0.5,    1,     2.5,  10,    30};

std::string escape(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string label_text(const std::map<std::string, std::string>& labels) {
  std::string out;
  for (const auto& [k, v] : labels) {
    if (!out.empty()) out += ',';
    out += k + "=\"" + escape(v) + "\"";
  }
  return out;
}

std::string with(const std::string& labels, const std::string& extra) {
  if (labels.empty()) return "{" + extra + "}";
  return "{" + labels + "," + extra + "}";
}

}  // namespace

std::string metric_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

Metrics& metrics() {
  static Metrics registry;
  return registry;
}

void Metrics::describe(const std::string& name, const std::string& type, const std::string& help) {
  std::lock_guard lock(mutex_);
  described_[name] = {type, help};
}

void Metrics::count(const std::string& name, const std::map<std::string, std::string>& labels, double by) {
  std::lock_guard lock(mutex_);
  counters_[name][label_text(labels)] += by;
}

void Metrics::observe(const std::string& name, const std::map<std::string, std::string>& labels, double seconds) {
  std::lock_guard lock(mutex_);
  Histogram& h = histograms_[name][label_text(labels)];
  if (h.counts.empty()) h.counts.assign(kBuckets.size(), 0);
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      h.counts[i] += 1;
      break;
    }
  }
  h.sum += seconds;
  h.count += 1;
}

std::string Metrics::text() const {
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  auto header = [&](const std::string& name, const char* fallback_type) {
    auto it = described_.find(name);
    if (it != described_.end()) {
      out << "# HELP " << name << " " << it->second.second << "\n# TYPE " << name << " " << it->second.first << "\n";
    } else {
      out << "# TYPE " << name << " " << fallback_type << "\n";
    }
  };
  for (const auto& [name, series] : counters_) {
    header(name, "counter");
    for (const auto& [labels, value] : series) out << name << (labels.empty() ? "" : "{" + labels + "}") << " " << metric_number(value) << "\n";
  }
  for (const auto& [name, series] : histograms_) {
    header(name, "histogram");
    for (const auto& [labels, h] : series) {
      double cumulative = 0;
      for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += h.counts[i];
        out << name << "_bucket" << with(labels, "le=\"" + metric_number(kBuckets[i]) + "\"") << " " << metric_number(cumulative) << "\n";
      }
      out << name << "_bucket" << with(labels, "le=\"+Inf\"") << " " << metric_number(h.count) << "\n";
      out << name << "_sum" << (labels.empty() ? "" : "{" + labels + "}") << " " << metric_number(h.sum) << "\n";
      out << name << "_count" << (labels.empty() ? "" : "{" + labels + "}") << " " << metric_number(h.count) << "\n";
    }
  }
  return out.str();
}

}  // namespace brightpath::server
