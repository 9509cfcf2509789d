#include "write_output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <ostream>

namespace brightpath::cli {
namespace {

// Returns 0 once all of text is written, else the errno of the failed write.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    if (n == 0) return EIO;  // a write that makes no progress would loop forever
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

int write_standard_output(std::string_view text) {
  if (text.empty()) return 0;
  if (const int error = write_all(STDOUT_FILENO, text)) return error;
  // Some file systems (NFS, FUSE) report a failed write only when a descriptor of the file
  // is closed. Closing a duplicate asks now, and leaves descriptor 1 open so no file opened
  // later can take its number.
  const int copy = ::dup(STDOUT_FILENO);
  if (copy < 0) return errno;
  return ::close(copy) == 0 ? 0 : errno;
}

// A device, FIFO or terminal cannot be replaced by renaming; write into it as it is.
int write_in_place(const std::string& path, std::string_view text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int error = write_all(fd, text);
  const int closed = ::close(fd) == 0 ? 0 : errno;
  return error != 0 ? error : closed;
}

mode_t new_file_mode() {
  const mode_t mask = ::umask(0);  // reading the mask means setting it; put it back at once
  ::umask(mask);
  return 0666 & ~mask;
}

// Writes a temporary file next to `target` and renames it over `target`. `existing` is the
// file being replaced, if any: its permissions (and, where allowed, owner) carry over.
int replace_file(const std::string& target, const struct stat* existing, std::string_view text) {
  const std::size_t slash = target.rfind('/');
  const std::size_t base = slash == std::string::npos ? 0 : slash + 1;
  // At most 200 bytes of the name, so the temporary name stays within the file system's
  // 255 even for a FILE whose own name is close to it.
  std::string temporary = target.substr(0, base) + "." + target.substr(base, 200) + ".tmp-XXXXXX";
  const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
  if (fd < 0) return errno;
  if (existing != nullptr && ::fchown(fd, existing->st_uid, existing->st_gid) != 0) {
    // Only root may give a file away; anyone else keeps the new file as their own, as an
    // editor saving over the file would. Not an error.
  }
  const mode_t mode = existing != nullptr ? existing->st_mode & 07777 : new_file_mode();
  int error = ::fchmod(fd, mode) == 0 ? 0 : errno;
  if (error == 0) error = write_all(fd, text);
  // fsync before the rename: after a power cut the name must not point at an empty file.
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && ::rename(temporary.c_str(), target.c_str()) != 0) error = errno;
  if (error != 0) ::unlink(temporary.c_str());
  return error;
}

int write_file(const std::string& path, std::string_view text) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    if (errno != ENOENT) return errno;
    return replace_file(path, nullptr, text);
  }
  if (!S_ISREG(info.st_mode)) return write_in_place(path, text);
  // Renaming would quietly replace a file the user made read-only, or replace a symbolic
  // link by a file: check the permission first and rename over the link's target.
  if (::access(path.c_str(), W_OK) != 0) return errno;
  const std::unique_ptr<char, decltype(&std::free)> real(::realpath(path.c_str(), nullptr), &std::free);
  if (!real) return errno;
  return replace_file(real.get(), &info, text);
}

}  // namespace

bool write_output(const std::string& name, std::string_view text, std::ostream& err) {
  const bool standard_output = name == "-";
  const int error = standard_output ? write_standard_output(text) : write_file(name, text);
  if (error == 0) return true;
  err << "brightpath: cannot write " << (standard_output ? "standard output" : name) << ": "
      << std::strerror(error) << "\n";
  return false;
}

}  // namespace brightpath::cli
