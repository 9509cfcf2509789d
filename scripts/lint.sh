#!/usr/bin/env bash
# The repository's lint, as the pull-request workflow runs it: shellcheck on every tracked
# shell script, and clang-format on the C++ once the repository has a .clang-format (it has
# none yet; the build's -Wall -Wextra -Wpedantic -Werror is the C++ check until then).
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t scripts < <(git ls-files '*.sh' 'tests/delivery/fake-cloud/*')
shellcheck --severity=warning "${scripts[@]}"
echo "lint: shellcheck passed on ${#scripts[@]} scripts"

if [[ -f .clang-format ]]; then
  git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
  echo "lint: clang-format passed"
else
  echo "lint: no .clang-format in the repository: C++ formatting is not checked"
fi
