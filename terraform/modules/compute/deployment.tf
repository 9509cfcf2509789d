# Blue/green releases of the API through CodeDeploy: the new tasks start in the idle target
# group, traffic moves per deployment_config_name, and CodeDeploy rolls back by itself when
# the deployment fails or one of the alarms below fires while it runs.

resource "aws_cloudwatch_metric_alarm" "deploy_target_5xx" {
  for_each            = aws_lb_target_group.api
  alarm_name          = "${var.name}-deploy-${each.key}-5xx"
  alarm_description   = "Release guard: the ${each.key} tasks answer 5xx (CodeDeploy rolls back)"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_Target_5XX_Count"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = 5
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = aws_lb.main.arn_suffix
    TargetGroup  = each.value.arn_suffix
  }
  tags = var.tags
}

resource "aws_cloudwatch_metric_alarm" "deploy_unhealthy" {
  for_each            = aws_lb_target_group.api
  alarm_name          = "${var.name}-deploy-${each.key}-unhealthy"
  alarm_description   = "Release guard: a ${each.key} task fails /readyz (CodeDeploy rolls back)"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 2
  datapoints_to_alarm = 2
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = aws_lb.main.arn_suffix
    TargetGroup  = each.value.arn_suffix
  }
  tags = var.tags
}

resource "aws_codedeploy_app" "main" {
  name             = var.name
  compute_platform = "ECS"
  tags             = var.tags
}

resource "aws_codedeploy_deployment_group" "api" {
  app_name               = aws_codedeploy_app.main.name
  deployment_group_name  = "${var.name}-api"
  service_role_arn       = aws_iam_role.codedeploy.arn
  deployment_config_name = var.deployment_config_name
  tags                   = var.tags

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  blue_green_deployment_config {
    deployment_ready_option {
      action_on_timeout = "CONTINUE_DEPLOYMENT"
    }
    terminate_blue_instances_on_deployment_success {
      action                           = "TERMINATE"
      termination_wait_time_in_minutes = var.deployment_termination_wait_minutes
    }
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]
  }

  alarm_configuration {
    enabled = true
    alarms  = concat([for a in aws_cloudwatch_metric_alarm.deploy_target_5xx : a.alarm_name], [for a in aws_cloudwatch_metric_alarm.deploy_unhealthy : a.alarm_name])
  }

  ecs_service {
    cluster_name = aws_ecs_cluster.main.name
    service_name = aws_ecs_service.api.name
  }

  load_balancer_info {
    target_group_pair_info {
      prod_traffic_route {
        listener_arns = [aws_lb_listener.https.arn]
      }
      test_traffic_route {
        listener_arns = [aws_lb_listener.test.arn]
      }
      target_group {
        name = aws_lb_target_group.api["blue"].name
      }
      target_group {
        name = aws_lb_target_group.api["green"].name
      }
    }
  }
}
