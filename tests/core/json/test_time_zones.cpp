// The time zone must be a name the IANA time zone database lists (embedded at build time from
// tzdata), with a guess offered for a likely typo.
#include <doctest/doctest.h>

#include <string>

#include "brightpath/plan_json.hpp"
#include "json/time_zone_lookup.hpp"
#include "json/time_zone_names.hpp"

using namespace brightpath;

namespace {

Decoded<Plan> with_zone(const std::string& zone) {
  return decode_plan(R"({"format":"brightpath-plan","version":1,"timeZone":")" + zone +
                     R"(","week":{"schoolDays":["mon"],"start":"08:00","end":"15:00","grid":15}})");
}

}  // namespace

TEST_CASE("time zones are checked against the iana database's names") {
  SUBCASE("zones and links are accepted") {
    for (const char* zone : {"America/Chicago", "UTC", "GMT", "EST", "US/Eastern", "Etc/GMT+5",
                             "America/Argentina/Salta", "Asia/Kolkata", "Asia/Calcutta", "Europe/Kyiv"}) {
      CAPTURE(zone);
      const auto decoded = with_zone(zone);
      for (const auto& e : decoded.errors) FAIL_CHECK(e.text());
      REQUIRE(decoded.ok());
      CHECK(decoded.value->time_zone == zone);
    }
  }
  SUBCASE("a typo gets the nearest name") {
    const auto decoded = with_zone("America/Chicgo");
    REQUIRE(decoded.errors.size() == 1);
    CHECK(decoded.errors[0] ==
          DecodeError{"/timeZone",
                      "\"America/Chicgo\" is not in the IANA time zone database; did you mean \"America/Chicago\"?"});
    CHECK(with_zone("Chicago").errors[0].message ==
          "\"Chicago\" is not in the IANA time zone database; did you mean \"America/Chicago\"?");
    CHECK(with_zone("utc").errors[0].message ==
          "\"utc\" is not in the IANA time zone database; did you mean \"UTC\"?");
    CHECK(with_zone("europe/paris").errors[0].message ==
          "\"europe/paris\" is not in the IANA time zone database; did you mean \"Europe/Paris\"?");
  }
  SUBCASE("a name far from every listed one gets no guess") {
    const std::string expected = "; expected an IANA time zone name such as \"America/Chicago\", or \"UTC\"";
    CHECK(with_zone("Mars/Olympus_Mons").errors[0] ==
          DecodeError{"/timeZone", "\"Mars/Olympus_Mons\" is not in the IANA time zone database" + expected});
    // One letter from "EST", but a zone hours away: short names get no guess.
    CHECK(with_zone("CST").errors[0].message == "\"CST\" is not in the IANA time zone database" + expected);
    // The database's placeholder for "not configured" is not a place.
    CHECK(with_zone("Factory").errors[0].message.find("is not in the IANA time zone database") !=
          std::string::npos);
  }
}

TEST_CASE("the embedded list of time zone names is sorted and complete") {
  REQUIRE(json::time_zone_name_count() > 400);
  for (std::size_t i = 1; i < json::time_zone_name_count(); ++i) {
    CAPTURE(json::time_zone_name(i));
    CHECK(json::time_zone_name(i - 1) < json::time_zone_name(i));  // sorted, each once
  }
  CHECK(json::time_zone_name(0) == "Africa/Abidjan");
  for (std::size_t i = 0; i < json::time_zone_name_count(); ++i) {
    CHECK(json::is_time_zone_name(json::time_zone_name(i)));
  }
  CHECK(json::is_time_zone_name("Pacific/Honolulu"));
  CHECK_FALSE(json::is_time_zone_name("Pacific"));
  CHECK_FALSE(json::time_zone_database_version().empty());
  CHECK(json::closest_time_zone_name("Asia/Tokio") == std::optional<std::string_view>("Asia/Tokyo"));
}
