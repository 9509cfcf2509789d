# The alarms of the runbooks (docs/operations/): each names its topic by priority.

resource "aws_cloudwatch_metric_alarm" "api_5xx_rate" {
  alarm_name          = "${var.name}-api-5xx-rate"
  alarm_description   = "More than ${var.error_rate_alarm_percent}% of API requests answered 5xx for 3 of 5 minutes"
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.error_rate_alarm_percent
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarm["critical"].arn]
  ok_actions          = [aws_sns_topic.alarm["critical"].arn]
  tags                = var.tags

  metric_query {
    id = "requests"
    metric {
      namespace   = var.metrics_namespace
      metric_name = "Requests"
      stat        = "Sum"
      period      = 60
    }
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = var.metrics_namespace
      metric_name = "ServerErrors"
      stat        = "Sum"
      period      = 60
    }
  }

  # A handful of requests at night must not page anyone for one failure.
  metric_query {
    id          = "error_rate"
    expression  = "IF(requests >= 20, 100 * errors / requests, 0)"
    label       = "5xx share of requests (%)"
    return_data = true
  }
}

resource "aws_cloudwatch_metric_alarm" "api_p99_latency" {
  alarm_name          = "${var.name}-api-p99-latency"
  alarm_description   = "API p99 latency above ${var.latency_p99_alarm_seconds} s for 5 minutes"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  extended_statistic  = "p99"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  threshold           = var.latency_p99_alarm_seconds
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions          = { LoadBalancer = var.alb_arn_suffix }
  alarm_actions       = [aws_sns_topic.alarm["warning"].arn]
  ok_actions          = [aws_sns_topic.alarm["warning"].arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "api_no_healthy_task" {
  alarm_name          = "${var.name}-api-no-healthy-task"
  alarm_description   = "No API task is running: the site answers nothing"
  namespace           = "ECS/ContainerInsights"
  metric_name         = "RunningTaskCount"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = 1
  comparison_operator = "LessThanThreshold"
  treat_missing_data  = "breaching"
  dimensions          = { ClusterName = var.ecs_cluster_name, ServiceName = var.api_service_name }
  alarm_actions       = [aws_sns_topic.alarm["critical"].arn]
  ok_actions          = [aws_sns_topic.alarm["critical"].arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "db_cpu" {
  alarm_name          = "${var.name}-db-cpu"
  alarm_description   = "Database CPU above ${var.db_cpu_alarm_percent}% for 5 minutes"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  threshold           = var.db_cpu_alarm_percent
  comparison_operator = "GreaterThanThreshold"
  dimensions          = { DBInstanceIdentifier = var.db_instance_identifier }
  alarm_actions       = [aws_sns_topic.alarm["warning"].arn]
  ok_actions          = [aws_sns_topic.alarm["warning"].arn]
  tags                = var.tags
}

# How long the oldest queued solve job has waited, as every API task's agent publishes it
# (modules/compute, settings.tf: dimension job = "brightpath"): the time a parent has been
# waiting for auto-schedule to start. Two minutes running, so one late scrape does not alarm;
# no data (nothing scraped) is left to the no-healthy-task alarm.
resource "aws_cloudwatch_metric_alarm" "queue_age" {
  alarm_name          = "${var.name}-solve-queue-age"
  alarm_description   = "The oldest queued solve job has waited more than ${var.queue_age_alarm_seconds} s"
  namespace           = var.metrics_namespace
  metric_name         = "brightpath_jobs_oldest_queued_seconds"
  dimensions          = { job = "brightpath" }
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = var.queue_age_alarm_seconds
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarm["warning"].arn]
  ok_actions          = [aws_sns_topic.alarm["warning"].arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "cache_cpu" {
  alarm_name          = "${var.name}-cache-cpu"
  alarm_description   = "Redis engine CPU above 80% for 5 minutes"
  namespace           = "AWS/ElastiCache"
  metric_name         = "EngineCPUUtilization"
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 5
  datapoints_to_alarm = 5
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  dimensions          = { ReplicationGroupId = var.cache_replication_group_id }
  alarm_actions       = [aws_sns_topic.alarm["warning"].arn]
  tags                = var.tags
}
