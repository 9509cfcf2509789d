# The role the release workflow assumes through GitHub's OIDC provider (no stored keys), only
# from this environment's GitHub environment, able to do exactly what
# scripts/deploy/release.sh does: register task definitions, run the migration task, move
# the workers, start and stop the API's CodeDeploy deployment, copy the web app to its bucket
# and invalidate CloudFront. The provider itself is made once per account (terraform/bootstrap).

data "aws_caller_identity" "current" {}

data "aws_iam_openid_connect_provider" "github" {
  url = "https://token.actions.githubusercontent.com"
}

data "aws_iam_policy_document" "deploy_assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [data.aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:${var.github_repository}:environment:${var.github_environment}"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "${var.name}-deploy"
  assume_role_policy = data.aws_iam_policy_document.deploy_assume.json
  tags               = var.tags
}

locals {
  account           = data.aws_caller_identity.current.account_id
  region            = data.aws_region.current.name
  deployment_group  = "arn:aws:codedeploy:${local.region}:${local.account}:deploymentgroup:${aws_codedeploy_app.main.name}/${aws_codedeploy_deployment_group.api.deployment_group_name}"
  codedeploy_app    = "arn:aws:codedeploy:${local.region}:${local.account}:application:${aws_codedeploy_app.main.name}"
  task_definitions  = "arn:aws:ecs:${local.region}:${local.account}:task-definition/${var.name}-*"
  cluster_tasks     = "arn:aws:ecs:${local.region}:${local.account}:task/${aws_ecs_cluster.main.name}/*"
  deployment_config = "arn:aws:codedeploy:${local.region}:${local.account}:deploymentconfig:*"
}

data "aws_iam_policy_document" "deploy" {
  statement {
    sid       = "TaskDefinitions"
    actions   = ["ecs:RegisterTaskDefinition", "ecs:DescribeTaskDefinition"]
    resources = ["*"]
  }
  statement {
    sid       = "Services"
    actions   = ["ecs:DescribeServices", "ecs:UpdateService"]
    resources = [aws_ecs_service.api.id, aws_ecs_service.worker.id]
  }
  statement {
    sid       = "MigrationTask"
    actions   = ["ecs:RunTask"]
    resources = [local.task_definitions]
    condition {
      test     = "ArnEquals"
      variable = "ecs:cluster"
      values   = [aws_ecs_cluster.main.arn]
    }
  }
  statement {
    sid       = "Tasks"
    actions   = ["ecs:DescribeTasks"]
    resources = [local.cluster_tasks]
  }
  statement {
    sid       = "PassTaskRoles"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.execution.arn, aws_iam_role.api_task.arn]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
  statement {
    sid       = "BlueGreen"
    actions   = ["codedeploy:CreateDeployment", "codedeploy:GetDeployment", "codedeploy:GetDeploymentTarget", "codedeploy:StopDeployment"]
    resources = [local.deployment_group]
  }
  statement {
    sid       = "Revisions"
    actions   = ["codedeploy:RegisterApplicationRevision", "codedeploy:GetApplicationRevision"]
    resources = [local.codedeploy_app]
  }
  statement {
    sid       = "DeploymentConfigs"
    actions   = ["codedeploy:GetDeploymentConfig"]
    resources = [local.deployment_config]
  }
  statement {
    sid       = "EcrLogin"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }
  statement {
    sid       = "PullWebImage"
    actions   = ["ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    resources = [aws_ecr_repository.image["web"].arn]
  }
  statement {
    sid       = "WebBucketList"
    actions   = ["s3:ListBucket"]
    resources = [var.web_bucket_arn]
  }
  statement {
    sid       = "WebBucketObjects"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${var.web_bucket_arn}/*"]
  }
  statement {
    sid       = "Invalidate"
    actions   = ["cloudfront:CreateInvalidation"]
    resources = [var.cloudfront_distribution_arn]
  }
}

resource "aws_iam_role_policy" "deploy" {
  name   = "release"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}
