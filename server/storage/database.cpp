// The one place that speaks libpq.
#include "storage/database.hpp"

#include <libpq-fe.h>

#include <charconv>

namespace brightpath::server::storage {

const std::string& Rows::text(std::size_t row, std::size_t col) const {
  const auto& cell = cells_.at(row).at(col);
  if (!cell) throw DatabaseError("unexpected NULL in column " + std::to_string(col), "");
  return *cell;
}

std::int64_t Rows::integer(std::size_t row, std::size_t col) const {
  const std::string& s = text(row, col);
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size()) throw DatabaseError("not an integer: column " + std::to_string(col), "");
  return value;
}

struct Connection::Impl {
  PGconn* conn = nullptr;
};

Connection::Connection(const std::string& url) : impl_(std::make_unique<Impl>()) {
  // connect_timeout bounds a connection attempt to an unreachable host; a stopped local
  // server refuses at once.
  const char* keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
  const char* values[] = {url.c_str(), "3", "brightpath-server", nullptr};
  impl_->conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (impl_->conn == nullptr || PQstatus(impl_->conn) != CONNECTION_OK) {
    std::string why = impl_->conn != nullptr ? PQerrorMessage(impl_->conn) : "out of memory";
    if (impl_->conn != nullptr) PQfinish(impl_->conn);
    impl_->conn = nullptr;
    throw DatabaseUnavailable("cannot connect to the database: " + why);
  }
}

Connection::~Connection() {
  if (impl_ && impl_->conn != nullptr) PQfinish(impl_->conn);
}

bool Connection::healthy() const { return impl_->conn != nullptr && PQstatus(impl_->conn) == CONNECTION_OK; }

namespace {
Rows take_rows(PGconn* conn, PGresult* result) {
  if (result == nullptr) throw DatabaseUnavailable(std::string("database connection lost: ") + PQerrorMessage(conn));
  ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    std::string message = PQresultErrorMessage(result);
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    std::string sqlstate = state != nullptr ? state : "";
    PQclear(result);
    // Class 08 (connection exception), 57P (operator intervention: shutdown) and a dead
    // connection all mean "not reachable right now", not "this statement is wrong".
    if (PQstatus(conn) != CONNECTION_OK || sqlstate.starts_with("08") || sqlstate.starts_with("57P")) {
      throw DatabaseUnavailable("database unavailable: " + message);
    }
    throw DatabaseError(message, sqlstate);
  }
  std::vector<std::vector<std::optional<std::string>>> cells;
  const int rows = PQntuples(result);
  const int cols = PQnfields(result);
  cells.reserve(static_cast<std::size_t>(rows));
  for (int r = 0; r < rows; ++r) {
    auto& row = cells.emplace_back();
    row.reserve(static_cast<std::size_t>(cols));
    for (int c = 0; c < cols; ++c) {
      if (PQgetisnull(result, r, c) != 0) {
        row.emplace_back(std::nullopt);
      } else {
        row.emplace_back(std::string(PQgetvalue(result, r, c), static_cast<std::size_t>(PQgetlength(result, r, c))));
      }
    }
  }
  PQclear(result);
  return Rows(std::move(cells));
}
}  // namespace

Rows Connection::exec(const std::string& sql, const std::vector<Param>& params) {
  if (!healthy()) throw DatabaseUnavailable("database connection lost");
  std::vector<const char*> values;
  std::vector<int> lengths;
  values.reserve(params.size());
  lengths.reserve(params.size());
  for (const auto& p : params) {
    values.push_back(p ? p->c_str() : nullptr);
    lengths.push_back(p ? static_cast<int>(p->size()) : 0);
  }
  PGresult* result = PQexecParams(impl_->conn, sql.c_str(), static_cast<int>(params.size()), nullptr,
                                  values.data(), lengths.data(), nullptr, 0);
  return take_rows(impl_->conn, result);
}

void Connection::exec_script(const std::string& sql) {
  if (!healthy()) throw DatabaseUnavailable("database connection lost");
  take_rows(impl_->conn, PQexec(impl_->conn, sql.c_str()));
}

Pool::Pool(std::string url, std::size_t size, std::chrono::milliseconds acquire_timeout)
    : url_(std::move(url)), size_(size), acquire_timeout_(acquire_timeout) {}

Pool::~Pool() = default;

std::unique_ptr<Connection> Pool::acquire() {
  std::unique_lock lock(mutex_);
  if (!available_.wait_for(lock, acquire_timeout_, [&] { return !idle_.empty() || open_ < size_; })) {
    throw DatabaseUnavailable("no database connection free within the wait limit");
  }
  if (!idle_.empty()) {
    auto conn = std::move(idle_.back());
    idle_.pop_back();
    if (conn->healthy()) return conn;
    --open_;  // a broken one: drop it and open a fresh one below
  }
  ++open_;
  lock.unlock();
  try {
    return std::make_unique<Connection>(url_);
  } catch (...) {
    lock.lock();
    --open_;
    available_.notify_one();
    throw;
  }
}

void Pool::release(std::unique_ptr<Connection> conn) {
  std::lock_guard lock(mutex_);
  if (conn && conn->healthy()) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;
  }
  available_.notify_one();
}

Pool::Lease::Lease(Pool& pool) : pool_(pool), conn_(pool.acquire()) {}
Pool::Lease::~Lease() { pool_.release(std::move(conn_)); }

}  // namespace brightpath::server::storage
