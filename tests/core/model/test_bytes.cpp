#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "bytes.hpp"

using brightpath::detail::copy_bytes;
using brightpath::detail::same_text;

TEST_CASE("same_text agrees with == for every length and every differing position") {
  for (std::size_t n = 0; n <= 20; ++n) {
    const std::string a(n, 'x');
    CAPTURE(n);
    CHECK(same_text(a, std::string(n, 'x')));
    CHECK_FALSE(same_text(a, std::string(n + 1, 'x')));
    for (std::size_t at = 0; at < n; ++at) {
      std::string b = a;
      b[at] = 'y';
      CAPTURE(at);
      CHECK_FALSE(same_text(a, b));
    }
  }
}

TEST_CASE("copy_bytes copies every length exactly, touching nothing around it") {
  std::string source;
  for (int i = 0; i < 40; ++i) source += static_cast<char>('a' + i % 26);
  for (std::size_t n = 0; n <= 33; ++n) {
    std::vector<char> target(40, '.');
    copy_bytes(target.data() + 3, source.data(), n);
    const std::string copied(target.begin(), target.end());
    CAPTURE(n);
    CHECK(copied.substr(3, n) == source.substr(0, n));
    CHECK(copied.substr(0, 3) == "...");
    CHECK(copied.substr(3 + n) == std::string(37 - n, '.'));
  }
}
