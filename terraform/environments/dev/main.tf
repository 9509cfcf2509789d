# One BrightPath environment. qa, staging and prod link to this file (symbolic links, as
# to variables.tf, outputs.tf and versions.tf; tests/delivery/terraform.test.mjs checks
# it): an environment is its terraform.tfvars and its backend.tf, nothing else.

locals {
  name = "brightpath-${var.environment}"

  # Cost allocation: every resource carries these (provider default_tags) and its module's
  # Service tag (each module's tags argument).
  tags = {
    Project     = "brightpath"
    Environment = var.environment
    ManagedBy   = "terraform"
    CostCenter  = var.cost_center
    Owner       = var.owner_team
  }

  # The server's port in its container and the data tier's ports, for the groups, the
  # network ACLs and the services alike.
  ports = { api = 8080, database = 5432, cache = 6379 }

  origin_domain_name = "origin.${var.app_domain_name}"
  # CloudFront sends it with every request to the load balancer, which forwards only those
  # (the value: module.security's origin_secret).
  origin_header_name = "X-BrightPath-Origin"
  metrics_namespace  = "BrightPath/${var.environment}"
}

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = local.tags
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.tags
  }
}

data "aws_route53_zone" "main" {
  name         = var.hosted_zone_name
  private_zone = false
}

module "network" {
  source = "../../modules/network"

  name                    = local.name
  tags                    = merge(local.tags, { Service = "network" })
  vpc_cidr                = var.vpc_cidr
  availability_zone_count = var.availability_zone_count
  nat_gateway_count       = var.nat_gateway_count
  data_ports              = [local.ports.database, local.ports.cache]
  flow_log_retention_days = var.log_retention_days
  logs_kms_key_arn        = module.security.logs_kms_key_arn
}

module "security" {
  source = "../../modules/security"

  name                        = local.name
  tags                        = merge(local.tags, { Service = "security" })
  vpc_id                      = module.network.vpc_id
  api_port                    = local.ports.api
  database_port               = local.ports.database
  cache_port                  = local.ports.cache
  secret_recovery_window_days = var.secret_recovery_window_days
}

module "database" {
  source = "../../modules/database"

  name                        = local.name
  tags                        = merge(local.tags, { Service = "database" })
  subnet_ids                  = module.network.data_subnet_ids
  security_group_id           = module.security.database_security_group_id
  kms_key_arn                 = module.security.data_kms_key_arn
  instance_class              = var.db_instance_class
  allocated_storage_gb        = var.db_allocated_storage_gb
  max_allocated_storage_gb    = var.db_max_allocated_storage_gb
  multi_az                    = var.db_multi_az
  deletion_protection         = var.db_deletion_protection
  backup_retention_days       = var.db_backup_retention_days
  read_replica_count          = var.db_read_replica_count
  max_connections             = var.db_max_connections
  port                        = local.ports.database
  secret_recovery_window_days = var.secret_recovery_window_days
}

module "cache" {
  source = "../../modules/cache"

  name                    = local.name
  tags                    = merge(local.tags, { Service = "cache" })
  subnet_ids              = module.network.data_subnet_ids
  security_group_id       = module.security.cache_security_group_id
  kms_key_arn             = module.security.data_kms_key_arn
  node_type               = var.cache_node_type
  replica_count           = var.cache_replica_count
  snapshot_retention_days = var.cache_snapshot_retention_days
  port                    = local.ports.cache
}

module "compute" {
  source = "../../modules/compute"

  name                     = local.name
  tags                     = merge(local.tags, { Service = "compute" })
  vpc_id                   = module.network.vpc_id
  public_subnet_ids        = module.network.public_subnet_ids
  app_subnet_ids           = module.network.app_subnet_ids
  alb_security_group_id    = module.security.alb_security_group_id
  api_security_group_id    = module.security.api_security_group_id
  worker_security_group_id = module.security.worker_security_group_id
  kms_key_arn              = module.security.data_kms_key_arn
  zone_id                  = data.aws_route53_zone.main.zone_id
  origin_domain_name       = local.origin_domain_name
  origin_header_name       = local.origin_header_name
  origin_secret            = module.security.origin_secret
  app_domain_name          = var.app_domain_name

