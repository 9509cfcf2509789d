#include "json/time_zone_lookup.hpp"

#include <algorithm>
#include <array>

#include "json/time_zone_names.hpp"

namespace brightpath::json {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Levenshtein distance, case-insensitive, with one row of memory. Only the first kMaxChars
// bytes of each text count (zone names are shorter; the decoder refuses longer input first).
constexpr std::size_t kMaxChars = 64;
std::size_t distance(std::string_view a, std::string_view b) {
  a = a.substr(0, kMaxChars);
  b = b.substr(0, kMaxChars);
  std::array<std::size_t, kMaxChars + 1> row{};
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitute = diagonal + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
      row[j] = std::min({substitute, above + 1, row[j - 1] + 1});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

bool is_time_zone_name(std::string_view name) {
  std::size_t low = 0;
  std::size_t high = time_zone_name_count();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    const std::string_view candidate = time_zone_name(middle);
    if (candidate == name) return true;
    if (candidate < name) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return false;
}

std::optional<std::string_view> closest_time_zone_name(std::string_view name) {
  // A likely typo: at most 3 edits, and under a third of the name, so a short name gets no
  // guess ("CST" is one letter from "EST", a zone hours away) beyond a difference of case.
  const std::size_t allowed = name.empty() ? 0 : std::min<std::size_t>(3, (name.size() - 1) / 3);
  // Scores are distances doubled, plus one for a match of the last part only, so a whole name
  // wins a tie ("utc" gives "UTC", not "Etc/UTC").
  std::optional<std::string_view> best;
  std::size_t best_score = 2 * allowed + 2;
  const bool one_part = name.find('/') == std::string_view::npos;
  for (std::size_t i = 0; i < time_zone_name_count(); ++i) {
    const std::string_view candidate = time_zone_name(i);
    std::size_t score = 2 * distance(name, candidate);
    const std::size_t slash = candidate.rfind('/');
    if (one_part && slash != std::string_view::npos) {
      score = std::min(score, 2 * distance(name, candidate.substr(slash + 1)) + 1);
    }
    if (score < best_score) {
      best = candidate;
      best_score = score;
    }
  }
  return best;
}

}  // namespace brightpath::json
