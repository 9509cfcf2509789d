// Sessions seen active, in Redis: `brightpath:session:<SHA-256 of the session id>` holds the
// account id (nothing else: no email), or "ended".
#include "crypto/tokens.hpp"
#include "shared_state/redis.hpp"
#include "shared_state/redis_fallback.hpp"
#include "shared_state/session_cache.hpp"

namespace brightpath::server::shared_state {
namespace {

constexpr std::string_view kEnded = "ended";

std::string key(const std::string& session_id) { return "brightpath:session:" + crypto::sha256_hex(session_id); }

class RedisSessionCache final : public SessionCache {
 public:
  RedisSessionCache(RedisClient& redis, int ttl_seconds, int ended_seconds)
      : redis_(redis), ttl_(std::to_string(ttl_seconds)), ended_(std::to_string(ended_seconds)), enabled_(ttl_seconds > 0) {}

  CachedSession find(const std::string& session_id) override {
    try {
      const RedisReply r = redis_.command({"GET", key(session_id)});
      if (r.type != RedisReply::Type::text) return {};
      if (r.text == kEnded) return {CachedSession::State::ended, ""};
      return {CachedSession::State::active, r.text};
    } catch (const RedisFailure& e) {
      report_redis_fallback("session_cache", e, "every request asks the database whether its session is active");
      return {};
    }
  }

  void remember(const std::string& session_id, const std::string& account_id) override {
    if (!enabled_) return;
    try {
      // NX: a session ended while this server was reading the database keeps its mark.
      redis_.command({"SET", key(session_id), account_id, "EX", ttl_, "NX"});
    } catch (const RedisFailure& e) {
      report_redis_fallback("session_cache", e, "every request asks the database whether its session is active");
    }
  }

  void ended(const std::vector<std::string>& session_ids) override {
    for (const auto& id : session_ids) {
      try {
        redis_.command({"SET", key(id), std::string(kEnded), "EX", ended_});
      } catch (const RedisFailure& e) {
        report_redis_fallback("session_cache", e,
                              "an ended session could not be marked; other servers may trust it until its entry runs out "
                              "(BRIGHTPATH_SESSION_RECHECK_SECONDS)");
      }
    }
  }

 private:
  RedisClient& redis_;
  std::string ttl_;
  std::string ended_;
  bool enabled_;
};

}  // namespace

std::unique_ptr<SessionCache> redis_session_cache(RedisClient& redis, int ttl_seconds, int ended_seconds) {
  return std::make_unique<RedisSessionCache>(redis, ttl_seconds, ended_seconds);
}

}  // namespace brightpath::server::shared_state
