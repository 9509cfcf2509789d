#include "message_text.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace brightpath::detail {

void MessageText::grow(std::size_t n) {
  capacity_ = std::max(2 * capacity_, size_ + n);
  auto bigger = std::make_unique<char[]>(capacity_);
  std::memcpy(bigger.get(), data_, size_);
  heap_ = std::move(bigger);
  data_ = heap_.get();
}

void append_day_list(MessageText& out, DaySet days) {
  const auto n = static_cast<std::size_t>(std::popcount(static_cast<unsigned>(days & kAllDays)));
  if (n == 0) {
    out += "no day";
    return;
  }
  std::size_t i = 0;
  for (int d = 0; d < kDaysPerWeek; ++d) {
    if (!has_day(days, d)) continue;
    append_list_separator(out, i++, n);
    out += day_name(d);
  }
}

void append_count(MessageText& out, int n, std::string_view singular, std::string_view plural) {
  out.append_int(n);
  out += ' ';
  out += n == 1 ? singular : plural;
}

}  // namespace brightpath::detail
