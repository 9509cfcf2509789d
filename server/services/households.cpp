#include "services/households.hpp"

#include "crypto/tokens.hpp"
#include "services/api_error.hpp"
#include "storage/household_store.hpp"

namespace brightpath::server {
namespace {
constexpr int kInvitationDays = 7;

boost::json::object member_json(const storage::MemberRow& m) {
  return {{"account_id", m.account_id}, {"email", m.email}, {"role", m.role}, {"joined_at", m.joined_at}};
}
}  // namespace

Role parse_role(const std::string& text) {
  if (text == "owner") return Role::owner;
  if (text == "guardian") return Role::guardian;
  if (text == "viewer") return Role::viewer;
  throw ApiError(400, "invalid_request", "role: expected owner, guardian or viewer", boost::json::object{{"field", "role"}});
}

const char* role_name(Role role) {
  switch (role) {
    case Role::owner: return "owner";
    case Role::guardian: return "guardian";
    case Role::viewer: return "viewer";
  }
  return "viewer";
}

bool is_uuid(const std::string& text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

Role HouseholdService::require(const Principal& who, const std::string& household_id, Role minimum) {
  if (!is_uuid(household_id)) throw not_found();
  auto role = pool_.with([&](storage::Connection& c) { return storage::role_of(c, household_id, who.account_id); });
  if (!role) throw not_found();
  Role r = parse_role(*role);
  if (static_cast<int>(r) < static_cast<int>(minimum)) {
    throw ApiError(403, "forbidden", std::string("this needs the ") + role_name(minimum) + " role in the household");
  }
  return r;
}

boost::json::object HouseholdService::create(const Principal& who, const std::string& name) {
  std::string id = pool_.transaction([&](storage::Connection& c) { return storage::insert_household(c, name, who.account_id); });
  return get(who, id);
}

boost::json::array HouseholdService::list(const Principal& who) {
  auto rows = pool_.with([&](storage::Connection& c) { return storage::households_of(c, who.account_id); });
  boost::json::array out;
  for (const auto& h : rows) out.push_back(boost::json::object{{"id", h.id}, {"name", h.name}, {"role", h.role}, {"created_at", h.created_at}});
  return out;
}

boost::json::object HouseholdService::get(const Principal& who, const std::string& household_id) {
  require(who, household_id, Role::viewer);
  return pool_.with([&](storage::Connection& c) {
    auto h = storage::household_for(c, household_id, who.account_id);
    if (!h) throw not_found();
    boost::json::array members;
    for (const auto& m : storage::members_of(c, household_id)) members.push_back(member_json(m));
    return boost::json::object{{"id", h->id}, {"name", h->name}, {"role", h->role}, {"created_at", h->created_at},
                               {"members", members}};
  });
}

boost::json::object HouseholdService::rename(const Principal& who, const std::string& household_id, const std::string& name) {
  require(who, household_id, Role::owner);
  pool_.with([&](storage::Connection& c) { storage::rename_household(c, household_id, name); });
  return get(who, household_id);
}

void HouseholdService::remove(const Principal& who, const std::string& household_id) {
  require(who, household_id, Role::owner);
  pool_.with([&](storage::Connection& c) { storage::delete_household(c, household_id); });
}

boost::json::object HouseholdService::invite(const Principal& who, const std::string& household_id, Role role) {
  require(who, household_id, Role::owner);
  const std::string token = crypto::random_token();
  auto inv = pool_.with([&](storage::Connection& c) {
    return storage::insert_invitation(c, household_id, crypto::sha256_hex(token), role_name(role), who.account_id,
                                      kInvitationDays);
  });
  return {{"id", inv.id}, {"household_id", inv.household_id}, {"role", inv.role}, {"expires_at", inv.expires_at},
          {"token", token}, {"url", config_.public_url + "/invitations/" + token}};
}

boost::json::object HouseholdService::accept(const Principal& who, const std::string& token) {
  std::string household_id = pool_.transaction([&](storage::Connection& c) {
    auto inv = storage::claimable_invitation(c, crypto::sha256_hex(token));
    if (!inv) throw ApiError(404, "invitation_not_found", "this invitation does not exist, was used or has expired");
    if (storage::role_of(c, inv->household_id, who.account_id)) {
      throw ApiError(409, "already_member", "you are already a member of this household");
    }
    storage::insert_member(c, inv->household_id, who.account_id, inv->role);
    storage::mark_invitation_accepted(c, inv->id, who.account_id);
    return inv->household_id;
  });
  return get(who, household_id);
}

boost::json::object HouseholdService::change_role(const Principal& who, const std::string& household_id,
                                                  const std::string& account_id, Role role) {
  require(who, household_id, Role::owner);
  if (!is_uuid(account_id)) throw not_found();
  pool_.transaction([&](storage::Connection& c) {
    const auto owners = storage::lock_and_count_owners(c, household_id);
    auto current = storage::role_of(c, household_id, account_id);
    if (!current) throw not_found();
    if (*current == "owner" && role != Role::owner && owners <= 1) {
      throw ApiError(409, "last_owner", "a household keeps at least one owner");
    }
    storage::set_role(c, household_id, account_id, role_name(role));
  });
  return get(who, household_id);
}

void HouseholdService::remove_member(const Principal& who, const std::string& household_id, const std::string& account_id) {
  // Any member may leave; only owners remove others.
  require(who, household_id, account_id == who.account_id ? Role::viewer : Role::owner);
  if (!is_uuid(account_id)) throw not_found();
  pool_.transaction([&](storage::Connection& c) {
    const auto owners = storage::lock_and_count_owners(c, household_id);
    auto current = storage::role_of(c, household_id, account_id);
    if (!current) throw not_found();
    if (*current == "owner" && owners <= 1) throw ApiError(409, "last_owner", "a household keeps at least one owner");
    storage::remove_member(c, household_id, account_id);
  });
}

}  // namespace brightpath::server
