# qa: small, two zones (the minimum), one NAT gateway, no protection, a week of backups.

environment      = "qa"
aws_region       = "us-east-1"
cost_center      = "brightpath-preproduction"
owner_team       = "brightpath-platform"
hosted_zone_name = "brightpath.example"
app_domain_name  = "qa.brightpath.example"

vpc_cidr                = "10.20.0.0/16"
availability_zone_count = 2
nat_gateway_count       = 1

server_image_tag             = "initial"
api_cpu                      = 512
api_memory                   = 1024
api_desired_count            = 1
api_min_capacity             = 1
api_max_capacity             = 3
api_requests_per_task_target = 3000
school_morning_min_capacity  = 1

worker_cpu                         = 1024
worker_memory                      = 2048
worker_min_capacity                = 1
worker_max_capacity                = 2
worker_solve_threads               = 1
worker_queued_jobs_per_task_target = 2

server_settings = {
  BRIGHTPATH_DB_POOL_SIZE          = "8"
  BRIGHTPATH_HTTP_THREADS          = "16"
  BRIGHTPATH_SOLVE_MAX_SECONDS     = "30"
  BRIGHTPATH_RATE_LIMIT_PER_MINUTE = "600"
}

github_repository  = "brightpath/brightpath"
github_environment = "qa"

deployment_config_name              = "CodeDeployDefault.ECSAllAtOnce"
deployment_termination_wait_minutes = 5
alb_deletion_protection             = false

db_instance_class           = "db.t4g.small"
db_allocated_storage_gb     = 20
db_max_allocated_storage_gb = 50
db_multi_az                 = false
db_deletion_protection      = false
db_backup_retention_days    = 7
db_read_replica_count       = 0
db_max_connections          = 100
secret_recovery_window_days = 7

cache_node_type               = "cache.t4g.micro"
cache_replica_count           = 0
cache_snapshot_retention_days = 0

cloudfront_price_class              = "PriceClass_100"
waf_rate_limit_per_5_minutes        = 3000
waf_signin_rate_limit_per_5_minutes = 100

log_retention_days    = 30
critical_alarm_emails = ["platform@brightpath.example"]
warning_alarm_emails  = ["platform@brightpath.example"]
budget_alert_emails   = ["platform@brightpath.example"]
monthly_budget_usd    = 400
