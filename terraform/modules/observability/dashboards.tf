# Three dashboards: operations (is it up, is it healthy), business (what families do) and
# performance (how fast).

data "aws_region" "current" {}

locals {
  region = data.aws_region.current.name
  ns     = var.metrics_namespace
  alb    = ["LoadBalancer", var.alb_arn_suffix]

  widget = {
    width  = 12
    height = 6
  }

  operations_widgets = [
    { title = "Requests and 5xx (server log)", stat = "Sum", metrics = [[local.ns, "Requests"], [local.ns, "ServerErrors"], [local.ns, "DatabaseUnavailable"]] },
    { title = "Running tasks", stat = "Average", metrics = [["ECS/ContainerInsights", "RunningTaskCount", "ClusterName", var.ecs_cluster_name, "ServiceName", var.api_service_name], ["ECS/ContainerInsights", "RunningTaskCount", "ClusterName", var.ecs_cluster_name, "ServiceName", var.worker_service_name]] },
    { title = "API CPU and memory (%)", stat = "Average", metrics = [["AWS/ECS", "CPUUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.api_service_name], ["AWS/ECS", "MemoryUtilization", "ClusterName", var.ecs_cluster_name, "ServiceName", var.api_service_name]] },
    { title = "Solve queue", stat = "Average", metrics = [[local.ns, "brightpath_jobs", "status", "queued"], [local.ns, "brightpath_jobs", "status", "running"], [local.ns, "brightpath_jobs", "status", "failed"]] },
    { title = "Oldest queued solve job: wait (s)", stat = "Maximum", metrics = [[local.ns, "brightpath_jobs_oldest_queued_seconds", "job", "brightpath"]] },
    { title = "Database CPU (%) and connections", stat = "Average", metrics = [["AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", var.db_instance_identifier], ["AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier", var.db_instance_identifier]] },
    { title = "Redis CPU (%) and memory (%)", stat = "Average", metrics = [["AWS/ElastiCache", "EngineCPUUtilization", "ReplicationGroupId", var.cache_replication_group_id], ["AWS/ElastiCache", "DatabaseMemoryUsagePercentage", "ReplicationGroupId", var.cache_replication_group_id]] },
  ]

  business_widgets = [
    { title = "Sign-ups", stat = "Sum", metrics = [[local.ns, "SignUps"]] },
    { title = "Plans saved", stat = "Sum", metrics = [[local.ns, "PlansSaved"]] },
    { title = "Solves run and failed", stat = "Sum", metrics = [[local.ns, "SolvesRun"], [local.ns, "SolvesFailed"]] },
    { title = "Failed sign-ins and rate-limited requests", stat = "Sum", metrics = [[local.ns, "SignInFailures"], [local.ns, "RateLimited"]] },
  ]

  performance_widgets = [
    { title = "Load balancer response time p50 / p90 / p99 (s)", stat = "p99", metrics = [concat(["AWS/ApplicationELB", "TargetResponseTime"], local.alb, [{ stat = "p50" }]), concat(["AWS/ApplicationELB", "TargetResponseTime"], local.alb, [{ stat = "p90" }]), concat(["AWS/ApplicationELB", "TargetResponseTime"], local.alb, [{ stat = "p99" }])] },
    { title = "Server request duration p99 (µs, server log)", stat = "p99", metrics = [[local.ns, "RequestDuration"]] },
    { title = "Solve duration p50 / p99 (ms)", stat = "p99", metrics = [[local.ns, "SolveDuration", { stat = "p50" }], [local.ns, "SolveDuration", { stat = "p99" }]] },
    { title = "Database read / write latency (s)", stat = "Average", metrics = [["AWS/RDS", "ReadLatency", "DBInstanceIdentifier", var.db_instance_identifier], ["AWS/RDS", "WriteLatency", "DBInstanceIdentifier", var.db_instance_identifier]] },
  ]

  dashboards = {
    operations  = local.operations_widgets
    business    = local.business_widgets
    performance = local.performance_widgets
  }
}

resource "aws_cloudwatch_dashboard" "main" {
  for_each       = toset(keys(local.dashboards))
  dashboard_name = "${var.name}-${each.key}"
  dashboard_body = jsonencode({
    widgets = [
      for i, w in local.dashboards[each.key] : {
        type   = "metric"
        x      = (i % 2) * local.widget.width
        y      = floor(i / 2) * local.widget.height
        width  = local.widget.width
        height = local.widget.height
        properties = {
          title   = w.title
          region  = local.region
          stat    = w.stat
          period  = 60
          view    = "timeSeries"
          metrics = w.metrics
        }
      }
    ]
  })
}
