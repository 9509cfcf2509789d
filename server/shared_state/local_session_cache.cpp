// Sessions seen active, in this process's memory.
#include <chrono>
#include <mutex>
#include <unordered_map>

#include "shared_state/session_cache.hpp"

namespace brightpath::server::shared_state {
namespace {

constexpr std::size_t kPruneAbove = 100000;  // bound the memory: drop what is stale anyway

class LocalSessionCache final : public SessionCache {
 public:
  explicit LocalSessionCache(int ttl_seconds) : ttl_(ttl_seconds) {}

  CachedSession find(const std::string& session_id) override {
    if (ttl_.count() == 0) return {};
    std::lock_guard lock(mutex_);
    auto it = entries_.find(session_id);
    if (it == entries_.end()) return {};
    if (std::chrono::steady_clock::now() - it->second.checked > ttl_) {
      entries_.erase(it);
      return {};
    }
    return {CachedSession::State::active, it->second.account_id};
  }

  void remember(const std::string& session_id, const std::string& account_id) override {
    if (ttl_.count() == 0) return;
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (entries_.size() > kPruneAbove) std::erase_if(entries_, [&](const auto& e) { return now - e.second.checked > ttl_; });
    entries_[session_id] = {account_id, now};
  }

  void ended(const std::vector<std::string>& session_ids) override {
    std::lock_guard lock(mutex_);
    for (const auto& id : session_ids) entries_.erase(id);
  }

 private:
  struct Entry {
    std::string account_id;
    std::chrono::steady_clock::time_point checked;
  };
  std::chrono::seconds ttl_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace

std::unique_ptr<SessionCache> local_session_cache(int ttl_seconds) { return std::make_unique<LocalSessionCache>(ttl_seconds); }

}  // namespace brightpath::server::shared_state
