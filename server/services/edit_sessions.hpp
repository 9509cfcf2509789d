// The core's ValidationSession of plan versions that were just saved through edit
// commands, so the next edit against that version skips reading, decoding and fully
// validating the document again (for the co-op plan most of an edit's cost). Versions never
// change once stored, so an entry for (plan, version) is right as long as it exists, in
// every process. A session is taken out while it is used and put back under its new
// version after a successful save; a rejected edit or a conflict simply drops it.
#pragma once

#include <brightpath/session.hpp>
#include <list>
#include <memory>
#include <mutex>
#include <string>

namespace brightpath::server {

class EditSessions {
 public:
  explicit EditSessions(std::size_t capacity) : capacity_(capacity) {}
  std::unique_ptr<ValidationSession> take(const std::string& plan_id, int version);
  void put(const std::string& plan_id, int version, std::unique_ptr<ValidationSession> session);

 private:
  struct Entry {
    std::string plan_id;
    int version;
    std::unique_ptr<ValidationSession> session;
  };
  std::size_t capacity_;
  std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
};

}  // namespace brightpath::server
