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
  description = "The database's security group (reachable from the API and workers only)."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key for storage, Performance Insights and the secret."
  type        = string
}

variable "instance_class" {
  description = "RDS instance class of the primary and the replicas."
  type        = string
}

variable "allocated_storage_gb" {
  description = "Storage at creation (gp3)."
  type        = number
}

variable "max_allocated_storage_gb" {
  description = "Ceiling of storage autoscaling."
  type        = number
}

variable "multi_az" {
  description = "A synchronous standby in a second zone."
  type        = bool
}

variable "deletion_protection" {
  description = "Refuse to delete the primary and the replicas."
  type        = bool
}

variable "backup_retention_days" {
  description = "Daily snapshots and point-in-time recovery window (1-35 days)."
  type        = number

  validation {
    condition     = var.backup_retention_days >= 1 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be 1 to 35: 0 would turn point-in-time recovery off."
  }
}

variable "read_replica_count" {
  description = "Read replicas of the primary."
  type        = number
}

variable "max_connections" {
  description = "PostgreSQL max_connections: above every task's pool (BRIGHTPATH_DB_POOL_SIZE) at full scale."
  type        = number
}

variable "port" {
  description = "PostgreSQL's port."
  type        = number
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored."
  type        = number
}
