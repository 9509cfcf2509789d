// Failed sign-ins as rows of `signin_failures` (storage/account_store.cpp holds the SQL).
#include "shared_state/signin_failures.hpp"

namespace brightpath::server::shared_state {
namespace {

class PostgresSigninFailures final : public SigninFailures {
 public:
  explicit PostgresSigninFailures(storage::Pool& pool) : pool_(pool) {}

  storage::FailureCount recent(const std::string& key_hash, int window_seconds) override {
    return pool_.with([&](storage::Connection& c) { return storage::recent_failures(c, key_hash, window_seconds); });
  }
  void record(const std::string& key_hash, int /*window_seconds*/) override {
    pool_.with([&](storage::Connection& c) { storage::record_failure(c, key_hash); });
  }
  void clear(const std::string& key_hash) override {
    pool_.with([&](storage::Connection& c) { storage::clear_failures(c, key_hash); });
  }

 private:
  storage::Pool& pool_;
};

}  // namespace

std::unique_ptr<SigninFailures> postgres_signin_failures(storage::Pool& pool) {
  return std::make_unique<PostgresSigninFailures>(pool);
}

}  // namespace brightpath::server::shared_state
