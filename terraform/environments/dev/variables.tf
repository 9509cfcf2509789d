# Every setting of an environment. Those without a default are set in each environment's
# terraform.tfvars; docs/deployment.md lists them with their values per environment.

variable "environment" {
  description = "dev, qa, staging or prod."
  type        = string

  validation {
    condition     = contains(["dev", "qa", "staging", "prod"], var.environment)
    error_message = "environment must be dev, qa, staging or prod."
  }
}

variable "aws_region" {
  type = string
}

variable "cost_center" {
  description = "CostCenter tag of every resource."
  type        = string
}

variable "owner_team" {
  description = "Owner tag of every resource."
  type        = string
}

variable "hosted_zone_name" {
  description = "The Route 53 public zone the records go into (it exists already)."
  type        = string
}

variable "app_domain_name" {
  description = "The parent's web address, inside hosted_zone_name."
  type        = string
}

# Network

variable "vpc_cidr" {
  type = string
}

variable "availability_zone_count" {
  type = number
}

variable "nat_gateway_count" {
  description = "One per zone survives a zone outage; one is cheaper."
  type        = number
}

# The API and the workers

variable "server_image_tag" {
  description = "The server image (a commit) of Terraform's task definitions; the pipeline deploys later ones."
  type        = string
}

variable "api_cpu" {
  description = "Fargate CPU units of one API task (1024 = 1 vCPU)."
  type        = number
}

variable "api_memory" {
  description = "MiB of one API task."
  type        = number
}

variable "api_desired_count" {
  description = "API tasks at creation; autoscaling moves between the two capacities after."
  type        = number
}

variable "api_min_capacity" {
  type = number
}

variable "api_max_capacity" {
  type = number
}

variable "api_cpu_target_percent" {
  type    = number
  default = 70
}

variable "api_memory_target_percent" {
  type    = number
  default = 70
}

variable "api_requests_per_task_target" {
  description = "Requests per API task and minute that autoscaling aims for."
  type        = number
}

variable "school_morning_min_capacity" {
  description = "API tasks kept at least on school mornings."
  type        = number
}

variable "school_morning_start_schedule" {
  type    = string
  default = "cron(30 6 ? * MON-FRI *)"
}

variable "school_morning_end_schedule" {
  type    = string
  default = "cron(0 11 ? * MON-FRI *)"
}

variable "schedule_timezone" {
  description = "Time zone of the school-morning schedules."
  type        = string
  default     = "America/New_York"
}

variable "worker_cpu" {
  type = number
}

variable "worker_memory" {
  type = number
}

variable "worker_min_capacity" {
  description = "Solve workers always running (at least 1: the API does not solve)."
  type        = number

  validation {
    condition     = var.worker_min_capacity >= 1
    error_message = "worker_min_capacity must be 1 or more: API tasks run with BRIGHTPATH_SOLVE_WORKERS=0."
  }
}

variable "worker_max_capacity" {
  type = number
}

variable "worker_solve_threads" {
  description = "Solver threads per worker task (BRIGHTPATH_SOLVE_WORKERS): one per vCPU."
  type        = number
}

variable "worker_queued_jobs_per_task_target" {
  description = "Queued solve jobs per worker task that autoscaling aims for."
  type        = number
}

variable "server_settings" {
  description = "Further BRIGHTPATH_* settings (README, Configuration), stored in Parameter Store. Not secrets, and not the ones Terraform sets itself."
  type        = map(string)

  validation {
    condition = alltrue([
      for key in keys(var.server_settings) : can(regex("^BRIGHTPATH_[A-Z0-9_]+$", key)) && !contains([
        "BRIGHTPATH_ENV", "BRIGHTPATH_HOST", "BRIGHTPATH_PORT", "BRIGHTPATH_PUBLIC_URL", "BRIGHTPATH_TRUST_PROXY",
        "BRIGHTPATH_SOLVE_WORKERS", "BRIGHTPATH_SHUTDOWN_DRAIN_SECONDS", "BRIGHTPATH_SIGNING_KEY",
        "BRIGHTPATH_SIGNING_KEY_PREVIOUS",
      ], key)
    ])
    error_message = "server_settings takes BRIGHTPATH_* names other than those the task definitions set (ENV, HOST, PORT, PUBLIC_URL, TRUST_PROXY, SOLVE_WORKERS, SHUTDOWN_DRAIN_SECONDS) and never the signing keys."
  }
}

variable "deployment_config_name" {
  description = "CodeDeploy traffic shifting of API releases."
  type        = string
}

variable "deployment_termination_wait_minutes" {
  description = "Minutes the previous API tasks stay after a release, for an instant rollback."
  type        = number
}

variable "github_repository" {
  description = "owner/name of the repository whose release workflow deploys here."
  type        = string
}

variable "github_environment" {
  description = "The GitHub environment whose jobs may assume the deploy role (dev, staging, production)."
  type        = string
}

variable "alb_deletion_protection" {
  type = bool
}

variable "ecr_images_kept" {
  type    = number
  default = 50
}

variable "cloudwatch_agent_image" {
  type    = string
  default = "public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300049.1b929"
}

# Database

variable "db_instance_class" {
  type = string
}

variable "db_allocated_storage_gb" {
  type = number
}

variable "db_max_allocated_storage_gb" {
  type = number
}

variable "db_multi_az" {
  type = bool
}

variable "db_deletion_protection" {
  type = bool
}

variable "db_backup_retention_days" {
  description = "Days of snapshots and point-in-time recovery."
  type        = number
}

variable "db_read_replica_count" {
  type = number
}

variable "db_max_connections" {
  description = "PostgreSQL max_connections; the tests check it covers every task's pool at full scale."
  type        = number
}

variable "secret_recovery_window_days" {
  type = number
}

# Cache

variable "cache_node_type" {
  type = string
}

variable "cache_replica_count" {
  type = number
}

variable "cache_snapshot_retention_days" {
  type = number
}

# Edge

variable "cloudfront_price_class" {
  type = string
}

variable "waf_rate_limit_per_5_minutes" {
  type = number
}

variable "waf_signin_rate_limit_per_5_minutes" {
  type = number
}

# Observability

variable "log_retention_days" {
  type = number
}

variable "critical_alarm_emails" {
  type = list(string)
}

variable "warning_alarm_emails" {
  type = list(string)
}

variable "budget_alert_emails" {
  type = list(string)
}

variable "monthly_budget_usd" {
  type = number
}

variable "error_rate_alarm_percent" {
  type    = number
  default = 1
}

variable "latency_p99_alarm_seconds" {
  type    = number
  default = 2
}

variable "db_cpu_alarm_percent" {
  type    = number
  default = 80
}

variable "queue_age_alarm_seconds" {
  description = "The oldest queued solve job's wait that raises the solve-queue-age alarm."
  type        = number
  default     = 180
}
