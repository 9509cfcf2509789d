#!/usr/bin/env bash
# Releases one commit's images to one environment (run by .github/workflows/main.yml, and by
# hand in the runbooks):
#
#   scripts/deploy/release.sh TAG
#
# TAG is the image tag (the commit). The environment is named by these variables, each a
# Terraform output of terraform/environments/<env> in capitals (docs/images-and-pipelines.md):
#   ECS_CLUSTER_NAME API_SERVICE_NAME WORKER_SERVICE_NAME MIGRATE_TASK_DEFINITION_FAMILY
#   CODEDEPLOY_APP_NAME CODEDEPLOY_DEPLOYMENT_GROUP_NAME SERVER_ECR_REPOSITORY_URL
#   WEB_ECR_REPOSITORY_URL WEB_BUCKET_NAME CLOUDFRONT_DISTRIBUTION_ID
# and BRIGHTPATH_API_URL, the server's origin scripts/smoke.sh checks.
#
# Steps, each only after the one before succeeded:
#   1. the schema migrations, as a one-off task of the new image (`--migrate-only`); the
#      running version keeps serving (migrations are expand/contract, docs/operations/);
#   2. the solve workers: a rolling update to the new image;
#   3. the API: a CodeDeploy blue/green deployment; once traffic is on the new tasks,
#      scripts/smoke.sh against BRIGHTPATH_API_URL; if it fails, the deployment is stopped
#      with rollback (traffic back to the old tasks, kept for the termination wait);
#      CodeDeploy also rolls back by itself on its alarms;
#   4. the web app: web/dist from the web image to S3 (assets first, then index.html and
#      config.json, the service worker sw.js last) and a CloudFront invalidation of the three.
# Exits 0 when released, 1 when a step failed (saying which; nothing after it ran).
set -euo pipefail

tag=${1:?usage: scripts/deploy/release.sh TAG}
root=$(cd "$(dirname "$0")/../.." && pwd)
smoke=${BRIGHTPATH_SMOKE:-$root/scripts/smoke.sh}
for v in ECS_CLUSTER_NAME API_SERVICE_NAME WORKER_SERVICE_NAME MIGRATE_TASK_DEFINITION_FAMILY \
         CODEDEPLOY_APP_NAME CODEDEPLOY_DEPLOYMENT_GROUP_NAME SERVER_ECR_REPOSITORY_URL \
         WEB_ECR_REPOSITORY_URL WEB_BUCKET_NAME CLOUDFRONT_DISTRIBUTION_ID BRIGHTPATH_API_URL; do
  [[ -n ${!v:-} ]] || { echo "release: $v is not set (a Terraform output of the environment)" >&2; exit 2; }
done
server_image=$SERVER_ECR_REPOSITORY_URL:$tag
web_image=$WEB_ECR_REPOSITORY_URL:$tag
poll_seconds=${RELEASE_POLL_SECONDS:-15}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { echo "release: $*"; }
fail() { echo "release: FAILED: $*" >&2; exit 1; }

# A new revision of a task definition family with every container of the server repository
# moved to the new image; prints its ARN.
register_with_image() {
  local family=$1
  aws ecs describe-task-definition --task-definition "$family" --query taskDefinition --output json > "$tmp/current.json"
  jq --arg repo "$SERVER_ECR_REPOSITORY_URL" --arg image "$server_image" '
    .containerDefinitions |= map(if (.image | startswith($repo + ":")) then .image = $image else . end)
    | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities,
          .registeredAt, .registeredBy, .deregisteredAt)' "$tmp/current.json" > "$tmp/next.json"
  aws ecs register-task-definition --cli-input-json "file://$tmp/next.json" \
    --query taskDefinition.taskDefinitionArn --output text
}

say "releasing $tag to cluster $ECS_CLUSTER_NAME"

# 1. Migrations, in the workers' subnets and security group (they reach the database).
migrate_def=$(register_with_image "$MIGRATE_TASK_DEFINITION_FAMILY")
network=$(aws ecs describe-services --cluster "$ECS_CLUSTER_NAME" --services "$WORKER_SERVICE_NAME" \
  --query 'services[0].networkConfiguration' --output json)
task=$(aws ecs run-task --cluster "$ECS_CLUSTER_NAME" --launch-type FARGATE --task-definition "$migrate_def" \
  --network-configuration "$network" --started-by "release-$tag" --query 'tasks[0].taskArn' --output text)
say "migrations: task $task"
aws ecs wait tasks-stopped --cluster "$ECS_CLUSTER_NAME" --tasks "$task"
exit_code=$(aws ecs describe-tasks --cluster "$ECS_CLUSTER_NAME" --tasks "$task" \
  --query 'tasks[0].containers[0].exitCode' --output text)
[[ $exit_code == 0 ]] || fail "the migrations task exited with $exit_code (its log: stream prefix migrate); nothing was deployed"
say "migrations applied"

# 2. Solve workers: rolling update (a stopped worker hands its job back to the queue).
worker_def=$(register_with_image "$(aws ecs describe-services --cluster "$ECS_CLUSTER_NAME" \
  --services "$WORKER_SERVICE_NAME" --query 'services[0].taskDefinition' --output text)")
