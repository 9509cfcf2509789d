variable "name" {
  description = "Prefix of every name, brightpath-<environment>."
  type        = string
}

variable "tags" {
  description = "Tags of every resource (the provider's default_tags add the same)."
  type        = map(string)
}

variable "subnet_ids" {
  description = "The data subnets (two or more zones)."
  type        = list(string)
}

variable "security_group_id" {
  description = "The cache's security group (reachable from the API only)."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key for encryption at rest."
  type        = string
}

variable "node_type" {
  description = "ElastiCache node type."
  type        = string
}

variable "replica_count" {
  description = "Replicas of the primary; one or more turns on automatic failover across zones."
  type        = number
}

variable "port" {
  description = "Redis's port."
  type        = number
}

variable "snapshot_retention_days" {
  description = "Daily snapshots kept (0: none; the cache holds only counters and copies)."
  type        = number
}
