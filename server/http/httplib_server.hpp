// The HTTP listener (cpp-httplib; this pair of files is its only user): converts requests to
// the server's own types, runs the router, logs one JSON line per request, and answers
// httplib's own refusals (oversized body, malformed request) with the JSON error shape.
#pragma once

#include <memory>
#include <string>

#include "config/config.hpp"
#include "http/router.hpp"

namespace brightpath::server::http {

class HttpServer {
 public:
  HttpServer(const Config& config, const Router& router);
  ~HttpServer();
  // Binds the port (false when it cannot); then run() serves until stop().
  bool bind();
  void run();
  // Stops accepting; requests in progress finish before run() returns.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace brightpath::server::http
