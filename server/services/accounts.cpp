#include "services/accounts.hpp"

#include <algorithm>
#include <chrono>

#include "crypto/password.hpp"
#include "crypto/tokens.hpp"
#include "metrics.hpp"
#include "services/api_error.hpp"
#include "storage/account_store.hpp"
#include "storage/household_store.hpp"

namespace brightpath::server {
namespace {

constexpr std::size_t kMinPasswordLength = 10;
constexpr std::size_t kMaxPasswordLength = 1024;  // argon2 takes any length; bound the work
constexpr std::size_t kMaxEmailLength = 254;

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

void check_email(const std::string& email) {
  const auto at = email.find('@');
  if (email.size() > kMaxEmailLength || at == std::string::npos || at == 0 || at + 1 >= email.size() ||
      email.find_first_of(" \t\r\n") != std::string::npos) {
    throw ApiError(400, "invalid_request", "email: expected an address like name@example.org",
                   boost::json::object{{"field", "email"}});
  }
}

void check_password(const std::string& password, const char* field) {
  if (password.size() < kMinPasswordLength || password.size() > kMaxPasswordLength) {
    throw ApiError(400, "weak_password",
                   std::string(field) + ": a password needs " + std::to_string(kMinPasswordLength) + " to " +
                       std::to_string(kMaxPasswordLength) + " characters",
                   boost::json::object{{"field", field}});
  }
}

ApiError bad_credentials() { return ApiError(401, "invalid_credentials", "wrong email or password"); }

std::string account_key(const std::string& email) {
  std::string lower = email;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return crypto::sha256_hex("account:" + lower);
}

}  // namespace

IssuedSession AccountService::issue(const std::string& account_id, const std::string& email,
                                    const std::string& session_id, const std::string& refresh_token) const {
  const std::int64_t now = unix_now();
  IssuedSession s;
  s.account_id = account_id;
  s.email = email;
  s.session_id = session_id;
  s.access_expires_in = config_.access_token_seconds;
  s.access_token = crypto::sign_access_token({account_id, session_id, now, now + config_.access_token_seconds},
                                             config_.signing_key);
  s.refresh_token = refresh_token;
  s.refresh_expires_in = config_.session_days * 86400;
  return s;
}

IssuedSession AccountService::sign_up(const std::string& email, const std::string& password) {
  check_email(email);
  check_password(password, "password");
  const std::string hash = crypto::hash_password(password, {2, config_.argon2_memory_kib, 1});
  const std::string refresh = crypto::random_token();
  try {
    return pool_.transaction([&](storage::Connection& c) {
      std::string id = storage::insert_account(c, email, hash);
      std::string session = storage::insert_session(c, id, config_.session_days, crypto::sha256_hex(refresh));
      return issue(id, email, session, refresh);
    });
  } catch (const storage::DatabaseError& e) {
    if (e.unique_violation()) throw ApiError(409, "email_taken", "an account with this email already exists");
    throw;
  }
}

void AccountService::check_throttle(const std::string& key_hash, int lock_after, bool slow_down) {
  const storage::FailureCount f = failures_.recent(key_hash, config_.signin_window_seconds);
  if (f.count >= lock_after) {
    ApiError e(429, "signin_locked", "too many failed sign-ins; try again later");
    e.retry_after = static_cast<int>(std::max<std::int64_t>(1, config_.signin_window_seconds - f.seconds_since_first));
    throw e;
  }
  if (slow_down && f.count >= config_.signin_free_failures) {
    // Each failure beyond the free ones doubles the wait before the next try (1 s, 2 s, ...).
    const std::int64_t exponent = std::min<std::int64_t>(f.count - config_.signin_free_failures, 12);
    const std::int64_t wait = std::int64_t{1} << exponent;
    if (f.seconds_since_last < wait) {
      ApiError e(429, "signin_throttled", "too many failed sign-ins; wait before trying again");
      e.retry_after = static_cast<int>(wait - f.seconds_since_last);
      throw e;
    }
  }
}

IssuedSession AccountService::sign_in(const std::string& email, const std::string& password, const std::string& address) {
  const std::string by_account = account_key(email);
  const std::string by_address = crypto::sha256_hex("address:" + address);
  // One account is slowed, then locked; one address (shared by a whole school's NAT, say)
  // only meets a much higher lock.
  try {
    check_throttle(by_account, config_.signin_lock_failures, true);
    check_throttle(by_address, config_.signin_address_lock_failures, false);
  } catch (const ApiError&) {
    metrics().count("brightpath_signins_total", {{"result", "refused"}});
    throw;
  }

  auto account = pool_.with([&](storage::Connection& c) { return storage::find_account_by_email(c, email); });
  // Without an account, verify against a fixed hash anyway so both answers take as long.
  static const std::string kDummy = crypto::hash_password("not a password of anyone", {2, 19 * 1024, 1});
  const bool ok = crypto::verify_password(account ? account->password_hash : kDummy, password) && account.has_value();
  if (!ok) {
    failures_.record(by_account, config_.signin_window_seconds);
    failures_.record(by_address, config_.signin_window_seconds);
    metrics().count("brightpath_signins_total", {{"result", "failed"}});
    throw bad_credentials();
  }
  metrics().count("brightpath_signins_total", {{"result", "succeeded"}});
  failures_.clear(by_account);
  const std::string refresh = crypto::random_token();
  return pool_.transaction([&](storage::Connection& c) {
    std::string session = storage::insert_session(c, account->id, config_.session_days, crypto::sha256_hex(refresh));
    return issue(account->id, account->email, session, refresh);
  });
}

IssuedSession AccountService::refresh(const std::string& refresh_token) {
  const std::string next = crypto::random_token();
  auto result = pool_.transaction([&](storage::Connection& c) {
    return storage::rotate_refresh_token(c, crypto::sha256_hex(refresh_token), crypto::sha256_hex(next));
  });
  if (result.outcome == storage::RefreshOutcome::reused) {
    sessions_.ended({result.session_id});
    throw ApiError(401, "refresh_token_reused", "this refresh token was already used; the session has been ended");
  }
  if (result.outcome != storage::RefreshOutcome::rotated) {
    throw ApiError(401, "invalid_refresh_token", "the refresh token is unknown, expired or revoked");
  }
  return issue(result.account.id, result.account.email, result.session_id, next);
}

void AccountService::sign_out(const Principal& who) {
  pool_.with([&](storage::Connection& c) { storage::revoke_session(c, who.session_id); });
  sessions_.ended({who.session_id});
}

void AccountService::change_password(const Principal& who, const std::string& current, const std::string& next) {
  check_password(next, "new_password");
  auto account = pool_.with([&](storage::Connection& c) { return storage::find_account(c, who.account_id); });
  if (!account || !crypto::verify_password(account->password_hash, current)) {
    throw ApiError(403, "invalid_credentials", "current_password is wrong", boost::json::object{{"field", "current_password"}});
  }
  const std::string hash = crypto::hash_password(next, {2, config_.argon2_memory_kib, 1});
  auto ended = pool_.transaction([&](storage::Connection& c) {
    storage::update_password(c, who.account_id, hash);
    return storage::revoke_sessions_except(c, who.account_id, who.session_id);
  });
  sessions_.ended(ended);
}

void AccountService::delete_account(const Principal& who, const std::string& password) {
  auto account = pool_.with([&](storage::Connection& c) { return storage::find_account(c, who.account_id); });
  if (!account || !crypto::verify_password(account->password_hash, password)) {
    throw ApiError(403, "invalid_credentials", "password is wrong", boost::json::object{{"field", "password"}});
  }
  auto ended = pool_.transaction([&](storage::Connection& c) {
    auto orphaned = storage::households_sole_owner_with_others(c, who.account_id);
    if (!orphaned.empty()) {
      boost::json::array ids;
      for (const auto& id : orphaned) ids.emplace_back(id);
      throw ApiError(409, "sole_owner",
                     "this account is the only owner of households that have other members; make another member an "
                     "owner or delete those households first",
                     boost::json::object{{"households", ids}});
    }
    // Households nobody else belongs to go with the account: nothing of them stays behind.
    for (const auto& id : storage::households_only_member(c, who.account_id)) storage::delete_household(c, id);
    auto sessions = storage::session_ids(c, who.account_id);
    storage::delete_account(c, who.account_id);
    return sessions;
  });
  sessions_.ended(ended);
}

Principal AccountService::authenticate(const std::string& access_token) {
  auto claims = crypto::verify_access_token(access_token, config_.signing_key, config_.signing_key_previous, unix_now());
  if (!claims) throw ApiError(401, "unauthenticated", "sign in first: the access token is missing, invalid or expired");
  const shared_state::CachedSession hit = sessions_.find(claims->session_id);
  metrics().count(hit.state == shared_state::CachedSession::State::unknown ? "brightpath_cache_misses_total"
                                                                           : "brightpath_cache_hits_total",
                  {{"cache", "sessions"}});
  const ApiError ended(401, "unauthenticated", "this session has ended; sign in again");
  if (hit.state == shared_state::CachedSession::State::ended) throw ended;
  if (hit.state == shared_state::CachedSession::State::active && hit.account_id == claims->account_id) {
    return {claims->account_id, claims->session_id};
  }
  auto account = pool_.with([&](storage::Connection& c) { return storage::active_session_account(c, claims->session_id); });
  if (!account || account->id != claims->account_id) throw ended;
  sessions_.remember(claims->session_id, account->id);
  return {account->id, claims->session_id};
}

std::string AccountService::email(const Principal& who) {
  auto account = pool_.with([&](storage::Connection& c) { return storage::find_account(c, who.account_id); });
  if (!account) throw ApiError(401, "unauthenticated", "this session has ended; sign in again");
  return account->email;
}

}  // namespace brightpath::server
