# Network ACLs are stateless: each tier allows its service ports in and the ephemeral
# ports of the answers back. The security groups do the fine-grained work.

locals {
  ephemeral_from = 1024
  ephemeral_to   = 65535
  # Every (port, app or data subnet) pair the data tier accepts; data subnets talk to each
  # other for Redis replication.
  data_ingress = flatten([
    for port in var.data_ports : [
      for cidr in concat(local.app_cidrs, local.data_cidrs) : { port = port, cidr = cidr }
    ]
  ])
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_subnet.public[*].id
  tags       = merge(var.tags, { Name = "${var.name}-public" })

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  # Answers to the NAT gateways' and the load balancer's own connections.
  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = local.ephemeral_from
    to_port    = local.ephemeral_to
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}

resource "aws_network_acl" "app" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_subnet.app[*].id
  tags       = merge(var.tags, { Name = "${var.name}-app" })

  # The load balancer's requests (the API port) and every answer come in on ports >= 1024.
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = local.ephemeral_from
    to_port    = local.ephemeral_to
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}

resource "aws_network_acl" "data" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = aws_subnet.data[*].id
  tags       = merge(var.tags, { Name = "${var.name}-data" })

  dynamic "ingress" {
    for_each = local.data_ingress
    content {
      rule_no    = 100 + ingress.key
      action     = "allow"
      protocol   = "tcp"
      cidr_block = ingress.value.cidr
      from_port  = ingress.value.port
      to_port    = ingress.value.port
    }
  }

  # Answers go back only into the VPC's app and data tiers.
  dynamic "egress" {
    for_each = concat(local.app_cidrs, local.data_cidrs)
    content {
      rule_no    = 100 + egress.key
      action     = "allow"
      protocol   = "tcp"
      cidr_block = egress.value
      from_port  = 0
      to_port    = 65535
    }
  }
}
