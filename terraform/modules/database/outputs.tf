output "instance_identifier" {
  value = aws_db_instance.primary.identifier
}

output "address" {
  value = aws_db_instance.primary.address
}

output "replica_addresses" {
  value = aws_db_instance.replica[*].address
}

output "replica_identifiers" {
  value = aws_db_instance.replica[*].identifier
}

output "database_url_secret_arn" {
  value = aws_secretsmanager_secret.database_url.arn
}
