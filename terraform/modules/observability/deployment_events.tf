# Failed deployments: CodeDeploy's API releases and the ECS circuit breaker's worker rollbacks
# go to the critical topic; successful releases are recorded on the info topic.

resource "aws_cloudwatch_event_rule" "deployment_failed" {
  name        = "${var.name}-deployment-failed"
  description = "A BrightPath release failed or was rolled back"
  tags        = var.tags
  event_pattern = jsonencode({
    "$or" = [
      {
        source        = ["aws.codedeploy"]
        "detail-type" = ["CodeDeploy Deployment State-change Notification"]
        detail        = { application = [var.codedeploy_app_name], state = ["FAILURE", "STOP"] }
      },
      {
        source        = ["aws.ecs"]
        "detail-type" = ["ECS Deployment State Change"]
        resources     = [{ wildcard = "arn:aws:ecs:*:*:service/${var.ecs_cluster_name}/*" }]
        detail        = { eventName = ["SERVICE_DEPLOYMENT_FAILED"] }
      },
    ]
  })
}

resource "aws_cloudwatch_event_target" "deployment_failed" {
  rule      = aws_cloudwatch_event_rule.deployment_failed.name
  target_id = "critical-topic"
  arn       = aws_sns_topic.alarm["critical"].arn
}

resource "aws_cloudwatch_event_rule" "deployment_succeeded" {
  name        = "${var.name}-deployment-succeeded"
  description = "A BrightPath API release finished"
  tags        = var.tags
  event_pattern = jsonencode({
    source        = ["aws.codedeploy"]
    "detail-type" = ["CodeDeploy Deployment State-change Notification"]
    detail        = { application = [var.codedeploy_app_name], state = ["SUCCESS"] }
  })
}

resource "aws_cloudwatch_event_target" "deployment_succeeded" {
  rule      = aws_cloudwatch_event_rule.deployment_succeeded.name
  target_id = "info-topic"
  arn       = aws_sns_topic.alarm["info"].arn
}
