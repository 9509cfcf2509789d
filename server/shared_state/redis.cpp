// The one place that speaks hiredis: only its protocol writer and reader, over our own
// socket (redis_socket.cpp), since the Debian version has no TLS.
#include "shared_state/redis.hpp"

#include <hiredis.h>

#include "shared_state/redis_socket.hpp"

namespace brightpath::server::shared_state {
namespace {

RedisReply convert(const redisReply& r) {
  RedisReply out;
  switch (r.type) {
    case REDIS_REPLY_INTEGER:
      out.type = RedisReply::Type::integer;
      out.integer = r.integer;
      break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
      out.type = RedisReply::Type::text;
      out.text.assign(r.str, r.len);
      break;
    case REDIS_REPLY_ARRAY:
      out.type = RedisReply::Type::array;
      out.elements.reserve(r.elements);
      for (std::size_t i = 0; i < r.elements; ++i) out.elements.push_back(convert(*r.element[i]));
      break;
    default:
      break;  // nil
  }
  return out;
}

}  // namespace

class RedisClient::Connection {
 public:
  Connection(const RedisAddress& address, std::chrono::milliseconds timeout, RedisTls* tls)
      : socket_(address, timeout, tls), reader_(redisReaderCreate(), redisReaderFree) {
    if (!reader_) throw RedisUnavailable("out of memory");
    try {
      if (address.password) {
        std::vector<std::string> auth{"AUTH"};
        if (!address.user.empty()) auth.push_back(address.user);
        auth.push_back(*address.password);
        run(auth);
      }
      if (address.db != 0) run({"SELECT", std::to_string(address.db)});
    } catch (const RedisError& e) {
      // A wrong password or database number: every connection will fail the same way.
      throw RedisUnavailable("Redis at " + address.display() + " refused the connection's setup: " + e.what());
    }
  }

  RedisReply run(const std::vector<std::string>& args) {
    std::vector<const char*> argv;
    std::vector<std::size_t> lengths;
    argv.reserve(args.size());
    lengths.reserve(args.size());
    for (const auto& a : args) {
      argv.push_back(a.data());
      lengths.push_back(a.size());
    }
    char* formatted = nullptr;
    const int length = redisFormatCommandArgv(&formatted, static_cast<int>(args.size()), argv.data(), lengths.data());
    if (length < 0) throw RedisError("cannot encode the command " + args.front());
    std::unique_ptr<char, void (*)(char*)> command(formatted, redisFreeCommand);
    void* reply = nullptr;
    try {
      socket_.write_all({formatted, static_cast<std::size_t>(length)});
      while (true) {
        if (redisReaderGetReply(reader_.get(), &reply) != REDIS_OK) {
          throw RedisUnavailable(std::string("Redis answered something unreadable: ") + reader_->errstr);
        }
        if (reply != nullptr) break;
        char buffer[16384];
        const std::size_t n = socket_.read_some(buffer, sizeof buffer);
        redisReaderFeed(reader_.get(), buffer, n);
      }
    } catch (const RedisUnavailable&) {
      broken_ = true;  // the answer may still come: this connection cannot be used again
      throw;
    }
    std::unique_ptr<redisReply, void (*)(void*)> owned(static_cast<redisReply*>(reply), freeReplyObject);
    if (owned->type == REDIS_REPLY_ERROR) {
      throw RedisError(std::string("Redis refused ") + args.front() + ": " + std::string(owned->str, owned->len));
    }
    return convert(*owned);
  }
  [[nodiscard]] bool broken() const { return broken_; }

 private:
  RedisSocket socket_;
  std::unique_ptr<redisReader, void (*)(redisReader*)> reader_;
  bool broken_ = false;
};

RedisClient::RedisClient(RedisAddress address, std::chrono::milliseconds timeout, std::chrono::milliseconds retry_after)
    : address_(std::move(address)), timeout_(timeout), retry_after_(retry_after),
      tls_(address_.tls ? make_redis_tls() : nullptr) {}

RedisClient::~RedisClient() = default;

std::unique_ptr<RedisClient::Connection> RedisClient::acquire(bool& reused) {
  {
    std::lock_guard lock(mutex_);
    if (std::chrono::steady_clock::now() < down_until_) {
      throw RedisUnavailable(last_failure_ + " (moments ago; trying again shortly)");
    }
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      reused = true;
      return connection;
    }
  }
  reused = false;
  try {
    return std::make_unique<Connection>(address_, timeout_, tls_.get());
  } catch (const RedisUnavailable& e) {
    mark_down(e.what());
    throw;
  }
}

void RedisClient::release(std::unique_ptr<Connection> connection) {
  if (connection->broken()) return;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(connection));
}

void RedisClient::mark_down(const std::string& why) {
  std::lock_guard lock(mutex_);
  down_until_ = std::chrono::steady_clock::now() + retry_after_;
  last_failure_ = why;
  idle_.clear();  // opened before the failure: likely broken too
}

RedisReply RedisClient::command(const std::vector<std::string>& args) {
  // Idle connections die with a Redis restart: after one fails, the others are dropped too
  // and a fresh connection gets one try before Redis counts as down.
  for (int attempt = 0;; ++attempt) {
    bool reused = false;
    auto connection = acquire(reused);
    try {
      RedisReply reply = connection->run(args);
      release(std::move(connection));
      return reply;
    } catch (const RedisError&) {
      release(std::move(connection));
      throw;
    } catch (const RedisUnavailable& e) {
      if (reused && attempt == 0) {
        std::lock_guard lock(mutex_);
        idle_.clear();
        continue;
      }
      mark_down(e.what());
      throw;
    }
  }
}

RedisReply RedisClient::eval(std::string_view script, const std::vector<std::string>& keys,
                             const std::vector<std::string>& args) {
  std::vector<std::string> command_args{"EVAL", std::string(script), std::to_string(keys.size())};
  command_args.insert(command_args.end(), keys.begin(), keys.end());
  command_args.insert(command_args.end(), args.begin(), args.end());
  return command(command_args);
}

}  // namespace brightpath::server::shared_state
