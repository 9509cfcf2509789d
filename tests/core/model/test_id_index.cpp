#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "id_index.hpp"

using brightpath::detail::IdIndex;
using brightpath::detail::kUnknown;

TEST_CASE("IdIndex finds each id, keeps the first of a repeat and reports repeats on insert") {
  struct Item {
    std::string id;
  };
  std::vector<Item> items;
  for (int i = 0; i < 40; ++i) items.push_back({"lesson-" + std::to_string(i)});
  items.push_back({"lesson-7"});  // a repeat: the first one wins
  IdIndex index;
  index.build(items);
  for (int i = 0; i < 40; ++i) CHECK(index.find(items[static_cast<std::size_t>(i)].id) == i);
  CHECK(index.find("lesson-40") == kUnknown);
  CHECK(index.insert("lesson-3", 99) == 3);
  CHECK(index.insert("new", 41) == kUnknown);
  CHECK(index.find("new") == 41);
}
