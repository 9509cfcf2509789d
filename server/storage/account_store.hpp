// SQL of accounts, sessions, refresh tokens and failed sign-ins.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace brightpath::server::storage {

struct AccountRow {
  std::string id;
  std::string email;
  std::string password_hash;
};

std::string insert_account(Connection& c, const std::string& email, const std::string& password_hash);
std::optional<AccountRow> find_account_by_email(Connection& c, const std::string& email);
std::optional<AccountRow> find_account(Connection& c, const std::string& account_id);
void update_password(Connection& c, const std::string& account_id, const std::string& password_hash);
void delete_account(Connection& c, const std::string& account_id);

// A new session with its first refresh token (by hash); returns the session id.
std::string insert_session(Connection& c, const std::string& account_id, int days, const std::string& refresh_hash);
// The account of a session that is neither revoked nor expired.
std::optional<AccountRow> active_session_account(Connection& c, const std::string& session_id);
void revoke_session(Connection& c, const std::string& session_id);
// Returns the ids of the sessions it ended.
std::vector<std::string> revoke_sessions_except(Connection& c, const std::string& account_id, const std::string& keep_session_id);
// Every session of the account, ended or not.
std::vector<std::string> session_ids(Connection& c, const std::string& account_id);

enum class RefreshOutcome { rotated, reused, invalid };
struct RefreshResult {
  RefreshOutcome outcome = RefreshOutcome::invalid;
  std::string session_id;
  AccountRow account;
};
// Marks `old_hash` used and stores `new_hash` for the same session, in the caller's
// transaction. A token used before revokes its session (someone holds a copy).
RefreshResult rotate_refresh_token(Connection& c, const std::string& old_hash, const std::string& new_hash);

struct FailureCount {
  std::int64_t count = 0;
  std::int64_t seconds_since_last = 0;
  std::int64_t seconds_since_first = 0;
};
FailureCount recent_failures(Connection& c, const std::string& key_hash, int window_seconds);
void record_failure(Connection& c, const std::string& key_hash);
void clear_failures(Connection& c, const std::string& key_hash);

}  // namespace brightpath::server::storage
