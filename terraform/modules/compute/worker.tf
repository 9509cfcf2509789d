# Solve workers (`brightpath-server --worker`: no HTTP) and the one-off migration task the
# pipeline runs before a deployment (`--migrate-only`). The image's entry point is the
# server binary, so the commands are its flags.

resource "aws_ecs_task_definition" "worker" {
  family                   = "${var.name}-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.worker_cpu
  memory                   = var.worker_memory
  execution_role_arn       = aws_iam_role.execution.arn
  tags                     = var.tags

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([{
    name                   = "worker"
    image                  = local.server_image
    essential              = true
    command                = ["--worker"]
    environment            = local.worker_environment
    secrets                = concat(local.worker_secrets, local.setting_secrets)
    readonlyRootFilesystem = true
    # SIGTERM hands the job being solved back to the queue at once.
    stopTimeout      = 30
    logConfiguration = { logDriver = "awslogs", options = local.log_options.worker }
  }])
}

resource "aws_ecs_service" "worker" {
  name                    = "${var.name}-worker"
  cluster                 = aws_ecs_cluster.main.id
  task_definition         = aws_ecs_task_definition.worker.arn
  desired_count           = var.worker_min_capacity
  launch_type             = "FARGATE"
  platform_version        = "1.4.0"
  propagate_tags          = "SERVICE"
  enable_ecs_managed_tags = true
  tags                    = var.tags

  deployment_controller {
    type = "ECS"
  }

  # A worker release that cannot stay up goes back to the previous task definition by itself.
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.app_subnet_ids
    security_groups  = [var.worker_security_group_id]
    assign_public_ip = false
  }

  # Releases move the service to new revisions (scripts/deploy/release.sh); an apply must
  # not move it back to the image Terraform names.
  lifecycle {
    ignore_changes = [task_definition, desired_count]
  }
}

resource "aws_ecs_task_definition" "migrate" {
  family                   = "${var.name}-migrate"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.execution.arn
  tags                     = var.tags

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([{
    name                   = "migrate"
    image                  = local.server_image
    essential              = true
    command                = ["--migrate-only"]
    environment            = local.worker_environment
    secrets                = local.worker_secrets
    readonlyRootFilesystem = true
    logConfiguration       = { logDriver = "awslogs", options = merge(local.log_options.worker, { "awslogs-stream-prefix" = "migrate" }) }
  }])
}
