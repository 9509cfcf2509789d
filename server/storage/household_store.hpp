// SQL of households, memberships and invitations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace brightpath::server::storage {

struct HouseholdRow {
  std::string id;
  std::string name;
  std::string role;  // the caller's
  std::string created_at;
};
struct MemberRow {
  std::string account_id;
  std::string email;
  std::string role;
  std::string joined_at;
};
struct InvitationRow {
  std::string id;
  std::string household_id;
  std::string role;
  std::string expires_at;
};

std::string insert_household(Connection& c, const std::string& name, const std::string& owner_id);
std::vector<HouseholdRow> households_of(Connection& c, const std::string& account_id);
std::optional<HouseholdRow> household_for(Connection& c, const std::string& household_id, const std::string& account_id);
void rename_household(Connection& c, const std::string& household_id, const std::string& name);
void delete_household(Connection& c, const std::string& household_id);

std::vector<MemberRow> members_of(Connection& c, const std::string& household_id);
std::optional<std::string> role_of(Connection& c, const std::string& household_id, const std::string& account_id);
// Locks the household's memberships so that role changes cannot race past the owner check.
std::int64_t lock_and_count_owners(Connection& c, const std::string& household_id);
void set_role(Connection& c, const std::string& household_id, const std::string& account_id, const std::string& role);
void remove_member(Connection& c, const std::string& household_id, const std::string& account_id);
void insert_member(Connection& c, const std::string& household_id, const std::string& account_id, const std::string& role);

InvitationRow insert_invitation(Connection& c, const std::string& household_id, const std::string& token_hash,
                                const std::string& role, const std::string& created_by, int days);
// An unused, unexpired invitation, locked for the caller's transaction.
std::optional<InvitationRow> claimable_invitation(Connection& c, const std::string& token_hash);
void mark_invitation_accepted(Connection& c, const std::string& invitation_id, const std::string& account_id);

// Households whose only member is the account (deleted with it) and households where it is
// the only owner while others remain (deleting the account would orphan them).
std::vector<std::string> households_only_member(Connection& c, const std::string& account_id);
std::vector<std::string> households_sole_owner_with_others(Connection& c, const std::string& account_id);

}  // namespace brightpath::server::storage
