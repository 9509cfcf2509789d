#include "storage/account_store.hpp"

namespace brightpath::server::storage {
namespace {
AccountRow account_from(const Rows& r) { return {r.text(0, 0), r.text(0, 1), r.text(0, 2)}; }
}  // namespace

std::string insert_account(Connection& c, const std::string& email, const std::string& password_hash) {
  return c.exec("INSERT INTO accounts (email, password_hash) VALUES ($1, $2) RETURNING id", {email, password_hash})
      .text(0, 0);
}

std::optional<AccountRow> find_account_by_email(Connection& c, const std::string& email) {
  Rows r = c.exec("SELECT id, email, password_hash FROM accounts WHERE lower(email) = lower($1)", {email});
  if (r.empty()) return std::nullopt;
  return account_from(r);
}

std::optional<AccountRow> find_account(Connection& c, const std::string& account_id) {
  Rows r = c.exec("SELECT id, email, password_hash FROM accounts WHERE id = $1", {account_id});
  if (r.empty()) return std::nullopt;
  return account_from(r);
}

void update_password(Connection& c, const std::string& account_id, const std::string& password_hash) {
  c.exec("UPDATE accounts SET password_hash = $2 WHERE id = $1", {account_id, password_hash});
}

void delete_account(Connection& c, const std::string& account_id) {
  c.exec("DELETE FROM accounts WHERE id = $1", {account_id});
}

std::string insert_session(Connection& c, const std::string& account_id, int days, const std::string& refresh_hash) {
  std::string session_id =
      c.exec("INSERT INTO sessions (account_id, expires_at) VALUES ($1, now() + make_interval(days => $2::int)) RETURNING id",
             {account_id, std::to_string(days)})
          .text(0, 0);
  c.exec("INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)", {refresh_hash, session_id});
  return session_id;
}

std::optional<AccountRow> active_session_account(Connection& c, const std::string& session_id) {
  Rows r = c.exec(
      "SELECT a.id, a.email, '' FROM sessions s JOIN accounts a ON a.id = s.account_id"
      " WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()",
      {session_id});
  if (r.empty()) return std::nullopt;
  return account_from(r);
}

void revoke_session(Connection& c, const std::string& session_id) {
  c.exec("UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL", {session_id});
}

namespace {
std::vector<std::string> first_column(const Rows& r) {
  std::vector<std::string> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(r.text(i, 0));
  return out;
}
}  // namespace

std::vector<std::string> revoke_sessions_except(Connection& c, const std::string& account_id, const std::string& keep_session_id) {
  return first_column(c.exec(
      "UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND id <> $2 AND revoked_at IS NULL RETURNING id",
      {account_id, keep_session_id}));
}

std::vector<std::string> session_ids(Connection& c, const std::string& account_id) {
  return first_column(c.exec("SELECT id FROM sessions WHERE account_id = $1", {account_id}));
}

RefreshResult rotate_refresh_token(Connection& c, const std::string& old_hash, const std::string& new_hash) {
  Rows r = c.exec(
      "SELECT rt.session_id, rt.used_at IS NOT NULL, s.revoked_at IS NULL AND s.expires_at > now(),"
      "       a.id, a.email"
      " FROM refresh_tokens rt JOIN sessions s ON s.id = rt.session_id JOIN accounts a ON a.id = s.account_id"
      " WHERE rt.token_hash = $1 FOR UPDATE OF rt, s",
      {old_hash});
  RefreshResult result;
  if (r.empty()) return result;
  result.session_id = r.text(0, 0);
  if (r.text(0, 1) == "t") {
    revoke_session(c, result.session_id);
    result.outcome = RefreshOutcome::reused;
    return result;
  }
  if (r.text(0, 2) != "t") return result;
  c.exec("UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1", {old_hash});
  c.exec("INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)", {new_hash, result.session_id});
  result.account = {r.text(0, 3), r.text(0, 4), ""};
  result.outcome = RefreshOutcome::rotated;
  return result;
}

FailureCount recent_failures(Connection& c, const std::string& key_hash, int window_seconds) {
  Rows r = c.exec(
      "SELECT count(*), coalesce(extract(epoch FROM now() - max(failed_at))::bigint, 0),"
      "       coalesce(extract(epoch FROM now() - min(failed_at))::bigint, 0)"
      " FROM signin_failures WHERE key_hash = $1 AND failed_at > now() - make_interval(secs => $2::int)",
      {key_hash, std::to_string(window_seconds)});
  return {r.integer(0, 0), r.integer(0, 1), r.integer(0, 2)};
}

void record_failure(Connection& c, const std::string& key_hash) {
  c.exec("INSERT INTO signin_failures (key_hash) VALUES ($1)", {key_hash});
}

void clear_failures(Connection& c, const std::string& key_hash) {
  c.exec("DELETE FROM signin_failures WHERE key_hash = $1", {key_hash});
}

}  // namespace brightpath::server::storage
