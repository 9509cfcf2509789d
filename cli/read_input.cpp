#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "brightpath/plan_json.hpp"
#include "commands.hpp"
#include "print_diagnostics.hpp"

namespace brightpath::cli {

bool read_input(const std::string& name, std::string& text, std::ostream& err) {
  if (name == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    text = buffer.str();
    return true;
  }
  std::ifstream file(name, std::ios::binary);
  if (!file) {
    err << "brightpath: cannot read " << name << "\n";
    return false;
  }
  text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return true;
}

std::optional<Plan> read_plan(const std::string& name, std::ostream& err) {
  std::string text;
  if (!read_input(name, text, err)) return std::nullopt;
  Decoded<Plan> decoded = decode_plan(text);
  if (!decoded.ok()) {
    print_decode_errors(name, decoded.errors, err);
    return std::nullopt;
  }
  return std::move(decoded.value);
}

}  // namespace brightpath::cli
