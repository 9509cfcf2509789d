#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "commands.hpp"

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

}  // namespace brightpath::cli
