variable "name" {
  description = "Prefix of every name, brightpath-<environment>."
  type        = string
}

variable "environment" {
  description = "dev, qa, staging or prod: the budget's cost filter (the Environment tag)."
  type        = string
}

variable "tags" {
  description = "Tags of every resource (the provider's default_tags add the same)."
  type        = map(string)
}

variable "log_retention_days" {
  type = number
}

variable "logs_kms_key_arn" {
  type = string
}

variable "alerts_kms_key_arn" {
  type = string
}

variable "metrics_namespace" {
  type = string
}

variable "alb_arn_suffix" {
  type = string
}

variable "ecs_cluster_name" {
  type = string
}

variable "api_service_name" {
  type = string
}

variable "worker_service_name" {
  type = string
}

variable "codedeploy_app_name" {
  type = string
}

variable "db_instance_identifier" {
  type = string
}

variable "cache_replication_group_id" {
  type = string
}

variable "critical_alarm_emails" {
  description = "Who is woken: 5xx rate, no healthy API task, failed deployments."
  type        = list(string)
}

variable "warning_alarm_emails" {
  description = "Who looks the same day: latency, database CPU, solve queue."
  type        = list(string)
}

variable "budget_alert_emails" {
  type = list(string)
}

variable "monthly_budget_usd" {
  type = number
}

variable "error_rate_alarm_percent" {
  description = "5xx answers as a share of all requests."
  type        = number
}

variable "latency_p99_alarm_seconds" {
  type = number
}

variable "db_cpu_alarm_percent" {
  type = number
}

variable "queue_age_alarm_seconds" {
  description = "How long the oldest queued solve job may wait before the workers are said not to keep up."
  type        = number
}
