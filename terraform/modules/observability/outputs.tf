output "api_log_group_name" {
  value = aws_cloudwatch_log_group.service["api"].name
}

output "worker_log_group_name" {
  value = aws_cloudwatch_log_group.service["worker"].name
}

output "metrics_log_group_name" {
  value = aws_cloudwatch_log_group.service["metrics"].name
}

output "log_group_arns" {
  value = [for g in aws_cloudwatch_log_group.service : g.arn]
}

output "alarm_topic_arns" {
  value = { for priority, topic in aws_sns_topic.alarm : priority => topic.arn }
}

output "alarm_names" {
  value = [
    aws_cloudwatch_metric_alarm.api_5xx_rate.alarm_name,
    aws_cloudwatch_metric_alarm.api_p99_latency.alarm_name,
    aws_cloudwatch_metric_alarm.api_no_healthy_task.alarm_name,
    aws_cloudwatch_metric_alarm.db_cpu.alarm_name,
    aws_cloudwatch_metric_alarm.queue_age.alarm_name,
    aws_cloudwatch_metric_alarm.cache_cpu.alarm_name,
  ]
}
