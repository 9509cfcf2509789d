# prod: sized for school-morning peaks, protected, replicated, 90 days of logs.

environment      = "prod"
aws_region       = "us-east-1"
cost_center      = "brightpath-production"
owner_team       = "brightpath-platform"
hosted_zone_name = "brightpath.example"
app_domain_name  = "app.brightpath.example"

vpc_cidr                = "10.40.0.0/16"
availability_zone_count = 3
nat_gateway_count       = 3

server_image_tag             = "initial"
api_cpu                      = 1024
api_memory                   = 2048
api_desired_count            = 3
api_min_capacity             = 3
api_max_capacity             = 12
api_requests_per_task_target = 3000
school_morning_min_capacity  = 6

worker_cpu                         = 2048
worker_memory                      = 4096
worker_min_capacity                = 2
worker_max_capacity                = 10
worker_solve_threads               = 2
worker_queued_jobs_per_task_target = 2

server_settings = {
  BRIGHTPATH_DB_POOL_SIZE          = "10"
  BRIGHTPATH_HTTP_THREADS          = "32"
  BRIGHTPATH_SOLVE_MAX_SECONDS     = "30"
  BRIGHTPATH_RATE_LIMIT_PER_MINUTE = "600"
}

github_repository  = "brightpath/brightpath"
github_environment = "production"

deployment_config_name              = "CodeDeployDefault.ECSCanary10Percent5Minutes"
deployment_termination_wait_minutes = 60
alb_deletion_protection             = true

db_instance_class           = "db.r6g.large"
db_allocated_storage_gb     = 100
db_max_allocated_storage_gb = 1000
db_multi_az                 = true
db_deletion_protection      = true
db_backup_retention_days    = 30
db_read_replica_count       = 1
db_max_connections          = 400
secret_recovery_window_days = 30

cache_node_type               = "cache.r7g.large"
cache_replica_count           = 1
cache_snapshot_retention_days = 7

cloudfront_price_class              = "PriceClass_100"
waf_rate_limit_per_5_minutes        = 3000
waf_signin_rate_limit_per_5_minutes = 100

log_retention_days    = 90
critical_alarm_emails = ["oncall@brightpath.example"]
warning_alarm_emails  = ["platform@brightpath.example"]
budget_alert_emails   = ["finance@brightpath.example", "platform@brightpath.example"]
monthly_budget_usd    = 4000
