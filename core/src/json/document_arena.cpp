#include "json/document_arena.hpp"

#include <algorithm>

namespace brightpath::json {

void DocumentArena::add_block(std::size_t at_least) {
  const std::size_t size = std::max(next_block_, at_least);
  next_block_ = size * 2;
  // Not make_unique: it would zero the block first (and libc++ 14, Emscripten's, has no
  // make_unique_for_overwrite).
  blocks_.emplace_back(new unsigned char[size]);
  next_ = blocks_.back().get();
  end_ = next_ + size;
}

}  // namespace brightpath::json
