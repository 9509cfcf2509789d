// libFuzzer target: the decoders must never crash, hang or leak on any input, and whatever
// they accept must survive encoding and decoding again unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto plan = brightpath::decode_plan(text);
  if (plan.ok()) {
    const auto again = brightpath::decode_plan(brightpath::encode_plan(*plan.value));
    if (!again.ok() || !(*again.value == *plan.value)) std::abort();
    (void)brightpath::validate(*plan.value);
  } else if (plan.errors.empty()) {
    std::abort();  // a rejection must always say why
  }
  (void)brightpath::decode_edit(text);
  return 0;
}
