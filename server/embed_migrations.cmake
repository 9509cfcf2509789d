# Writes a C++ file holding every server/migrations/NNNN_*.sql, so the binary carries its
# schema (a container image needs no extra files). Run by server/CMakeLists.txt at build time.
file(GLOB files ${MIGRATIONS_DIR}/*.sql)
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name ${f} NAME)
  string(REGEX MATCH "^[0-9]+" number ${name})
  math(EXPR version "${number}")
  file(READ ${f} sql)
  string(APPEND body "    {${version}, \"${name}\", R\"bpsql(${sql})bpsql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from server/migrations/ by embed_migrations.cmake; do not edit.
#include \"storage/migrations.hpp\"
namespace brightpath::server::storage {
const std::vector<Migration>& embedded_migrations() {
  static const std::vector<Migration> all = {
${body}  };
  return all;
}
}  // namespace brightpath::server::storage
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
