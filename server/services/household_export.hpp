// Everything a household holds as one JSON document, for its owner: the household, its
// members, every plan with every version (documents and the server's diagnostics), and
// its solve jobs with their drafts. Invitation tokens are not included (only hashes exist).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "services/households.hpp"
#include "services/jobs.hpp"
#include "services/principal.hpp"
#include "storage/database.hpp"

namespace brightpath::server {

class HouseholdExport {
 public:
  HouseholdExport(storage::Pool& pool, HouseholdService& households, JobService& jobs)
      : pool_(pool), households_(households), jobs_(jobs) {}
  boost::json::object build(const Principal& who, const std::string& household_id);

 private:
  storage::Pool& pool_;
  HouseholdService& households_;
  JobService& jobs_;
};

// The download's name, "brightpath-the-millers-2026-12-05.json": whose data it is and the
// day (UTC) it was taken, so two downloads are told apart on the parent's disk. The
// name's ASCII letters and digits, lower case; anything else becomes one dash.
std::string export_file_name(std::string_view household_name, std::int64_t unix_seconds);

}  // namespace brightpath::server
