// Accounts and sessions: sign up, sign in (throttled), token refresh with rotation, sign
// out, password change, account deletion, and turning an access token into a Principal.
#pragma once

#include <string>

#include "config/config.hpp"
#include "services/principal.hpp"
#include "shared_state/session_cache.hpp"
#include "shared_state/signin_failures.hpp"
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
  AccountService(storage::Pool& pool, const Config& config, shared_state::SigninFailures& failures,
                 shared_state::SessionCache& sessions)
      : pool_(pool), config_(config), failures_(failures), sessions_(sessions) {}

  IssuedSession sign_up(const std::string& email, const std::string& password);
  IssuedSession sign_in(const std::string& email, const std::string& password, const std::string& address);
  IssuedSession refresh(const std::string& refresh_token);
  void sign_out(const Principal& who);
  void change_password(const Principal& who, const std::string& current, const std::string& next);
  void delete_account(const Principal& who, const std::string& password);
  // Throws ApiError 401 unless the token is valid and its session still active.
  Principal authenticate(const std::string& access_token);
  // The caller's email, read from the database (the session cache holds no email).
  std::string email(const Principal& who);

 private:
  IssuedSession issue(const std::string& account_id, const std::string& email, const std::string& session_id,
                      const std::string& refresh_token) const;
  void check_throttle(const std::string& key_hash, int lock_after, bool slow_down);

  storage::Pool& pool_;
  const Config& config_;
  shared_state::SigninFailures& failures_;
  // Sessions recently seen active (shared_state/session_cache.hpp says for how long and
  // where); every revocation below tells it which sessions ended.
  shared_state::SessionCache& sessions_;
};

}  // namespace brightpath::server
