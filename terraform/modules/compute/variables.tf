variable "name" {
  description = "Prefix of every name, brightpath-<environment>."
  type        = string
}

variable "tags" {
  description = "Tags of every resource (the provider's default_tags add the same)."
  type        = map(string)
}

variable "vpc_id" {
  type = string
}

variable "public_subnet_ids" {
  description = "Subnets of the load balancer."
  type        = list(string)
}

variable "app_subnet_ids" {
  description = "Subnets of the Fargate tasks (no public addresses)."
  type        = list(string)
}

variable "alb_security_group_id" {
  type = string
}

variable "api_security_group_id" {
  type = string
}

variable "worker_security_group_id" {
  type = string
}

variable "kms_key_arn" {
  description = "The data key: ECR, the Redis URL secret, and what the tasks decrypt."
  type        = string
}

variable "zone_id" {
  description = "Route 53 zone of the origin record and its certificate."
  type        = string
}

variable "origin_domain_name" {
  description = "The load balancer's name for CloudFront (HTTPS origin), e.g. origin.app.example.org."
  type        = string
}

variable "app_domain_name" {
  description = "The parent's web address, for invitation links (BRIGHTPATH_PUBLIC_URL)."
  type        = string
}

variable "origin_header_name" {
  description = "Header CloudFront adds to every request; the HTTPS listener forwards only requests carrying it."
  type        = string
}

variable "origin_secret" {
  description = "That header's value (modules/security)."
  type        = string
  sensitive   = true
}

variable "server_image_tag" {
  description = "Tag of the server image in ECR that Terraform's task definitions name."
  type        = string
}

variable "api_cpu" {
  type = number
}

variable "api_memory" {
  type = number
}

variable "api_desired_count" {
  type = number
}

variable "api_min_capacity" {
  type = number
}

variable "api_max_capacity" {
  type = number
}

variable "api_cpu_target_percent" {
  type = number
}

variable "api_memory_target_percent" {
  type = number
}

variable "api_requests_per_task_target" {
  description = "Requests per API task and minute that target tracking aims for."
  type        = number
}

variable "school_morning_min_capacity" {
  description = "API tasks kept at least during school mornings."
  type        = number
}

variable "school_morning_start_schedule" {
  description = "When school mornings start, an Application Auto Scaling cron() expression."
  type        = string
}

variable "school_morning_end_schedule" {
  description = "When they end (the minimum goes back to api_min_capacity)."
  type        = string
}

variable "schedule_timezone" {
  description = "IANA time zone of the two schedules."
  type        = string
}

variable "worker_cpu" {
  type = number
}

variable "worker_memory" {
  type = number
}

variable "worker_min_capacity" {
  type = number
}

variable "worker_max_capacity" {
  type = number
}

variable "worker_solve_threads" {
  description = "Solver threads per worker task (BRIGHTPATH_SOLVE_WORKERS)."
  type        = number
}

variable "worker_queued_jobs_per_task_target" {
  description = "Queued solve jobs per worker task that target tracking aims for."
  type        = number
}

variable "server_settings" {
  description = "Further BRIGHTPATH_* settings of the API and the workers, kept in Parameter Store."
  type        = map(string)
}

variable "database_url_secret_arn" {
  type = string
}

variable "signing_key_secret_arn" {
  type = string
}

variable "signing_key_previous_secret_arn" {
  description = "The signing key before a rotation (BRIGHTPATH_SIGNING_KEY_PREVIOUS; the API verifies with it, never signs)."
  type        = string
}

variable "api_port" {
  description = "Port the server listens on in its container (BRIGHTPATH_PORT)."
  type        = number
}

variable "redis_endpoint" {
  description = "ElastiCache primary endpoint (TLS), the host of the API's REDIS_URL."
  type        = string
}

variable "redis_port" {
  type = number
}

variable "redis_auth_token" {
  description = "ElastiCache AUTH token, written into the REDIS_URL secret."
  type        = string
  sensitive   = true
}

variable "api_log_group_name" {
  type = string
}

variable "worker_log_group_name" {
  type = string
}

variable "metrics_log_group_name" {
  description = "Where the CloudWatch agent writes the server's Prometheus metrics (embedded metric format)."
  type        = string
}

variable "log_group_arns" {
  description = "The three log groups above, which the tasks may write to."
  type        = list(string)
}

variable "metrics_namespace" {
  description = "CloudWatch namespace of BrightPath's own metrics."
  type        = string
}

variable "deployment_config_name" {
  description = "CodeDeploy ECS deployment configuration (all at once, canary or linear)."
  type        = string
}

variable "deployment_termination_wait_minutes" {
  description = "How long the previous tasks stay after a deployment, for an instant rollback."
  type        = number
}

variable "access_log_retention_days" {
  description = "Days the load balancer's access logs are kept in their bucket."
  type        = number
}

variable "alb_deletion_protection" {
  type = bool
}

variable "ecr_images_kept" {
  description = "Images each ECR repository keeps."
  type        = number
}

variable "cloudwatch_agent_image" {
  description = "The CloudWatch agent image that publishes the server's queue depth."
  type        = string
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose release workflow may assume the deploy role."
  type        = string
}

variable "github_environment" {
  description = "The GitHub environment (dev, staging, production) whose jobs may assume it."
  type        = string
}

variable "web_bucket_arn" {
  description = "The web app's bucket, which a release fills."
  type        = string
}

variable "cloudfront_distribution_arn" {
  description = "The distribution a release invalidates."
  type        = string
}

variable "secret_recovery_window_days" {
  type = number
}
