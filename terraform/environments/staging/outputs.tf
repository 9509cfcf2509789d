# What the pipeline (.github/workflows) and the runbooks (docs/operations/) read with
# `terraform output -raw NAME`.

# The release workflow's settings (docs/images-and-pipelines.md): the smoke test goes through
# CloudFront, the only way into the load balancer.
output "brightpath_web_url" {
  value = "https://${var.app_domain_name}"
}

output "brightpath_api_url" {
  value = "https://${var.app_domain_name}"
}

output "aws_region" {
  value = var.aws_region
}

output "aws_deploy_role_arn" {
  value = module.compute.deploy_role_arn
}

output "web_bucket_name" {
  value = module.edge.web_bucket_name
}

output "cloudfront_distribution_id" {
  value = module.edge.cloudfront_distribution_id
}

output "server_ecr_repository_url" {
  value = module.compute.server_ecr_repository_url
}

output "web_ecr_repository_url" {
  value = module.compute.web_ecr_repository_url
}

output "ecs_cluster_name" {
  value = module.compute.ecs_cluster_name
}

output "api_service_name" {
  value = module.compute.api_service_name
}

output "worker_service_name" {
  value = module.compute.worker_service_name
}

output "api_task_definition_family" {
  value = module.compute.api_task_definition_family
}

output "worker_task_definition_family" {
  value = module.compute.worker_task_definition_family
}

output "migrate_task_definition_family" {
  value = module.compute.migrate_task_definition_family
}

output "codedeploy_app_name" {
  value = module.compute.codedeploy_app_name
}

output "codedeploy_deployment_group_name" {
  value = module.compute.codedeploy_deployment_group_name
}

output "app_subnet_ids" {
  description = "Where one-off tasks (migrate) run."
  value       = module.network.app_subnet_ids
}

output "worker_security_group_id" {
  description = "The group one-off tasks (migrate) run in."
  value       = module.security.worker_security_group_id
}

output "database_url_secret_arn" {
  value = module.database.database_url_secret_arn
}

output "signing_key_secret_arn" {
  value = module.security.signing_key_secret_arn
}

output "signing_key_previous_secret_arn" {
  value = module.security.signing_key_previous_secret_arn
}

output "redis_url_secret_arn" {
  value = module.compute.redis_url_secret_arn
}

output "db_instance_identifier" {
  value = module.database.instance_identifier
}

output "db_replica_identifiers" {
  value = module.database.replica_identifiers
}

output "alb_log_bucket_name" {
  description = "The load balancer's access logs, under alb/AWSLogs/<account>/elasticloadbalancing/<region>/<date>/."
  value       = module.compute.alb_log_bucket_name
}

output "alarm_topic_arns" {
  value = module.observability.alarm_topic_arns
}

output "alarm_names" {
  value = module.observability.alarm_names
}
