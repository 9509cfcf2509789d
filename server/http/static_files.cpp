#include "http/static_files.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace brightpath::server::http {
namespace {

namespace fs = std::filesystem;

// Vite names every file under assets/ by a hash of its content: a changed file gets a new
// name, so browsers may keep these for a year without asking again.
constexpr const char* kImmutable = "public, max-age=31536000, immutable";
// index.html and the unhashed files (config.json) name the current assets: always revalidate.
constexpr const char* kRevalidate = "no-cache";

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool within(const fs::path& root, const fs::path& candidate) {
  const std::string r = root.string();
  const std::string c = candidate.string();
  return c == r || (c.size() > r.size() && c.compare(0, r.size(), r) == 0 && c[r.size()] == '/');
}

}  // namespace

std::string content_type_for(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".wasm", "application/wasm"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".webmanifest", "application/manifest+json"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
  };
  auto it = types.find(file.extension().string());
  return it != types.end() ? it->second : "application/octet-stream";
}

StaticFiles::StaticFiles(const fs::path& root) {
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec || !fs::is_regular_file(root_ / "index.html")) {
    throw std::runtime_error("BRIGHTPATH_WEB_ROOT: " + root.string() + " is not a directory holding index.html");
  }
}

// The file a URL path names, only if it is a regular file inside the root after every
// symbolic link is followed; nothing for "..", "." or an empty segment.
std::optional<fs::path> StaticFiles::resolve(const std::string& url_path) const {
  fs::path relative;
  std::size_t pos = 1;
  while (pos <= url_path.size()) {
    std::size_t end = url_path.find('/', pos);
    if (end == std::string::npos) end = url_path.size();
    const std::string segment = url_path.substr(pos, end - pos);
    if (segment.empty() && end == url_path.size()) break;  // a trailing slash
    if (segment.empty() || segment == "." || segment == ".." || segment.find('\0') != std::string::npos ||
        segment.find('\\') != std::string::npos) {
      return std::nullopt;
    }
    relative /= segment;
    pos = end + 1;
  }
  if (relative.empty()) return std::nullopt;
  std::error_code ec;
  const fs::path file = fs::canonical(root_ / relative, ec);
  if (ec || !within(root_, file) || !fs::is_regular_file(file, ec)) return std::nullopt;
  return file;
}

bool StaticFiles::serve(const Request& req, Response& res) const {
  if (req.method != "GET" && req.method != "HEAD") return false;
  const std::string& path = req.path;
  if (path.empty() || path[0] != '/' || path.starts_with("/api/") || path == "/api") return false;
  // A traversal attempt is refused outright rather than answered with the app.
  for (std::size_t at = path.find(".."); at != std::string::npos; at = path.find("..", at + 1)) {
    const bool starts = path[at - 1] == '/';
    const bool ends = at + 2 == path.size() || path[at + 2] == '/';
    if (starts && ends) return false;
  }

  fs::path file;
  std::string cache = kRevalidate;
  if (auto found = resolve(path)) {
    file = *found;
    if (path.starts_with("/assets/")) cache = kImmutable;
  } else if (path.starts_with("/assets/")) {
    // A hashed file that is not there is a stale page asking for an old build: answering it
    // with index.html would hide that behind a script of the wrong type.
    return false;
  } else {
    file = root_ / "index.html";  // a route of the app itself
  }
  res.status = 200;
  res.content_type = content_type_for(file);
  res.body = read_file(file);
  res.set_header("Cache-Control", cache);
  return true;
}

}  // namespace brightpath::server::http
