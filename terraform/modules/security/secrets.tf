# The access-token signing key (BRIGHTPATH_SIGNING_KEY). Terraform makes the first value;
# later values come from the rotation runbook (put-secret-value), which Terraform then leaves
# alone.

resource "random_password" "signing_key" {
  length  = 64
  special = false
}

resource "aws_secretsmanager_secret" "signing_key" {
  name                    = "${var.name}/signing-key"
  description             = "BRIGHTPATH_SIGNING_KEY: HMAC-SHA256 key of access tokens"
  kms_key_id              = aws_kms_key.data.arn
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "signing_key" {
  secret_id     = aws_secretsmanager_secret.signing_key.id
  secret_string = random_password.signing_key.result

  lifecycle {
    ignore_changes = [secret_string]
  }
}

# BRIGHTPATH_SIGNING_KEY_PREVIOUS: during a rotation, the key before the current one, so the
# access tokens it signed still verify until they expire. It starts as the current value,
# which the server reads as "not rotating" (docs/operations/rotate-signing-key.md).
resource "aws_secretsmanager_secret" "signing_key_previous" {
  name                    = "${var.name}/signing-key-previous"
  description             = "BRIGHTPATH_SIGNING_KEY_PREVIOUS: the signing key before a rotation (verifies only)"
  kms_key_id              = aws_kms_key.data.arn
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "signing_key_previous" {
  secret_id     = aws_secretsmanager_secret.signing_key_previous.id
  secret_string = random_password.signing_key.result

  lifecycle {
    ignore_changes = [secret_string]
  }
}

# What CloudFront tells the load balancer with every request: its security group admits all
# of CloudFront (the prefix list), so this header, which only our distribution sends, is
# what keeps other distributions out (modules/edge sets it, modules/compute's listener
# forwards only requests that carry it). In the state, like the other generated secrets.
resource "random_password" "origin_secret" {
  length  = 48
  special = false
}
