#include "shared_state/redis_socket.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "shared_state/redis.hpp"

namespace brightpath::server::shared_state {

class RedisTls {
 public:
  RedisTls() : context_(SSL_CTX_new(TLS_client_method()), SSL_CTX_free) {
    if (!context_) throw RedisUnavailable("cannot set up TLS: " + last_error());
    SSL_CTX_set_min_proto_version(context_.get(), TLS1_2_VERSION);
    SSL_CTX_set_verify(context_.get(), SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_set_default_verify_paths(context_.get()) != 1) throw RedisUnavailable("cannot load the trusted CAs: " + last_error());
  }
  SSL_CTX* get() { return context_.get(); }
  static std::string last_error() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) return "no detail";
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
  }

 private:
  std::unique_ptr<SSL_CTX, void (*)(SSL_CTX*)> context_;
};

std::shared_ptr<RedisTls> make_redis_tls() { return std::make_shared<RedisTls>(); }

namespace {

bool is_ip_literal(const std::string& host) {
  unsigned char buf[sizeof(in6_addr)];
  return inet_pton(AF_INET, host.c_str(), buf) == 1 || inet_pton(AF_INET6, host.c_str(), buf) == 1;
}

// A non-blocking connect bounded by `timeout`; the socket is blocking again afterwards.
int connect_with_timeout(const addrinfo& ai, std::chrono::milliseconds timeout, std::string& why) {
  const int fd = socket(ai.ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    why = std::strerror(errno);
    return -1;
  }
  int rc = connect(fd, ai.ai_addr, ai.ai_addrlen);
  if (rc != 0 && errno == EINPROGRESS) {
    pollfd p{fd, POLLOUT, 0};
    rc = poll(&p, 1, static_cast<int>(timeout.count()));
    if (rc == 0) {
      why = "timed out after " + std::to_string(timeout.count()) + " ms";
      close(fd);
      return -1;
    }
    int error = 0;
    socklen_t length = sizeof error;
    if (rc < 0 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0) error = errno;
    if (error != 0) errno = error;
    rc = error == 0 ? 0 : -1;
  }
  if (rc != 0) {
    why = std::strerror(errno);
    close(fd);
    return -1;
  }
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  const timeval tv{static_cast<time_t>(timeout.count() / 1000), static_cast<suseconds_t>((timeout.count() % 1000) * 1000)};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  const int on = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
  setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
  return fd;
}

}  // namespace

RedisSocket::RedisSocket(const RedisAddress& address, std::chrono::milliseconds timeout, RedisTls* tls)
    : timeout_(timeout) {
  const std::string where = "Redis at " + address.display();
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (const int rc = getaddrinfo(address.host.c_str(), std::to_string(address.port).c_str(), &hints, &found); rc != 0) {
    throw RedisUnavailable("cannot resolve " + where + ": " + gai_strerror(rc));
  }
  std::string why = "no address";
  for (const addrinfo* ai = found; ai != nullptr && fd_ < 0; ai = ai->ai_next) fd_ = connect_with_timeout(*ai, timeout, why);
  freeaddrinfo(found);
  if (fd_ < 0) throw RedisUnavailable("cannot connect to " + where + ": " + why);
  if (tls == nullptr) return;

  ssl_ = SSL_new(tls->get());
  if (ssl_ == nullptr || SSL_set_fd(ssl_, fd_) != 1) {
    close_all();
    throw RedisUnavailable("cannot set up TLS to " + where + ": " + RedisTls::last_error());
  }
  X509_VERIFY_PARAM* check = SSL_get0_param(ssl_);
  if (is_ip_literal(address.host)) {
    X509_VERIFY_PARAM_set1_ip_asc(check, address.host.c_str());
  } else {
    SSL_set_tlsext_host_name(ssl_, address.host.c_str());
    X509_VERIFY_PARAM_set1_host(check, address.host.c_str(), 0);
  }
  if (SSL_connect(ssl_) != 1) {
    const long verify = SSL_get_verify_result(ssl_);
    std::string reason = verify != X509_V_OK ? X509_verify_cert_error_string(verify) : RedisTls::last_error();
    close_all();
    throw RedisUnavailable("TLS handshake with " + where + " failed: " + reason);
  }
}

RedisSocket::~RedisSocket() { close_all(); }

void RedisSocket::close_all() {
  if (ssl_ != nullptr) SSL_free(ssl_);
  if (fd_ >= 0) close(fd_);
  ssl_ = nullptr;
  fd_ = -1;
}

void RedisSocket::fail(const char* doing, int result) {
  int error = errno;
  if (ssl_ != nullptr) {
    const int ssl_error = SSL_get_error(ssl_, result);
    if (ssl_error == SSL_ERROR_ZERO_RETURN) throw RedisUnavailable(std::string("Redis closed the connection while ") + doing);
    if (ssl_error != SSL_ERROR_SYSCALL && ssl_error != SSL_ERROR_WANT_READ && ssl_error != SSL_ERROR_WANT_WRITE) {
      throw RedisUnavailable(std::string("TLS error while ") + doing + ": " + RedisTls::last_error());
    }
  }
  if (result == 0) throw RedisUnavailable(std::string("Redis closed the connection while ") + doing);
  if (error == EAGAIN || error == EWOULDBLOCK) {
    throw RedisUnavailable(std::string("Redis did not answer within ") + std::to_string(timeout_.count()) + " ms while " + doing);
  }
  throw RedisUnavailable(std::string("Redis connection failed while ") + doing + ": " + std::strerror(error));
}

void RedisSocket::write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    const int chunk = static_cast<int>(std::min<std::size_t>(bytes.size(), 1 << 20));
    const long n = ssl_ != nullptr ? SSL_write(ssl_, bytes.data(), chunk) : send(fd_, bytes.data(), static_cast<std::size_t>(chunk), MSG_NOSIGNAL);
    if (n <= 0) fail("sending", static_cast<int>(n));
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::size_t RedisSocket::read_some(char* buffer, std::size_t size) {
  const int chunk = static_cast<int>(std::min<std::size_t>(size, 1 << 20));
  const long n = ssl_ != nullptr ? SSL_read(ssl_, buffer, chunk) : recv(fd_, buffer, static_cast<std::size_t>(chunk), 0);
  if (n <= 0) fail("reading", static_cast<int>(n));
  return static_cast<std::size_t>(n);
}

}  // namespace brightpath::server::shared_state
