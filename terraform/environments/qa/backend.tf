# Where qa's state lives: its own key in the state bucket, locked in DynamoDB.
terraform {
  backend "s3" {
    bucket         = "brightpath-terraform-state"
    key            = "qa/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "brightpath-terraform-locks"
    encrypt        = true
  }
}
