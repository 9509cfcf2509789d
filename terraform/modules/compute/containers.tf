# The containers' settings, as lists the policy tests read: secrets only ever in *_secrets
# (valueFrom Secrets Manager or Parameter Store), never in *_environment.

locals {
  server_image = "${aws_ecr_repository.image["server"].repository_url}:${var.server_image_tag}"

  # BRIGHTPATH_ENV=production makes the server refuse to start without its secrets. The API
  # does not solve (BRIGHTPATH_SOLVE_WORKERS=0): the worker service does.
  api_environment = [
    { name = "BRIGHTPATH_ENV", value = "production" },
    { name = "BRIGHTPATH_HOST", value = "0.0.0.0" },
    { name = "BRIGHTPATH_PORT", value = tostring(var.api_port) },
    { name = "BRIGHTPATH_PUBLIC_URL", value = "https://${var.app_domain_name}" },
    { name = "BRIGHTPATH_TRUST_PROXY", value = "1" },
    { name = "BRIGHTPATH_SOLVE_WORKERS", value = "0" },
    { name = "BRIGHTPATH_SHUTDOWN_DRAIN_SECONDS", value = tostring(local.drain_seconds) },
  ]
  api_secrets = [
    { name = "DATABASE_URL", valueFrom = var.database_url_secret_arn },
    { name = "BRIGHTPATH_SIGNING_KEY", valueFrom = var.signing_key_secret_arn },
    { name = "BRIGHTPATH_SIGNING_KEY_PREVIOUS", valueFrom = var.signing_key_previous_secret_arn },
    { name = "REDIS_URL", valueFrom = aws_secretsmanager_secret.redis_url.arn },
  ]

  # No REDIS_URL for the workers (and the migrate task): what the server keeps in Redis (the
  # rate limit, sign-in throttling, the session cache) belongs to HTTP requests, which a
  # `--worker` process does not serve; its security group has no way to the cache either.
  worker_environment = [
    { name = "BRIGHTPATH_ENV", value = "production" },
    { name = "BRIGHTPATH_SOLVE_WORKERS", value = tostring(var.worker_solve_threads) },
  ]
  worker_secrets = [
    { name = "DATABASE_URL", valueFrom = var.database_url_secret_arn },
    { name = "BRIGHTPATH_SIGNING_KEY", valueFrom = var.signing_key_secret_arn },
  ]

  setting_secrets = [for key, parameter in aws_ssm_parameter.setting : { name = key, valueFrom = parameter.arn }]

  # The same probe as the image's HEALTHCHECK (deploy/docker/server.Dockerfile): the runtime
  # image has bash but no curl.
  api_health_check = {
    command     = ["CMD", "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${var.api_port} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
    interval    = 15
    timeout     = 5
    retries     = 3
    startPeriod = 30
  }
}

locals {
  log_options = {
    api    = { "awslogs-group" = var.api_log_group_name, "awslogs-region" = data.aws_region.current.name, "awslogs-stream-prefix" = "api" }
    worker = { "awslogs-group" = var.worker_log_group_name, "awslogs-region" = data.aws_region.current.name, "awslogs-stream-prefix" = "worker" }
  }
}
