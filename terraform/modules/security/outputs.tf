output "data_kms_key_arn" {
  value = aws_kms_key.data.arn
}

output "logs_kms_key_arn" {
  value = aws_kms_key.logs.arn
}

output "alerts_kms_key_arn" {
  value = aws_kms_key.alerts.arn
}

output "alb_security_group_id" {
  value = aws_security_group.alb.id
}

output "api_security_group_id" {
  value = aws_security_group.api.id
}

output "worker_security_group_id" {
  value = aws_security_group.worker.id
}

output "database_security_group_id" {
  value = aws_security_group.database.id
}

output "cache_security_group_id" {
  value = aws_security_group.cache.id
}

output "signing_key_secret_arn" {
  value = aws_secretsmanager_secret.signing_key.arn
}

output "signing_key_previous_secret_arn" {
  value = aws_secretsmanager_secret.signing_key_previous.arn
}

output "origin_secret" {
  value     = random_password.origin_secret.result
  sensitive = true
}
