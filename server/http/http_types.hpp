// The server's own request and response, so that routes and middleware never see httplib
// (httplib_server.cpp is its one user).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace brightpath::server::http {

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> headers;  // names in lower case
  std::map<std::string, std::string> query;
  std::string body;
  std::string remote_addr;
  std::vector<std::string> params;  // the route pattern's {placeholders}, in order
  std::string request_id;

  [[nodiscard]] std::optional<std::string> header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    if (it == headers.end()) return std::nullopt;
    return it->second;
  }
  [[nodiscard]] std::optional<std::string> cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }

  // A streamed body (server-sent events) instead of `body`: called again and again after
  // the handler returns, with a writer that reports whether the client still listens;
  // returns false once the stream is complete. Each call may wait a little (it runs on
  // an HTTP worker thread, which the stream holds for its whole life).
  using Writer = std::function<bool(std::string_view)>;
  std::function<bool(const Writer&)> stream;
};

}  // namespace brightpath::server::http
