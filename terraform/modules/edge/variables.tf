variable "name" {
  description = "Prefix of every name, brightpath-<environment>."
  type        = string
}

variable "tags" {
  description = "Tags of every resource (the provider's default_tags add the same)."
  type        = map(string)
}

variable "zone_id" {
  description = "Route 53 zone of the app's records and certificate."
  type        = string
}

variable "app_domain_name" {
  description = "The parent's web address, e.g. app.example.org."
  type        = string
}

variable "api_origin_domain_name" {
  description = "The load balancer's HTTPS name, where /api/* goes."
  type        = string
}

variable "origin_header_name" {
  description = "Header CloudFront adds to every request to the load balancer, which forwards only those carrying it."
  type        = string
}

variable "origin_secret" {
  description = "That header's value."
  type        = string
  sensitive   = true
}

variable "price_class" {
  description = "CloudFront price class (edge locations used)."
  type        = string
}

variable "waf_rate_limit_per_5_minutes" {
  description = "Requests one client address may make in 5 minutes before WAF blocks it."
  type        = number
}

variable "waf_signin_rate_limit_per_5_minutes" {
  description = "The same for /api/v1/auth/* (sign-in, sign-up, refresh)."
  type        = number
}
