// PostgreSQL access for the storage layer: a small connection pool and parameterized
// queries. This header hides libpq (libpq-fe.h is included by database.cpp only); every SQL
// statement of the server lives in storage/ and passes values as parameters, never by
// splicing them into the text.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace brightpath::server::storage {

// The database cannot be reached (down, restarting, pool exhausted): the HTTP layer answers
// 503 and the server keeps running; the next request tries to reconnect.
struct DatabaseUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// A statement failed for another reason. Its text (SQL, server message) is for the log only.
struct DatabaseError : std::runtime_error {
  DatabaseError(std::string message, std::string sqlstate)
      : std::runtime_error(std::move(message)), sqlstate(std::move(sqlstate)) {}
  std::string sqlstate;
  [[nodiscard]] bool unique_violation() const { return sqlstate == "23505"; }
};

using Param = std::optional<std::string>;  // nullopt is SQL NULL

class Rows {
 public:
  Rows() = default;
  explicit Rows(std::vector<std::vector<std::optional<std::string>>> cells) : cells_(std::move(cells)) {}
  [[nodiscard]] std::size_t size() const { return cells_.size(); }
  [[nodiscard]] bool empty() const { return cells_.empty(); }
  [[nodiscard]] bool is_null(std::size_t row, std::size_t col) const { return !cells_.at(row).at(col); }
  [[nodiscard]] const std::string& text(std::size_t row, std::size_t col) const;
  [[nodiscard]] std::int64_t integer(std::size_t row, std::size_t col) const;
  [[nodiscard]] std::optional<std::string> optional_text(std::size_t row, std::size_t col) const {
    return cells_.at(row).at(col);
  }

 private:
  std::vector<std::vector<std::optional<std::string>>> cells_;
};

class Connection {
 public:
  explicit Connection(const std::string& url);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Rows exec(const std::string& sql, const std::vector<Param>& params = {});
  // Several statements without parameters (migration files).
  void exec_script(const std::string& sql);
  [[nodiscard]] bool healthy() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Pool {
 public:
  Pool(std::string url, std::size_t size, std::chrono::milliseconds acquire_timeout);
  ~Pool();

  // Runs `work` with a connection of the pool (reconnecting a broken one first).
  template <class F>
  auto with(F&& work) {
    Lease lease(*this);
    return work(lease.connection());
  }
  // Runs `work` inside BEGIN ... COMMIT; rolls back when it throws.
  template <class F>
  auto transaction(F&& work) {
    Lease lease(*this);
    Connection& conn = lease.connection();
    conn.exec("BEGIN");
    try {
      if constexpr (std::is_void_v<decltype(work(conn))>) {
        work(conn);
        conn.exec("COMMIT");
      } else {
        auto result = work(conn);
        conn.exec("COMMIT");
        return result;
      }
    } catch (...) {
      if (conn.healthy()) {
        try { conn.exec("ROLLBACK"); } catch (...) {}  // NOLINT: the first error is the one to report
      }
      throw;
    }
  }

 private:
  class Lease {
   public:
    explicit Lease(Pool& pool);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Connection& connection() { return *conn_; }

   private:
    Pool& pool_;
    std::unique_ptr<Connection> conn_;
  };

  std::unique_ptr<Connection> acquire();
  void release(std::unique_ptr<Connection> conn);

  std::string url_;
  std::size_t size_;
  std::chrono::milliseconds acquire_timeout_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;  // connections handed out or idle
};

}  // namespace brightpath::server::storage