  server_image_tag             = var.server_image_tag
  api_cpu                      = var.api_cpu
  api_memory                   = var.api_memory
  api_desired_count            = var.api_desired_count
  api_min_capacity             = var.api_min_capacity
  api_max_capacity             = var.api_max_capacity
  api_cpu_target_percent       = var.api_cpu_target_percent
  api_memory_target_percent    = var.api_memory_target_percent
  api_requests_per_task_target = var.api_requests_per_task_target

  school_morning_min_capacity   = var.school_morning_min_capacity
  school_morning_start_schedule = var.school_morning_start_schedule
  school_morning_end_schedule   = var.school_morning_end_schedule
  schedule_timezone             = var.schedule_timezone

  worker_cpu                         = var.worker_cpu
  worker_memory                      = var.worker_memory
  worker_min_capacity                = var.worker_min_capacity
  worker_max_capacity                = var.worker_max_capacity
  worker_solve_threads               = var.worker_solve_threads
  worker_queued_jobs_per_task_target = var.worker_queued_jobs_per_task_target
  server_settings                    = var.server_settings

  database_url_secret_arn         = module.database.database_url_secret_arn
  signing_key_secret_arn          = module.security.signing_key_secret_arn
  signing_key_previous_secret_arn = module.security.signing_key_previous_secret_arn
  api_port                        = local.ports.api
  redis_endpoint                  = module.cache.primary_endpoint
  redis_port                      = module.cache.port
  redis_auth_token                = module.cache.auth_token

  api_log_group_name     = module.observability.api_log_group_name
  worker_log_group_name  = module.observability.worker_log_group_name
  metrics_log_group_name = module.observability.metrics_log_group_name
  log_group_arns         = module.observability.log_group_arns
  metrics_namespace      = local.metrics_namespace

  deployment_config_name              = var.deployment_config_name
  deployment_termination_wait_minutes = var.deployment_termination_wait_minutes
  alb_deletion_protection             = var.alb_deletion_protection
  access_log_retention_days           = var.log_retention_days
  ecr_images_kept                     = var.ecr_images_kept
  cloudwatch_agent_image              = var.cloudwatch_agent_image
  secret_recovery_window_days         = var.secret_recovery_window_days
  github_repository                   = var.github_repository
  github_environment                  = var.github_environment
  web_bucket_arn                      = module.edge.web_bucket_arn
  cloudfront_distribution_arn         = module.edge.cloudfront_distribution_arn
}

module "edge" {
  source = "../../modules/edge"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name                                = local.name
  tags                                = merge(local.tags, { Service = "edge" })
  zone_id                             = data.aws_route53_zone.main.zone_id
  app_domain_name                     = var.app_domain_name
  api_origin_domain_name              = local.origin_domain_name
  origin_header_name                  = local.origin_header_name
  origin_secret                       = module.security.origin_secret
  price_class                         = var.cloudfront_price_class
  waf_rate_limit_per_5_minutes        = var.waf_rate_limit_per_5_minutes
  waf_signin_rate_limit_per_5_minutes = var.waf_signin_rate_limit_per_5_minutes
}

module "observability" {
  source = "../../modules/observability"

  name                       = local.name
  environment                = var.environment
  tags                       = merge(local.tags, { Service = "observability" })
  log_retention_days         = var.log_retention_days
  logs_kms_key_arn           = module.security.logs_kms_key_arn
  alerts_kms_key_arn         = module.security.alerts_kms_key_arn
  metrics_namespace          = local.metrics_namespace
  alb_arn_suffix             = module.compute.alb_arn_suffix
  ecs_cluster_name           = module.compute.ecs_cluster_name
  api_service_name           = module.compute.api_service_name
  worker_service_name        = module.compute.worker_service_name
  codedeploy_app_name        = module.compute.codedeploy_app_name
  db_instance_identifier     = module.database.instance_identifier
  cache_replication_group_id = module.cache.replication_group_id
  critical_alarm_emails      = var.critical_alarm_emails
  warning_alarm_emails       = var.warning_alarm_emails
  budget_alert_emails        = var.budget_alert_emails
  monthly_budget_usd         = var.monthly_budget_usd
  error_rate_alarm_percent   = var.error_rate_alarm_percent
  latency_p99_alarm_seconds  = var.latency_p99_alarm_seconds
  db_cpu_alarm_percent       = var.db_cpu_alarm_percent
  queue_age_alarm_seconds    = var.queue_age_alarm_seconds
}
