// Who is calling: the account and the session its token belongs to.
#pragma once

#include <string>

namespace brightpath::server {

struct Principal {
  std::string account_id;
  std::string session_id;
  std::string email;
};

}  // namespace brightpath::server
