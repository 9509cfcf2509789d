# The server writes one JSON object per line (server/log.cpp): the request log has msg
# "request" with method, route (the pattern, never the raw path), status and duration_us;
# the worker logs msg "job finished" with status and duration_ms. The metric filters read
# exactly those fields.

resource "aws_cloudwatch_log_group" "service" {
  for_each          = toset(["api", "worker", "metrics"])
  name              = "/${var.name}/${each.key}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.logs_kms_key_arn
  tags              = var.tags
}

locals {
  request = "$.msg = \"request\""
  # Every route that stores a new plan version answers 201 (server/http/routes_plans.cpp,
  # routes_jobs.cpp).
  save_routes = [
    "/api/v1/households/{household}/plans",
    "/api/v1/households/{household}/plans/{plan}/versions",
    "/api/v1/households/{household}/plans/{plan}/edits",
    "/api/v1/households/{household}/plans/{plan}/versions/{version}/restore",
    "/api/v1/households/{household}/jobs/{job}/accept",
  ]

  api_filters = {
    Requests            = { pattern = "{ ${local.request} }", value = "1", unit = "Count", default = 0 }
    ServerErrors        = { pattern = "{ ${local.request} && $.status >= 500 }", value = "1", unit = "Count", default = 0 }
    RequestDuration     = { pattern = "{ ${local.request} }", value = "$.duration_us", unit = "Microseconds", default = null }
    RateLimited         = { pattern = "{ ${local.request} && $.status = 429 }", value = "1", unit = "Count", default = 0 }
    SignUps             = { pattern = "{ ${local.request} && $.route = \"/api/v1/auth/signup\" && $.status = 201 }", value = "1", unit = "Count", default = 0 }
    SignInFailures      = { pattern = "{ ${local.request} && $.route = \"/api/v1/auth/signin\" && $.status = 401 }", value = "1", unit = "Count", default = 0 }
    PlansSaved          = { pattern = "{ ${local.request} && $.method = \"POST\" && $.status = 201 && (${join(" || ", [for r in local.save_routes : "$.route = \"${r}\""])}) }", value = "1", unit = "Count", default = 0 }
    ApiErrorsLogged     = { pattern = "{ $.level = \"error\" }", value = "1", unit = "Count", default = 0 }
    DatabaseUnavailable = { pattern = "{ ${local.request} && $.status = 503 }", value = "1", unit = "Count", default = 0 }
  }

  worker_filters = {
    SolvesRun          = { pattern = "{ $.msg = \"job finished\" }", value = "1", unit = "Count", default = 0 }
    SolvesFailed       = { pattern = "{ $.msg = \"job finished\" && $.status = \"failed\" }", value = "1", unit = "Count", default = 0 }
    SolveDuration      = { pattern = "{ $.msg = \"job finished\" }", value = "$.duration_ms", unit = "Milliseconds", default = null }
    JobLeasesLost      = { pattern = "{ $.msg = \"job lease lost\" }", value = "1", unit = "Count", default = 0 }
    WorkerErrorsLogged = { pattern = "{ $.level = \"error\" }", value = "1", unit = "Count", default = 0 }
  }
}

resource "aws_cloudwatch_log_metric_filter" "api" {
  for_each       = local.api_filters
  name           = "${var.name}-${each.key}"
  log_group_name = aws_cloudwatch_log_group.service["api"].name
  pattern        = each.value.pattern

  metric_transformation {
    namespace     = var.metrics_namespace
    name          = each.key
    value         = each.value.value
    unit          = each.value.unit
    default_value = each.value.default
  }
}

resource "aws_cloudwatch_log_metric_filter" "worker" {
  for_each       = local.worker_filters
  name           = "${var.name}-${each.key}"
  log_group_name = aws_cloudwatch_log_group.service["worker"].name
  pattern        = each.value.pattern

  metric_transformation {
    namespace     = var.metrics_namespace
    name          = each.key
    value         = each.value.value
    unit          = each.value.unit
    default_value = each.value.default
  }
}
