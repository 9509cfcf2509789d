#include "message_text.hpp"

#include <algorithm>
#include <cstring>

namespace brightpath::detail {

void MessageText::grow(std::size_t n) {
  capacity_ = std::max(2 * capacity_, size_ + n);
  auto bigger = std::make_unique<char[]>(capacity_);
  std::memcpy(bigger.get(), data_, size_);
  heap_ = std::move(bigger);
  data_ = heap_.get();
}

}  // namespace brightpath::detail
