#include "read_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ostream>

#include "brightpath/plan_json.hpp"
#include "print_diagnostics.hpp"

namespace brightpath::cli {
namespace {

// Reads from fd until end of input or until `text` holds `most` bytes. Returns 0, or the
// errno of the failed read.
int read_at_most(int fd, std::size_t most, std::string& text) {
  // Plain read(2) rather than iostreams: iostreams hide the reason of a failure (and throw
  // from deep inside on a directory), and growing the buffer ourselves keeps the bound.
  std::size_t used = 0;
  struct stat info {};
  std::size_t capacity = 64U * 1024U;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
    capacity = static_cast<std::size_t>(info.st_size) + 1;  // + 1 to see the end in one go
  }
  text.resize(std::min(capacity, most));
  while (used < most) {
    if (used == text.size()) text.resize(std::min(text.size() * 2, most));
    const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    used += static_cast<std::size_t>(n);
  }
  text.resize(used);
  return 0;
}

}  // namespace

std::optional<std::string> read_input(const std::string& name, std::size_t limit, std::ostream& err) {
  const bool standard_input = name == "-";
  const int fd = standard_input ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  int error = fd < 0 ? errno : 0;
  std::string text;
  if (fd >= 0) {
    error = read_at_most(fd, limit + 1, text);
    if (!standard_input) ::close(fd);  // read-only: closing cannot lose anything
  }
  if (error != 0) {
    err << "brightpath: cannot read " << input_name(name) << ": " << std::strerror(error) << "\n";
    return std::nullopt;
  }
  return text;
}

std::optional<Plan> read_plan(const std::string& name, std::ostream& err) {
  const PlanLimits limits;
  std::optional<std::string> text = read_input(name, limits.max_document_bytes, err);
  if (!text) return std::nullopt;
  // An input over the limit was cut at limit + 1 bytes; the decoder refuses it with the
  // limit named, so the rule and its wording live in one place.
  Decoded<Plan> decoded = decode_plan(*text, limits);
  if (!decoded.ok()) {
    print_decode_errors(name, decoded.errors, err);
    if (text->size() > limits.max_document_bytes) {
      // Not one of the decoder's lines (those are indented): the CLI's own note.
      err << "brightpath: reading stopped after " << text->size() << " bytes; the input may be longer\n";
    }
    return std::nullopt;
  }
  return std::move(decoded.value);
}

}  // namespace brightpath::cli
