#!/usr/bin/env bash
# Builds the server and web images once and pushes them, tagged by commit, to the
# repositories of every environment given (run by .github/workflows/main.yml):
#
#   scripts/deploy/push-images.sh TAG REPOSITORY_PREFIX...
#
# A REPOSITORY_PREFIX is an environment's ECR name without the image, e.g.
# 123456789012.dkr.ecr.eu-west-1.amazonaws.com/brightpath-dev (Terraform's
# server_ecr_repository_url without /server). Every environment so gets the same bytes, and
# a release there (scripts/deploy/release.sh) only has to name the tag. The repositories
# refuse to overwrite a tag, so pushing a commit twice fails instead of changing it.
set -euo pipefail
tag=${1:?usage: scripts/deploy/push-images.sh TAG REPOSITORY_PREFIX...}
shift
(($# > 0)) || { echo "usage: scripts/deploy/push-images.sh TAG REPOSITORY_PREFIX..." >&2; exit 2; }
cd "$(dirname "$0")/../.."

for image in server web; do
  docker build -f "deploy/docker/$image.Dockerfile" -t "brightpath-$image:$tag" \
    --label "org.opencontainers.image.revision=$tag" .
  for prefix in "$@"; do
    docker tag "brightpath-$image:$tag" "$prefix/$image:$tag"
    docker push "$prefix/$image:$tag"
  done
done
echo "push-images: brightpath-server and brightpath-web $tag pushed to $*"
