// The name a household's download gets (Content-Disposition of GET .../export).
#include <doctest/doctest.h>

#include "services/household_export.hpp"

using brightpath::server::export_file_name;

TEST_CASE("an export's file name says whose data it is and the day it was taken") {
  constexpr std::int64_t kDecember5th2026 = 1796428800;  // 2026-12-05T00:00:00Z
  CHECK(export_file_name("The Millers", kDecember5th2026) == "brightpath-the-millers-2026-12-05.json");
  CHECK(export_file_name("The Millers", kDecember5th2026 + 86399) == "brightpath-the-millers-2026-12-05.json");
  CHECK(export_file_name("The Millers", kDecember5th2026 + 86400) == "brightpath-the-millers-2026-12-06.json");

  SUBCASE("only ASCII letters and digits, anything else one dash, none at the ends") {
    CHECK(export_file_name("  Zoë & Co. / 2nd home!", kDecember5th2026) == "brightpath-zo-co-2nd-home-2026-12-05.json");
    CHECK(export_file_name("\"quoted\"; filename=evil", kDecember5th2026) == "brightpath-quoted-filename-evil-2026-12-05.json");
  }
  SUBCASE("a name without one gives a file name still") {
    CHECK(export_file_name("☀☀☀", kDecember5th2026) == "brightpath-household-2026-12-05.json");
    CHECK(export_file_name("", 0) == "brightpath-household-1970-01-01.json");
  }
}
