variable "name" {
  description = "Prefix of every name, brightpath-<environment>."
  type        = string
}

variable "tags" {
  description = "Tags of every resource (the provider's default_tags add the same)."
  type        = map(string)
}

variable "vpc_cidr" {
  description = "The VPC's address range; split into /20 subnets (public, app, data per zone)."
  type        = string
}

variable "availability_zone_count" {
  description = "Availability zones the subnets span (2 or more)."
  type        = number

  validation {
    condition     = var.availability_zone_count >= 2 && var.availability_zone_count <= 4
    error_message = "availability_zone_count must be between 2 and 4."
  }
}

variable "nat_gateway_count" {
  description = "NAT gateways: one per zone survives a zone outage; one is cheaper."
  type        = number

  validation {
    condition     = var.nat_gateway_count >= 1 && var.nat_gateway_count <= var.availability_zone_count
    error_message = "nat_gateway_count must be between 1 and availability_zone_count: the app subnets route out through them."
  }
}

variable "flow_log_retention_days" {
  description = "How long VPC flow logs are kept."
  type        = number
}

variable "data_ports" {
  description = "Ports the data tier serves (PostgreSQL, Redis), which its network ACL lets in."
  type        = list(number)
}

variable "logs_kms_key_arn" {
  description = "KMS key that encrypts CloudWatch log groups."
  type        = string
}
