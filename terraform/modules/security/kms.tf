# Customer-managed keys, rotated yearly: one for data at rest (RDS, ElastiCache, Secrets
# Manager, ECR), one for logs and one for the alarm topics, because CloudWatch Logs,
# CloudWatch alarms and EventBridge each need the key policy to name them.

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  account_root = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"
}

data "aws_iam_policy_document" "account_admin" {
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [local.account_root]
    }
  }
}

resource "aws_kms_key" "data" {
  description         = "${var.name}: data at rest (RDS, ElastiCache, Secrets Manager, ECR)"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.account_admin.json
  tags                = var.tags
}

resource "aws_kms_alias" "data" {
  name          = "alias/${var.name}-data"
  target_key_id = aws_kms_key.data.key_id
}

data "aws_iam_policy_document" "logs_key" {
  source_policy_documents = [data.aws_iam_policy_document.account_admin.json]

  statement {
    sid       = "CloudWatchLogsEncrypts"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["logs.${data.aws_region.current.name}.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "kms:EncryptionContext:aws:logs:arn"
      values   = ["arn:aws:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:log-group:/${var.name}/*"]
    }
  }
}

resource "aws_kms_key" "logs" {
  description         = "${var.name}: CloudWatch log groups"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.logs_key.json
  tags                = var.tags
}

resource "aws_kms_alias" "logs" {
  name          = "alias/${var.name}-logs"
  target_key_id = aws_kms_key.logs.key_id
}

# CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed SNS key, so the
# alarm topics get their own key that names the services allowed to use it.
data "aws_iam_policy_document" "alerts_key" {
  source_policy_documents = [data.aws_iam_policy_document.account_admin.json]

  statement {
    sid       = "AlarmsAndEventsPublish"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com", "events.amazonaws.com", "codedeploy.amazonaws.com"]
    }
  }
}

resource "aws_kms_key" "alerts" {
  description         = "${var.name}: alarm topics"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.alerts_key.json
  tags                = var.tags
}

resource "aws_kms_alias" "alerts" {
  name          = "alias/${var.name}-alerts"
  target_key_id = aws_kms_key.alerts.key_id
}
