variable "name" {
  description = "Prefix of every name, brightpath-<environment>."
  type        = string
}

variable "tags" {
  description = "Tags of every resource (the provider's default_tags add the same)."
  type        = map(string)
}

variable "vpc_id" {
  description = "The VPC the security groups belong to."
  type        = string
}

variable "api_port" {
  description = "Port the API containers listen on (BRIGHTPATH_PORT)."
  type        = number
}

variable "database_port" {
  description = "PostgreSQL's port."
  type        = number
}

variable "cache_port" {
  description = "Redis's port."
  type        = number
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can still be restored."
  type        = number
}
