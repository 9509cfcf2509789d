output "ecs_cluster_name" {
  value = aws_ecs_cluster.main.name
}

output "api_service_name" {
  value = aws_ecs_service.api.name
}

output "worker_service_name" {
  value = aws_ecs_service.worker.name
}

output "api_task_definition_family" {
  value = aws_ecs_task_definition.api.family
}

output "worker_task_definition_family" {
  value = aws_ecs_task_definition.worker.family
}

output "migrate_task_definition_family" {
  value = aws_ecs_task_definition.migrate.family
}

output "codedeploy_app_name" {
  value = aws_codedeploy_app.main.name
}

output "codedeploy_deployment_group_name" {
  value = aws_codedeploy_deployment_group.api.deployment_group_name
}

output "server_ecr_repository_url" {
  value = aws_ecr_repository.image["server"].repository_url
}

output "web_ecr_repository_url" {
  value = aws_ecr_repository.image["web"].repository_url
}

output "alb_arn_suffix" {
  value = aws_lb.main.arn_suffix
}

output "deploy_role_arn" {
  value = aws_iam_role.deploy.arn
}

output "redis_url_secret_arn" {
  value = aws_secretsmanager_secret.redis_url.arn
}

output "alb_log_bucket_name" {
  value = aws_s3_bucket.alb_logs.bucket
}
