# The API service: brightpath-server behind the load balancer, with the CloudWatch agent
# beside it. The server speaks TLS to ElastiCache itself (REDIS_URL is rediss://). CodeDeploy
# owns its task definition and target group after the first apply (blue/green), so Terraform
# ignores them then.

resource "aws_ecs_task_definition" "api" {
  family                   = "${var.name}-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.api_cpu
  memory                   = var.api_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.api_task.arn
  tags                     = var.tags

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = local.server_image
      essential              = true
      portMappings           = [{ containerPort = var.api_port, protocol = "tcp" }]
      environment            = local.api_environment
      secrets                = concat(local.api_secrets, local.setting_secrets)
      healthCheck            = local.api_health_check
      readonlyRootFilesystem = true
      # Longer than the drain, so SIGTERM's drain finishes before SIGKILL.
      stopTimeout      = local.drain_seconds + 30
      logConfiguration = { logDriver = "awslogs", options = local.log_options.api }
    },
    {
      name      = "cloudwatch-agent"
      image     = var.cloudwatch_agent_image
      essential = false
      secrets = [
        { name = "CW_CONFIG_CONTENT", valueFrom = aws_ssm_parameter.agent_config.arn },
        { name = "PROMETHEUS_CONFIG_CONTENT", valueFrom = aws_ssm_parameter.agent_prometheus.arn },
      ]
      logConfiguration = { logDriver = "awslogs", options = merge(local.log_options.api, { "awslogs-stream-prefix" = "cloudwatch-agent" }) }
    },
  ])
}

resource "aws_ecs_service" "api" {
  name                              = "${var.name}-api"
  cluster                           = aws_ecs_cluster.main.id
  task_definition                   = aws_ecs_task_definition.api.arn
  desired_count                     = var.api_desired_count
  launch_type                       = "FARGATE"
  platform_version                  = "1.4.0"
  health_check_grace_period_seconds = 60
  propagate_tags                    = "SERVICE"
  enable_ecs_managed_tags           = true
  tags                              = var.tags

  deployment_controller {
    type = "CODE_DEPLOY"
  }

  network_configuration {
    subnets          = var.app_subnet_ids
    security_groups  = [var.api_security_group_id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api["blue"].arn
    container_name   = "api"
    container_port   = var.api_port
  }

  lifecycle {
    ignore_changes = [task_definition, load_balancer, desired_count]
  }

  depends_on = [aws_lb_listener.https, aws_lb_listener_rule.from_cloudfront]
}
