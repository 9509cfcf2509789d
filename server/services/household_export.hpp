// Everything a household holds as one JSON document, for its owner: the household, its
// members, every plan with every version (documents and the server's diagnostics), and
// its solve jobs with their drafts. Invitation tokens are not included (only hashes exist).
#pragma once

#include <string>

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

}  // namespace brightpath::server
