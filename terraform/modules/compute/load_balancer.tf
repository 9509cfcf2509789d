# The load balancer CloudFront sends /api/* to, over HTTPS with TLS 1.2 or later, with two
# target groups for CodeDeploy's blue/green switch.

locals {
  # BRIGHTPATH_SHUTDOWN_DRAIN_SECONDS: interval times unhealthy threshold, so the load
  # balancer has stopped sending before the server stops accepting.
  health_check_interval = 10
  unhealthy_threshold   = 3
  drain_seconds         = local.health_check_interval * local.unhealthy_threshold
}

resource "aws_acm_certificate" "origin" {
  domain_name       = var.origin_domain_name
  validation_method = "DNS"
  tags              = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "origin_validation" {
  for_each = {
    for option in aws_acm_certificate.origin.domain_validation_options : option.domain_name => option
  }
  zone_id = var.zone_id
  name    = each.value.resource_record_name
  type    = each.value.resource_record_type
  records = [each.value.resource_record_value]
  ttl     = 300
}

resource "aws_acm_certificate_validation" "origin" {
  certificate_arn         = aws_acm_certificate.origin.arn
  validation_record_fqdns = [for record in aws_route53_record.origin_validation : record.fqdn]
}

resource "aws_lb" "main" {
  name                       = var.name
  load_balancer_type         = "application"
  internal                   = false
  subnets                    = var.public_subnet_ids
  security_groups            = [var.alb_security_group_id]
  drop_invalid_header_fields = true
  # CloudFront appends the viewer's address as the last X-Forwarded-For entry; appending
  # CloudFront's own after it would make every family behind one edge location one "client"
  # for the server's rate limit and sign-in throttling (BRIGHTPATH_TRUST_PROXY reads the
  # last entry).
  xff_header_processing_mode = "preserve"
  enable_deletion_protection = var.alb_deletion_protection
  # Server-sent solve progress may be quiet for a while between events.
  idle_timeout = 120
  tags         = var.tags

  access_logs {
    bucket  = aws_s3_bucket.alb_logs.id
    prefix  = local.access_log_prefix
    enabled = true
  }

  # Enabling access logs checks that the load balancer may write to the bucket.
  depends_on = [aws_s3_bucket_policy.alb_logs]
}

resource "aws_lb_target_group" "api" {
  for_each             = toset(["blue", "green"])
  name                 = "${var.name}-${each.key}"
  port                 = var.api_port
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = var.vpc_id
  deregistration_delay = local.drain_seconds
  tags                 = var.tags

  health_check {
    path                = "/readyz"
    matcher             = "200"
    interval            = local.health_check_interval
    timeout             = 5
    healthy_threshold   = 2
    unhealthy_threshold = local.unhealthy_threshold
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.main.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.origin.certificate_arn
  tags              = var.tags

  # Only CloudFront's requests reach the servers (the rule below); anything else that
  # reaches the load balancer (another CloudFront distribution, which its security group
  # cannot tell apart from ours) is refused here.
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      status_code  = "403"
      message_body = "{\"error\":{\"code\":\"forbidden\",\"message\":\"Not through this site's address\"}}"
    }
  }
}

# Requests with the origin header CloudFront sets go to the servers. CodeDeploy moves this
# rule's forward between blue and green on every release (it rewrites the production
# listener's rules that forward to the live target group), so Terraform leaves its action
# alone after creating it.
resource "aws_lb_listener_rule" "from_cloudfront" {
  listener_arn = aws_lb_listener.https.arn
  priority     = 20
  tags         = var.tags

  condition {
    http_header {
      http_header_name = var.origin_header_name
      values           = [var.origin_secret]
    }
  }

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api["blue"].arn
  }

  lifecycle {
    ignore_changes = [action]
  }
}

# CodeDeploy's test route: the new (green) tasks answer here before any traffic moves to
# them. No security group rule opens this port, so only the VPC reaches it.
resource "aws_lb_listener" "test" {
  load_balancer_arn = aws_lb.main.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.origin.certificate_arn
  tags              = var.tags

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api["green"].arn
  }

  lifecycle {
    ignore_changes = [default_action]
  }
}

# /metrics is for a scraper inside the network (docs/server.md), never for the internet.
resource "aws_lb_listener_rule" "hide_metrics" {
  listener_arn = aws_lb_listener.https.arn
  priority     = 10
  tags         = var.tags

  condition {
    path_pattern {
      values = ["/metrics"]
    }
  }

  action {
    type = "fixed-response"
    fixed_response {
      content_type = "application/json"
      status_code  = "404"
      message_body = "{\"error\":{\"code\":\"not_found\",\"message\":\"No such route\"}}"
    }
  }
}

resource "aws_route53_record" "origin" {
  zone_id = var.zone_id
  name    = var.origin_domain_name
  type    = "A"

  alias {
    name                   = aws_lb.main.dns_name
    zone_id                = aws_lb.main.zone_id
    evaluate_target_health = true
  }
}
