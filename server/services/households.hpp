// Households and membership. Roles rank viewer < guardian < owner. Every call checks the
// caller's membership: a household the caller is not in answers 404 (as if it did not
// exist); a role too low for the action answers 403.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "config/config.hpp"
#include "services/principal.hpp"
#include "storage/database.hpp"

namespace brightpath::server {

enum class Role { viewer = 0, guardian = 1, owner = 2 };
Role parse_role(const std::string& text);  // throws ApiError 400 for anything else
const char* role_name(Role role);
bool is_uuid(const std::string& text);

class HouseholdService {
 public:
  HouseholdService(storage::Pool& pool, const Config& config) : pool_(pool), config_(config) {}

  // The caller's role in the household, at least `minimum`; throws 404 / 403 otherwise.
  Role require(const Principal& who, const std::string& household_id, Role minimum);

  boost::json::object create(const Principal& who, const std::string& name);
  boost::json::array list(const Principal& who);
  boost::json::object get(const Principal& who, const std::string& household_id);
  boost::json::object rename(const Principal& who, const std::string& household_id, const std::string& name);
  void remove(const Principal& who, const std::string& household_id);

  boost::json::object invite(const Principal& who, const std::string& household_id, Role role);
  boost::json::object accept(const Principal& who, const std::string& token);
  boost::json::object change_role(const Principal& who, const std::string& household_id, const std::string& account_id, Role role);
  void remove_member(const Principal& who, const std::string& household_id, const std::string& account_id);

 private:
  storage::Pool& pool_;
  const Config& config_;
};

}  // namespace brightpath::server
