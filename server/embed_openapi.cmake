# Writes docs/api/openapi.json into a C++ file (served at /api/v1/openapi.json).
file(READ ${INPUT} text)
file(WRITE ${OUTPUT}.tmp "// Generated from docs/api/openapi.json by embed_openapi.cmake; do not edit.
#include \"http/openapi_document.hpp\"
namespace brightpath::server::http {
std::string_view openapi_document() {
  static constexpr std::string_view text = R\"bpjson(${text})bpjson\";
  return text;
}
}  // namespace brightpath::server::http
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
