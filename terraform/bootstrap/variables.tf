variable "aws_region" {
  type = string
}

variable "cost_center" {
  type = string
}

variable "owner_team" {
  type = string
}

variable "state_bucket_name" {
  description = "The bucket every environment's backend.tf names."
  type        = string
}

variable "lock_table_name" {
  description = "The DynamoDB table every environment's backend.tf names."
  type        = string
}

variable "github_repository" {
  description = "owner/name of the repository whose workflows may assume the roles."
  type        = string
}
