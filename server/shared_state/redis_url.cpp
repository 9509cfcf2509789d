#include "shared_state/redis_url.hpp"

#include <charconv>

namespace brightpath::server::shared_state {
namespace {

int parse_number(std::string_view text, int min, int max, const char* what) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw RedisUrlError(std::string("the ") + what + " must be a whole number from " + std::to_string(min) + " to " +
                        std::to_string(max) + ", got \"" + std::string(text) + "\"");
  }
  return value;
}

// %XX escapes, so a password may hold '@', ':' or '/'.
std::string percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%') {
      int byte = 0;
      const char* first = text.data() + i + 1;
      auto [end, ec] = i + 2 < text.size() ? std::from_chars(first, first + 2, byte, 16) : std::from_chars_result{first, std::errc::invalid_argument};
      if (ec != std::errc() || end != first + 2) throw RedisUrlError("a bad %-escape in the user or password");
      out += static_cast<char>(byte);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string RedisAddress::display() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port) + "/" + std::to_string(db) + (tls ? " (TLS)" : "");
}

RedisAddress parse_redis_url(const std::string& url) {
  RedisAddress address;
  std::string_view rest = url;
  if (rest.starts_with("rediss://")) {
    address.tls = true;
    rest.remove_prefix(9);
  } else if (rest.starts_with("redis://")) {
    rest.remove_prefix(8);
  } else {
    throw RedisUrlError("expected redis://[[user]:password@]host[:port][/db] (rediss:// for TLS)");
  }

  const auto slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  if (slash != std::string_view::npos) {
    std::string_view db = rest.substr(slash + 1);
    if (!db.empty()) address.db = parse_number(db, 0, 1000000, "database number after the /");
  }
  // The last '@' ends the credentials: an unescaped '@' in a password still parses.
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) {
    std::string_view credentials = authority.substr(0, at);
    authority = authority.substr(at + 1);
    const auto colon = credentials.find(':');
    if (colon == std::string_view::npos) {
      address.password = percent_decode(credentials);  // redis://secret@host: a password alone
    } else {
      address.user = percent_decode(credentials.substr(0, colon));
      address.password = percent_decode(credentials.substr(colon + 1));
    }
  }
  if (authority.starts_with('[')) {  // [::1]:6379
    const auto close = authority.find(']');
    if (close == std::string_view::npos) throw RedisUrlError("an IPv6 host needs its closing ]");
    address.host = std::string(authority.substr(1, close - 1));
    authority = authority.substr(close + 1);
    if (!authority.empty()) {
      if (authority[0] != ':') throw RedisUrlError("expected :port after the IPv6 host");
      address.port = parse_number(authority.substr(1), 1, 65535, "port");
    }
  } else {
    const auto colon = authority.find(':');
    address.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) address.port = parse_number(authority.substr(colon + 1), 1, 65535, "port");
  }
  if (address.host.empty()) throw RedisUrlError("the host is missing");
  return address;
}

}  // namespace brightpath::server::shared_state
