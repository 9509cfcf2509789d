#include "http/httplib_server.hpp"

#include <httplib.h>

#include <chrono>

#include "crypto/tokens.hpp"
#include "log.hpp"
#include "metrics.hpp"

namespace brightpath::server::http {
namespace {

bool acceptable_request_id(const std::string& id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' && c != ':') return false;
  }
  return true;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Per worker thread: when the current request started and what the router matched.
thread_local std::chrono::steady_clock::time_point request_start;
thread_local std::string matched_route;

}  // namespace

struct HttpServer::Impl {
  const Config& config;
  const Router& router;
  httplib::Server server;

  Impl(const Config& c, const Router& r) : config(c), router(r) {}

  static std::string request_id_of(const httplib::Request& req) {
    std::string incoming = req.get_header_value("X-Request-Id");
    return acceptable_request_id(incoming) ? incoming : crypto::random_token(12);
  }

  void dispatch(const httplib::Request& in, httplib::Response& out) {
    Request req;
    req.method = in.method;
    req.path = in.path;
    req.body = in.body;
    req.remote_addr = in.remote_addr;
    if (config.trust_proxy) {
      // The load balancer appends the address it saw; earlier entries are the client's word.
      std::string forwarded = in.get_header_value("X-Forwarded-For");
      if (!forwarded.empty()) {
        auto comma = forwarded.rfind(',');
        std::string last = comma == std::string::npos ? forwarded : forwarded.substr(comma + 1);
        last.erase(0, last.find_first_not_of(' '));
        if (!last.empty()) req.remote_addr = last;
      }
    }
    for (const auto& [k, v] : in.headers) req.headers.emplace(lower(k), v);
    for (const auto& [k, v] : in.params) req.query.emplace(k, v);
    req.request_id = request_id_of(in);

    Response res;
    matched_route = router.handle(req, res);
    out.status = res.status;
    for (const auto& [k, v] : res.headers) out.set_header(k, v);
    if (res.stream) {
      out.set_chunked_content_provider(res.content_type, [stream = res.stream](std::size_t, httplib::DataSink& sink) {
        const bool more = stream([&sink](std::string_view text) { return sink.write(text.data(), text.size()); });
        if (!more) sink.done();
        return true;
      });
    } else if (res.status != 204) {
      out.set_content(res.body, res.content_type);
    }
    out.set_header("X-Request-Id", req.request_id);
  }

  void configure() {
    server.new_task_queue = [threads = config.http_threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    server.set_payload_max_length(config.max_body_bytes);
    // httplib closes a keep-alive connection after 5 requests by default; load balancers
    // and benchmarks keep connections for much longer.
    server.set_keep_alive_max_count(100000);
    // Without TCP_NODELAY a response written in two parts (headers, body) waits ~40 ms for
    // the client's delayed ACK on every keep-alive request.
    server.set_tcp_nodelay(true);
    server.set_read_timeout(10, 0);
    server.set_write_timeout(10, 0);

    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
      request_start = std::chrono::steady_clock::now();
      matched_route.clear();
      return httplib::Server::HandlerResponse::Unhandled;
    });
    auto handler = [this](const httplib::Request& in, httplib::Response& out) { dispatch(in, out); };
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    server.Delete(".*", handler);
    server.Options(".*", handler);

    // httplib's own refusals (413, 400 for a malformed request line, ...) get the JSON shape.
    server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      // httplib parses form bodies itself and refuses those over 8 KiB with 413; the API
      // takes JSON only, so say that instead.
      if (req.get_header_value("Content-Type").starts_with("application/x-www-form-urlencoded")) {
        res.status = 415;
        res.set_content(error_body("unsupported_media_type", "send JSON with Content-Type: application/json"),
                        "application/json");
        return httplib::Server::HandlerResponse::Handled;
      }
      std::string message = "the request could not be handled";
      if (res.status == 413) message = "the request body is larger than the server accepts";
      if (res.status == 400) message = "the HTTP request is malformed (a POST needs a Content-Length, even 0)";
      res.set_content(error_body(status_code_name(res.status), message), "application/json");
      if (!res.has_header("X-Request-Id")) res.set_header("X-Request-Id", request_id_of(req));
      return httplib::Server::HandlerResponse::Handled;
    }));
    server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
      Response extra;
      add_security_headers(extra);
      for (const auto& [k, v] : extra.headers) {
        if (!res.has_header(k.c_str())) res.set_header(k, v);
      }
    });
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - request_start);
      // By route pattern, never by raw path: ids would make a series per household.
      const std::string route = matched_route.empty() ? "unmatched" : matched_route;
      metrics().count("brightpath_http_requests_total",
                      {{"method", req.method}, {"route", route}, {"status", std::to_string(res.status)}});
      metrics().observe("brightpath_http_request_duration_seconds", {{"method", req.method}, {"route", route}},
                        elapsed.count() / 1000);
      log_line({{"level", "info"},
                {"msg", "request"},
                {"request_id", res.get_header_value("X-Request-Id")},
                {"method", req.method},
                // An invitation link's token is a secret: such paths are logged as their pattern.
                {"path", matched_route.find("{token}") != std::string::npos ? matched_route : req.path},
                {"route", matched_route},
                {"status", res.status},
                {"duration_us", static_cast<std::int64_t>(elapsed.count() * 1000)},
                {"remote", req.remote_addr}});
    });
  }
};

HttpServer::HttpServer(const Config& config, const Router& router) : impl_(std::make_unique<Impl>(config, router)) {
  impl_->configure();
}
HttpServer::~HttpServer() = default;

bool HttpServer::bind() { return impl_->server.bind_to_port(impl_->config.host, impl_->config.port); }
void HttpServer::run() { impl_->server.listen_after_bind(); }
void HttpServer::stop() { impl_->server.stop(); }

}  // namespace brightpath::server::http
