# What the tasks read at start besides their image: plain settings from Parameter Store, the
# Redis URL from Secrets Manager, and the CloudWatch agent's configuration.

locals {
  # The agent's Prometheus job: the dimension of the queue-age metric the alarm reads
  # (modules/observability, alarms.tf).
  scrape_job = "brightpath"
}

resource "aws_ssm_parameter" "setting" {
  for_each    = var.server_settings
  name        = "/${var.name}/server/${each.key}"
  description = "brightpath-server setting ${each.key} (README, Configuration)"
  type        = "String"
  value       = each.value
  tags        = var.tags
}

# The server speaks TLS to ElastiCache itself (rediss://, certificate and host name checked
# against the image's CA bundle: docs/server.md, "Shared state: Redis"). The AUTH token is
# letters and digits only (modules/cache), so it needs no escaping in the URL.
resource "aws_secretsmanager_secret" "redis_url" {
  name                    = "${var.name}/redis-url"
  description             = "REDIS_URL of brightpath-server (ElastiCache over TLS, with the AUTH token)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "redis_url" {
  secret_id     = aws_secretsmanager_secret.redis_url.id
  secret_string = "rediss://:${var.redis_auth_token}@${var.redis_endpoint}:${var.redis_port}"
}

# The agent scrapes the API's /metrics inside the task and publishes what is read from
# PostgreSQL there: the solve queue's depth (brightpath_jobs{status="queued"}, the workers'
# scaling) and the oldest queued job's wait (brightpath_jobs_oldest_queued_seconds, the
# queue-age alarm). Every API task publishes the same figures; the gauge has no label of its
# own, so it is published with the scrape job as its dimension (job = "brightpath").
resource "aws_ssm_parameter" "agent_config" {
  name = "/${var.name}/cloudwatch-agent/config"
  type = "String"
  tags = var.tags
  value = jsonencode({
    logs = {
      metrics_collected = {
        prometheus = {
          log_group_name         = var.metrics_log_group_name
          prometheus_config_path = "env:PROMETHEUS_CONFIG_CONTENT"
          emf_processor = {
            metric_namespace = var.metrics_namespace
            metric_declaration = [
              {
                source_labels    = ["job"]
                label_matcher    = "^${local.scrape_job}$"
                dimensions       = [["status"]]
                metric_selectors = ["^brightpath_jobs$"]
              },
              {
                source_labels    = ["job"]
                label_matcher    = "^${local.scrape_job}$"
                dimensions       = [["job"]]
                metric_selectors = ["^brightpath_jobs_oldest_queued_seconds$"]
              },
            ]
          }
        }
      }
    }
  })
}

resource "aws_ssm_parameter" "agent_prometheus" {
  name = "/${var.name}/cloudwatch-agent/prometheus"
  type = "String"
  tags = var.tags
  value = yamlencode({
    global = { scrape_interval = "30s", scrape_timeout = "10s" }
    scrape_configs = [{
      job_name       = local.scrape_job
      static_configs = [{ targets = ["127.0.0.1:${var.api_port}"] }]
    }]
  })
}
