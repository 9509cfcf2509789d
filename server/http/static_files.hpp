// The built web app (web/dist) served at `/` next to the API, so one process is all a family
// needs locally. Production serves the same files from S3 + CloudFront instead.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "http/http_types.hpp"

namespace brightpath::server::http {

class StaticFiles {
 public:
  // `root` must be a directory holding index.html; throws std::runtime_error naming it otherwise.
  explicit StaticFiles(const std::filesystem::path& root);

  // Answers a GET or HEAD of a path outside /api/ with a file of the root, or with
  // index.html for a path the app routes itself (/invitations/<token>, /households/...).
  // Returns false when the path is not the app's to answer (then the caller's 404 stands).
  bool serve(const Request& req, Response& res) const;

 private:
  std::optional<std::filesystem::path> resolve(const std::string& url_path) const;
  std::filesystem::path root_;
};

// "application/wasm" for x.wasm; "application/octet-stream" for what it does not know.
std::string content_type_for(const std::filesystem::path& file);

}  // namespace brightpath::server::http
