// Runs solve jobs: worker threads claim the oldest queued job (or one whose lease ran out
// because its worker died) with FOR UPDATE SKIP LOCKED, renew the lease while the solver
// reports progress, and store the result as a draft. The same runner serves the HTTP
// server's worker threads and `brightpath-server --worker` processes.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "config/config.hpp"
#include "storage/database.hpp"

namespace brightpath::server {

class JobRunner {
 public:
  JobRunner(storage::Pool& pool, const Config& config);
  ~JobRunner();
  void start(int threads);
  // Stops claiming; a job being solved is stopped and handed back to the queue (its lease
  // released), so another worker takes it up. Returns when every thread has ended.
  void stop();
  void wake();  // a job was queued in this process

 private:
  void loop(int index);
  bool run_one(const std::string& owner);

  storage::Pool& pool_;
  const Config& config_;
  std::string owner_prefix_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::thread> threads_;
};

}  // namespace brightpath::server