aws ecs update-service --cluster "$ECS_CLUSTER_NAME" --service "$WORKER_SERVICE_NAME" \
  --task-definition "$worker_def" --query 'service.serviceName' --output text >/dev/null
say "workers: updating to $worker_def"

# 3. API: blue/green.
api_def=$(register_with_image "$(aws ecs describe-services --cluster "$ECS_CLUSTER_NAME" \
  --services "$API_SERVICE_NAME" --query 'services[0].taskDefinition' --output text)")
container=$(jq -r '[.containerDefinitions[] | select(.portMappings | length > 0)][0] | .name' "$tmp/next.json")
port=$(jq -r '[.containerDefinitions[] | select(.portMappings | length > 0)][0] | .portMappings[0].containerPort' "$tmp/next.json")
jq -n --arg taskdef "$api_def" --arg c "$container" --argjson p "$port" '{
  version: 1,
  Resources: [{TargetService: {Type: "AWS::ECS::Service", Properties: {
    TaskDefinition: $taskdef, LoadBalancerInfo: {ContainerName: $c, ContainerPort: $p}}}}]}' > "$tmp/appspec.json"
jq -n --rawfile content "$tmp/appspec.json" '{revisionType: "AppSpecContent", appSpecContent: {content: $content}}' > "$tmp/revision.json"
deployment=$(aws deploy create-deployment --application-name "$CODEDEPLOY_APP_NAME" \
  --deployment-group-name "$CODEDEPLOY_DEPLOYMENT_GROUP_NAME" --revision "file://$tmp/revision.json" \
  --description "release $tag" --query deploymentId --output text)
say "api: CodeDeploy deployment $deployment to $api_def"

# Until traffic is on the new tasks (or CodeDeploy gave up, and then it has rolled back).
for ((waited = 0; ; waited += poll_seconds)); do
  status=$(aws deploy get-deployment --deployment-id "$deployment" --query deploymentInfo.status --output text)
  case $status in
    Failed|Stopped) fail "CodeDeploy deployment $deployment ended $status (it rolled back by itself)" ;;
  esac
  traffic=$(aws deploy get-deployment-target --deployment-id "$deployment" \
    --target-id "$ECS_CLUSTER_NAME:$API_SERVICE_NAME" --output json |
    jq -r '.deploymentTarget.ecsTarget.lifecycleEvents[]? | select(.lifecycleEventName == "AllowTraffic") | .status')
  [[ $status == Succeeded || $traffic == Succeeded ]] && break
  ((waited < ${RELEASE_TIMEOUT_SECONDS:-1800})) || fail "traffic did not reach the new tasks in ${RELEASE_TIMEOUT_SECONDS:-1800} s (deployment $deployment)"
  sleep "$poll_seconds"
done
say "api: traffic is on the new tasks"

if ! "$smoke" "$BRIGHTPATH_API_URL"; then
  aws deploy stop-deployment --deployment-id "$deployment" --auto-rollback-enabled >/dev/null
  fail "the smoke test failed on the new tasks: deployment $deployment stopped and rolled back to the previous tasks"
fi
say "api: smoke test passed"

# 4. The web app, the same bytes as the web image: hashed assets first (never overwritten,
# kept for pages still open), then the two files that name them.
container_id=$(docker create "$web_image")
docker cp "$container_id:/usr/share/nginx/html" "$tmp/web"
docker rm "$container_id" >/dev/null
aws s3 sync "$tmp/web/assets" "s3://$WEB_BUCKET_NAME/assets/" \
  --cache-control "public, max-age=31536000, immutable" --only-show-errors
aws s3 sync "$tmp/web" "s3://$WEB_BUCKET_NAME/" --exclude 'assets/*' --exclude index.html --exclude config.json \
  --exclude sw.js --cache-control no-cache --only-show-errors
aws s3 cp "$tmp/web/index.html" "s3://$WEB_BUCKET_NAME/index.html" --cache-control no-cache --only-show-errors
aws s3 cp "$tmp/web/config.json" "s3://$WEB_BUCKET_NAME/config.json" --cache-control no-cache --only-show-errors
# The service worker last: it precaches the index.html above, so a browser that installs the
# new worker must find the new page, never the old one with the new file list.
aws s3 cp "$tmp/web/sw.js" "s3://$WEB_BUCKET_NAME/sw.js" --cache-control no-cache --only-show-errors
aws cloudfront create-invalidation --distribution-id "$CLOUDFRONT_DISTRIBUTION_ID" \
  --paths /index.html /config.json /sw.js --query Invalidation.Id --output text >/dev/null
say "web: uploaded to s3://$WEB_BUCKET_NAME and invalidated index.html, config.json, sw.js"

aws ecs wait services-stable --cluster "$ECS_CLUSTER_NAME" --services "$WORKER_SERVICE_NAME"
say "workers: stable"
say "released $tag; the previous API tasks stay for the termination wait (rollback: docs/operations/rollback.md)"
