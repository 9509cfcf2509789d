data "aws_region" "current" {}

resource "aws_ecs_cluster" "main" {
  name = var.name
  tags = var.tags

  # Container Insights publishes RunningTaskCount, which the scaling policies divide by.
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster_capacity_providers" "main" {
  cluster_name       = aws_ecs_cluster.main.name
  capacity_providers = ["FARGATE"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}
