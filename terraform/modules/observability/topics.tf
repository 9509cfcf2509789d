# Alarm routing by priority: critical wakes someone, warning is looked at the same day, info
# is a record (successful deployments).

resource "aws_sns_topic" "alarm" {
  for_each          = toset(["critical", "warning", "info"])
  name              = "${var.name}-${each.key}"
  kms_master_key_id = var.alerts_kms_key_arn
  tags              = var.tags
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "alarm_topic" {
  for_each = aws_sns_topic.alarm

  statement {
    sid       = "AlarmsAndEventsPublish"
    actions   = ["sns:Publish"]
    resources = [each.value.arn]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com", "events.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_sns_topic_policy" "alarm" {
  for_each = aws_sns_topic.alarm
  arn      = each.value.arn
  policy   = data.aws_iam_policy_document.alarm_topic[each.key].json
}

locals {
  subscriptions = concat(
    [for email in var.critical_alarm_emails : { topic = "critical", email = email }],
    [for email in var.warning_alarm_emails : { topic = "warning", email = email }],
  )
}

resource "aws_sns_topic_subscription" "email" {
  for_each  = { for s in local.subscriptions : "${s.topic}:${s.email}" => s }
  topic_arn = aws_sns_topic.alarm[each.value.topic].arn
  protocol  = "email"
  endpoint  = each.value.email
}
