// Accounts and sessions: sign up, sign in (throttled), token refresh with rotation, sign
// out, password change, account deletion, and turning an access token into a Principal.
#pragma once

#include <chrono>
#include <optional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "config/config.hpp"
#include "services/principal.hpp"
#include "storage/database.hpp"

namespace brightpath::server {

struct IssuedSession {
  std::string account_id;
  std::string email;
  std::string session_id;
  std::string access_token;
  int access_expires_in = 0;  // seconds
  std::string refresh_token;
  int refresh_expires_in = 0;
};

class AccountService {
 public:
  AccountService(storage::Pool& pool, const Config& config) : pool_(pool), config_(config) {}

  IssuedSession sign_up(const std::string& email, const std::string& password);
  IssuedSession sign_in(const std::string& email, const std::string& password, const std::string& address);
  IssuedSession refresh(const std::string& refresh_token);
  void sign_out(const Principal& who);
  void change_password(const Principal& who, const std::string& current, const std::string& next);
  void delete_account(const Principal& who, const std::string& password);
  // Throws ApiError 401 unless the token is valid and its session still active.
  Principal authenticate(const std::string& access_token);

 private:
  IssuedSession issue(const std::string& account_id, const std::string& email, const std::string& session_id,
                      const std::string& refresh_token) const;
  void check_throttle(const std::string& key_hash, int lock_after, bool slow_down);

  // Sessions this process has recently seen active, so that not every request asks the
  // database. Revocations made by this process evict at once; those made by another server
  // take effect here within BRIGHTPATH_SESSION_RECHECK_SECONDS.
  struct CachedSession {
    Principal principal;
    std::chrono::steady_clock::time_point checked;
  };
  std::optional<Principal> cached(const std::string& session_id);
  void remember(const Principal& principal);
  void forget_session(const std::string& session_id);
  void forget_account(const std::string& account_id);

  storage::Pool& pool_;
  const Config& config_;
  std::mutex cache_mutex_;
  std::unordered_map<std::string, CachedSession> session_cache_;
};

}  // namespace brightpath::server
