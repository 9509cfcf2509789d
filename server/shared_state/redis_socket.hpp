// One connection to Redis as bytes: TCP, or TLS for rediss:// (what ElastiCache's in-transit
// encryption needs; Debian's hiredis 0.14 has no TLS, so the transport is ours and hiredis
// only writes and parses the protocol). Connecting, and every read and write, time out.
// redis_socket.cpp is the only file that includes OpenSSL's TLS headers for Redis.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string_view>

#include "shared_state/redis_url.hpp"

struct ssl_st;

namespace brightpath::server::shared_state {

// The client's TLS settings, shared by every connection: TLS 1.2 or later, the server's
// certificate checked against the system's trusted CAs (OpenSSL's SSL_CERT_FILE and
// SSL_CERT_DIR are honoured) and against the URL's host name.
class RedisTls;
std::shared_ptr<RedisTls> make_redis_tls();

class RedisSocket {
 public:
  // Throws RedisUnavailable saying why (resolving, connecting, the TLS handshake).
  RedisSocket(const RedisAddress& address, std::chrono::milliseconds timeout, RedisTls* tls);
  ~RedisSocket();
  RedisSocket(const RedisSocket&) = delete;
  RedisSocket& operator=(const RedisSocket&) = delete;

  // Throw RedisUnavailable on a timeout, a closed connection or any other error.
  void write_all(std::string_view bytes);
  std::size_t read_some(char* buffer, std::size_t size);  // at least one byte

 private:
  [[noreturn]] void fail(const char* doing, int result);
  void close_all();  // the destructor, and a constructor that gives up half way
  int fd_ = -1;
  ssl_st* ssl_ = nullptr;
  std::chrono::milliseconds timeout_;
};

}  // namespace brightpath::server::shared_state
