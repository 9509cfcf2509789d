// Who is calling: the account and the session its token belongs to. No email: the
// session cache, which may live in Redis, holds ids only.
#pragma once

#include <string>

namespace brightpath::server {

struct Principal {
  std::string account_id;
  std::string session_id;
};

}  // namespace brightpath::server
