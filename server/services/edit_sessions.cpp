#include "services/edit_sessions.hpp"

namespace brightpath::server {

std::unique_ptr<ValidationSession> EditSessions::take(const std::string& plan_id, int version) {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->plan_id == plan_id) {
      std::unique_ptr<ValidationSession> session;
      if (it->version == version) session = std::move(it->session);
      entries_.erase(it);  // an older version of the plan is of no further use either
      return session;
    }
  }
  return nullptr;
}

void EditSessions::put(const std::string& plan_id, int version, std::unique_ptr<ValidationSession> session) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [&](const Entry& e) { return e.plan_id == plan_id; });
  entries_.push_front({plan_id, version, std::move(session)});
  while (entries_.size() > capacity_) entries_.pop_back();
}

}  // namespace brightpath::server
