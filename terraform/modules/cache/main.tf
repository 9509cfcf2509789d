# ElastiCache Redis for what the API replicas share (rate limits, sign-in throttling,
# caches): encrypted at rest with the data key and in transit (TLS), with an AUTH token.

resource "aws_elasticache_subnet_group" "main" {
  name       = var.name
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_elasticache_parameter_group" "main" {
  name   = "${var.name}-redis7"
  family = "redis7"
  tags   = var.tags

  # Only keys with a lifetime (counters, cached copies) may be evicted under memory pressure.
  parameter {
    name  = "maxmemory-policy"
    value = "volatile-lru"
  }
}

resource "random_password" "auth_token" {
  length  = 64
  special = false
}

resource "aws_elasticache_replication_group" "main" {
  replication_group_id = var.name
  description          = "BrightPath ${var.name}: rate limits, sign-in throttling, caches"
  engine               = "redis"
  engine_version       = "7.0"
  node_type            = var.node_type
  port                 = var.port
  num_cache_clusters   = 1 + var.replica_count
  parameter_group_name = aws_elasticache_parameter_group.main.name
  subnet_group_name    = aws_elasticache_subnet_group.main.name
  security_group_ids   = [var.security_group_id]

  automatic_failover_enabled = var.replica_count > 0
  multi_az_enabled           = var.replica_count > 0

  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = true
  auth_token                 = random_password.auth_token.result

  snapshot_retention_limit   = var.snapshot_retention_days
  snapshot_window            = "02:00-03:00"
  maintenance_window         = "sun:05:30-sun:06:30"
  auto_minor_version_upgrade = true
  apply_immediately          = false

  tags = var.tags
}
