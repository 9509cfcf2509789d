// Turning text into a JSON value under the plan's size limits, with malformed input reported
// by line and column (people fix JSON in text editors, which show lines, not byte offsets).
#pragma once

#include <boost/json.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>
#include <string_view>

#include "brightpath/plan_json.hpp"
#include "json/json_reader.hpp"

namespace brightpath::json {

// Where a parsed document's values live: a bump allocator whose first block is inside this
// object (so an edit command never reaches the heap for it), freed all at once. It must
// outlive the value parsed into it: declare it first. (boost::json::monotonic_resource does
// the same job, but every allocation went through an out-of-line std::align, which made it
// a tenth of decoding in WebAssembly.)
class DocumentArena final : public boost::json::memory_resource {
 public:
  DocumentArena() = default;
  DocumentArena(const DocumentArena&) = delete;
  DocumentArena& operator=(const DocumentArena&) = delete;
  ~DocumentArena() override = default;

  boost::json::storage_ptr storage() { return boost::json::storage_ptr(this); }

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override {
    auto at = (reinterpret_cast<std::uintptr_t>(next_) + alignment - 1) & ~(alignment - 1);
    if (at + bytes > reinterpret_cast<std::uintptr_t>(end_)) {
      add_block(bytes + alignment);
      at = (reinterpret_cast<std::uintptr_t>(next_) + alignment - 1) & ~(alignment - 1);
    }
    next_ = reinterpret_cast<unsigned char*>(at + bytes);
    return reinterpret_cast<void*>(at);
  }
  void do_deallocate(void*, std::size_t, std::size_t) override {}  // all freed at the end
  [[nodiscard]] bool do_is_equal(const boost::json::memory_resource& other) const noexcept override {
    return this == &other;
  }
  void add_block(std::size_t at_least);

  unsigned char first_[2048];
  unsigned char* next_ = first_;
  unsigned char* end_ = first_ + sizeof first_;
  std::size_t next_block_ = 8192;  // doubles: a 16 MB document needs about a dozen blocks
  std::vector<std::unique_ptr<unsigned char[]>> blocks_;
};

// Reports at most one error (path "") and returns nothing when the text is too large, too
// deeply nested or not JSON.
std::optional<boost::json::value> parse_document(JsonReader& reader, std::string_view text,
                                                 const PlanLimits& limits, DocumentArena& arena);

}  // namespace brightpath::json

// Values in the arena skip freeing their parts when destroyed (see DocumentArena).
template <>
struct boost::json::is_deallocate_trivial<brightpath::json::DocumentArena> : std::true_type {};
