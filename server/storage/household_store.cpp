#include "storage/household_store.hpp"

#include "storage/timestamps.hpp"

namespace brightpath::server::storage {
namespace {
std::vector<std::string> first_column(const Rows& r) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(r.text(i, 0));
  return out;
}

// A household as one member sees it (with that member's role); the caller adds the WHERE.
const std::string kHouseholdOfMember = "SELECT h.id, h.name, m.role, " + utc_text("h.created_at") +
                                       " FROM households h JOIN memberships m ON m.household_id = h.id";

}  // namespace

std::string insert_household(Connection& c, const std::string& name, const std::string& owner_id) {
  std::string id = c.exec("INSERT INTO households (name) VALUES ($1) RETURNING id", {name}).text(0, 0);
  insert_member(c, id, owner_id, "owner");
  return id;
}

std::vector<HouseholdRow> households_of(Connection& c, const std::string& account_id) {
  Rows r = c.exec(
      kHouseholdOfMember + " WHERE m.account_id = $1 ORDER BY h.created_at, h.id",
      {account_id});
  std::vector<HouseholdRow> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3)});
  return out;
}

std::optional<HouseholdRow> household_for(Connection& c, const std::string& household_id, const std::string& account_id) {
  Rows r = c.exec(
      kHouseholdOfMember + " WHERE h.id = $1 AND m.account_id = $2",
      {household_id, account_id});
  if (r.empty()) return std::nullopt;
  return HouseholdRow{r.text(0, 0), r.text(0, 1), r.text(0, 2), r.text(0, 3)};
}

void rename_household(Connection& c, const std::string& household_id, const std::string& name) {
  c.exec("UPDATE households SET name = $2 WHERE id = $1", {household_id, name});
}

void delete_household(Connection& c, const std::string& household_id) {
  c.exec("DELETE FROM households WHERE id = $1", {household_id});
}

std::vector<MemberRow> members_of(Connection& c, const std::string& household_id) {
  Rows r = c.exec(
      "SELECT a.id, a.email, m.role, " + utc_text("m.joined_at") +
      " FROM memberships m JOIN accounts a ON a.id = m.account_id"
      " WHERE m.household_id = $1 ORDER BY m.joined_at, a.id",
      {household_id});
  std::vector<MemberRow> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back({r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3)});
  return out;
}

std::optional<std::string> role_of(Connection& c, const std::string& household_id, const std::string& account_id) {
  Rows r = c.exec("SELECT role FROM memberships WHERE household_id = $1 AND account_id = $2", {household_id, account_id});
  if (r.empty()) return std::nullopt;
  return r.text(0, 0);
}

std::int64_t lock_and_count_owners(Connection& c, const std::string& household_id) {
  c.exec("SELECT 1 FROM households WHERE id = $1 FOR UPDATE", {household_id});
  return c.exec("SELECT count(*) FROM memberships WHERE household_id = $1 AND role = 'owner'", {household_id})
      .integer(0, 0);
}

void set_role(Connection& c, const std::string& household_id, const std::string& account_id, const std::string& role) {
  c.exec("UPDATE memberships SET role = $3 WHERE household_id = $1 AND account_id = $2", {household_id, account_id, role});
}

void remove_member(Connection& c, const std::string& household_id, const std::string& account_id) {
  c.exec("DELETE FROM memberships WHERE household_id = $1 AND account_id = $2", {household_id, account_id});
}

void insert_member(Connection& c, const std::string& household_id, const std::string& account_id, const std::string& role) {
  c.exec("INSERT INTO memberships (household_id, account_id, role) VALUES ($1, $2, $3)", {household_id, account_id, role});
}

InvitationRow insert_invitation(Connection& c, const std::string& household_id, const std::string& token_hash,
                                const std::string& role, const std::string& created_by, int days) {
  Rows r = c.exec(
      "INSERT INTO invitations (household_id, token_hash, role, created_by, expires_at)"
      " VALUES ($1, $2, $3, $4, now() + make_interval(days => $5::int))"
      " RETURNING id, household_id, role, " + utc_text("expires_at"),
      {household_id, token_hash, role, created_by, std::to_string(days)});
  return {r.text(0, 0), r.text(0, 1), r.text(0, 2), r.text(0, 3)};
}

std::optional<InvitationRow> claimable_invitation(Connection& c, const std::string& token_hash) {
  Rows r = c.exec(
      "SELECT id, household_id, role, " + utc_text("expires_at") +
      " FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE",
      {token_hash});
  if (r.empty()) return std::nullopt;
  return InvitationRow{r.text(0, 0), r.text(0, 1), r.text(0, 2), r.text(0, 3)};
}

void mark_invitation_accepted(Connection& c, const std::string& invitation_id, const std::string& account_id) {
  c.exec("UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1", {invitation_id, account_id});
}

std::vector<std::string> households_only_member(Connection& c, const std::string& account_id) {
  return first_column(c.exec(
      "SELECT m.household_id FROM memberships m WHERE m.account_id = $1"
      " AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.household_id = m.household_id AND o.account_id <> $1)",
      {account_id}));
}

std::vector<std::string> households_sole_owner_with_others(Connection& c, const std::string& account_id) {
  return first_column(c.exec(
      "SELECT m.household_id FROM memberships m WHERE m.account_id = $1 AND m.role = 'owner'"
      " AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.household_id = m.household_id"
      "                 AND o.account_id <> $1 AND o.role = 'owner')"
      " AND EXISTS (SELECT 1 FROM memberships o WHERE o.household_id = m.household_id AND o.account_id <> $1)",
      {account_id}));
}

}  // namespace brightpath::server::storage
