// Policy checks of terraform/ (docs/deployment.md): every .tf parsed offline with
// @cdktf/hcl2json, then one test per policy. Each policy passes on the real tree and is shown
// to catch a small bad fixture under fixtures/terraform/, so a check that silently stops
// looking fails here.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTree } from './terraform-hcl.mjs';
import {
  broadPermissions,
  environmentDrift,
  missingTags,
  moduleInterfaces,
  openOrigin,
  plaintextSecrets,
  productionProtection,
  redisWithoutTls,
  sizing,
  undeclaredVariables,
  unloggedLoadBalancers,
  worldOpenDataPorts,
} from './terraform-policies.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const terraformDir = path.join(repo, 'terraform');
const fixtures = path.join(repo, 'tests/delivery/fixtures/terraform');
const ENVIRONMENTS = ['dev', 'qa', 'staging', 'prod'];
const MODULES = ['network', 'edge', 'compute', 'database', 'cache', 'observability', 'security'];

let tree;
const fixture = (name) => loadTree(path.join(fixtures, name));
const envDir = (t, root, env) => t.dirs.get(path.join(root, 'environments', env));

// Each expected finding must be matched by one finding, and there must be no others.
function assertFindings(findings, expected) {
  const left = [...findings];
  for (const pattern of expected) {
    const i = left.findIndex((f) => pattern.test(f));
    assert.ok(i >= 0, `no finding matches ${pattern}; findings:\n${findings.join('\n')}`);
    left.splice(i, 1);
  }
  assert.deepEqual(left, [], 'unexpected findings');
}

before(async () => {
  tree = await loadTree(terraformDir);
});

test('every .tf and .tfvars file of terraform/ parses: the account bootstrap, seven modules, four environments', () => {
  const dirs = [...tree.dirs.keys()].map((d) => path.relative(terraformDir, d)).sort();
  assert.deepEqual(dirs, ['bootstrap', ...ENVIRONMENTS.map((e) => `environments/${e}`), ...MODULES.map((m) => `modules/${m}`)].sort());
  for (const env of ENVIRONMENTS) {
    const calls = envDir(tree, terraformDir, env).modules.map((m) => m.name).sort();
    assert.deepEqual(calls, [...MODULES].sort(), `${env} calls every module once`);
  }
});

test('every variable used is declared in its own module or root', async () => {
  assert.deepEqual(undeclaredVariables(tree), []);
  assertFindings(undeclaredVariables(await fixture('undeclared-variable')), [/main\.tf: var\.bucket_name is used but not declared/]);
});

test('every module call passes only declared inputs, all required ones, and reads existing outputs', async () => {
  assert.deepEqual(moduleInterfaces(tree), []);
  assertFindings(moduleInterfaces(await fixture('module-interface')), [
    /module "db" passes instance_size, which modules\/db does not declare/,
    /module "db" does not pass subnet_ids, which modules\/db requires/,
    /module\.db\.endpoint is read but modules\/db has no output "endpoint"/,
  ]);
});

test('prod is multi-AZ, deletion-protected, backed up 30 days or more, encrypted and has a read replica', async () => {
  assert.deepEqual(productionProtection(tree, envDir(tree, terraformDir, 'prod')), []);
  const bad = await fixture('unprotected-prod');
  assertFindings(productionProtection(bad, envDir(bad, bad.root, 'prod')), [
    /aws_db_instance\.primary: storage_encrypted must be true/,
    /aws_db_instance\.primary: multi_az must be true \(terraform\.tfvars db_multi_az: false\)/,
    /aws_db_instance\.primary: deletion_protection must be true \(default of db_deletion_protection: false\)/,
    /aws_db_instance\.primary: backup_retention_period must be 30 days or more \(terraform\.tfvars db_backup_retention_days: 7\)/,
    /aws_elasticache_replication_group\.main: transit_encryption_enabled must be true/,
    /has no read replica/,
  ]);
});

test('no security group rule opens PostgreSQL or Redis to 0.0.0.0/0 or ::/0', async () => {
  assert.deepEqual(worldOpenDataPorts(tree), []);
  assertFindings(worldOpenDataPorts(await fixture('open-data-ports')), [
    /ingress_rule\.postgres_world: opens PostgreSQL \(5432\) to 0\.0\.0\.0\/0 \(ports 5432-5432\)/,
    /ingress_rule\.everything_v6: opens PostgreSQL \(5432\) to ::\/0 \(all ports\)/,
    /ingress_rule\.everything_v6: opens Redis \(6379\) to ::\/0 \(all ports\)/,
    /aws_security_group_rule\.redis_range: opens Redis \(6379\) to 0\.0\.0\.0\/0 \(ports 6000-7000\)/,
    /aws_security_group\.inline ingress: opens PostgreSQL \(5432\) to 0\.0\.0\.0\/0 \(ports 5432-5432\)/,
  ]);
});

test('every taggable resource has tags and every aws provider has default_tags', async () => {
  assert.deepEqual(missingTags(tree), []);
  assertFindings(missingTags(await fixture('untagged')), [
    /aws_s3_bucket\.untagged has no tags/,
    /provider "aws" has no default_tags/,
    /provider "aws" \(alias us_east_1\) default_tags lack CostCenter/,
  ]);
});

test('no secret is written in plain text', async () => {
  assert.deepEqual(plaintextSecrets(tree), []);
  assertFindings(plaintextSecrets(await fixture('plaintext-secret')), [
    /aws_db_instance\.db: password is a literal secret/,
    /aws_db_instance\.db password comes from neither random_password nor a sensitive variable/,
    /aws_secretsmanager_secret_version\.key secret_string comes from neither/,
    /variable signing_key holds a secret: it must be sensitive and have no default/,
    /output redis_auth_token holds a secret: it must be sensitive/,
    /locals api_environment: DATABASE_URL is a secret and belongs in the task's secrets/,
    /aws_ecs_task_definition\.api passes BRIGHTPATH_SIGNING_KEY as a plain environment value/,
    /terraform\.tfvars: api_token is a literal secret/,
    /main\.tf: contains an AWS access key id/,
  ]);
});

test('Redis is reached over TLS, with no proxy inside the task', async () => {
  assert.deepEqual(redisWithoutTls(tree), []);
  assertFindings(redisWithoutTls(await fixture('redis-without-tls')), [
    /aws_secretsmanager_secret_version\.plain: secret_string is a plain redis:\/\/ URL/,
    /aws_secretsmanager_secret_version\.proxied: secret_string sends Redis to 127\.0\.0\.1, a proxy inside the task/,
  ]);
});

test('the load balancer serves only requests with the origin header CloudFront sends', async () => {
  for (const env of ENVIRONMENTS) assert.deepEqual(openOrigin(tree, envDir(tree, terraformDir, env)), [], env);
  const bad = await fixture('open-origin');
  assertFindings(openOrigin(bad, envDir(bad, bad.root, 'prod')), [
    /module\.cdn aws_cloudfront_distribution\.main: origin "api" sends no secret header/,
    /module\.cdn aws_cloudfront_distribution\.second: origin "api" header value is not a sensitive variable/,
    /module\.lb aws_lb_listener\.https: port 443 forwards by default: it must refuse/,
    /module\.lb aws_lb_listener_rule\.everyone: forwards without checking the origin header/,
    /module\.lb aws_lb_listener_rule\.from_cloudfront checks X-Other-Header = \$\{random_password\.origin\.result\}, but module\.cdn aws_cloudfront_distribution\.second sends X-BrightPath-Origin = not-sensitive-here/,
  ]);
});

test('every load balancer writes access logs to a bucket that expires them', async () => {
  for (const env of ENVIRONMENTS) assert.deepEqual(unloggedLoadBalancers(tree, envDir(tree, terraformDir, env)), [], env);
  const bad = await fixture('unlogged-load-balancer');
  assertFindings(unloggedLoadBalancers(bad, envDir(bad, bad.root, 'prod')), [
    /module\.lb aws_lb\.silent: writes no access logs/,
    /module\.lb aws_lb\.kept_forever: its access log bucket aws_s3_bucket\.logs has no lifecycle rule that expires the logs \(default of log_retention_days: 0\)/,
    /module\.lb aws_lb\.kept_forever: its access log bucket aws_s3_bucket\.logs must use SSE-S3 \(AES256\).*has: aws:kms/,
    /module\.lb aws_lb\.kept_forever: its access log bucket aws_s3_bucket\.logs has no bucket policy/,
  ]);
});

test('no IAM statement allows every action of a service, and no administrator policy is attached', async () => {
  assert.deepEqual(broadPermissions(tree), []);
  assertFindings(broadPermissions(await fixture('broad-permissions')), [
    /aws_iam_policy_document\.deploy allows ecs:\*/,
    /aws_iam_policy_document\.deploy allows \*/,
    /aws_iam_role_policy_attachment\.admin attaches arn:aws:iam::aws:policy\/AdministratorAccess/,
  ]);
});

test('the environments differ only in terraform.tfvars and backend.tf, and share one copy of the rest', async () => {
  assert.deepEqual(await environmentDrift(tree, path.join(terraformDir, 'environments')), []);
  const bootstrap = tree.dirs.get(path.join(terraformDir, 'bootstrap')).tfvars;
  for (const env of ENVIRONMENTS) {
    const backend = envDir(tree, terraformDir, env).files.find((f) => f.file.endsWith('backend.tf')).json.terraform[0].backend.s3[0];
    assert.equal(backend.bucket, bootstrap.state_bucket_name, `${env} keeps its state in the bootstrap's bucket`);
    assert.equal(backend.dynamodb_table, bootstrap.lock_table_name, `${env} locks in the bootstrap's table`);
  }
  // One copy: the other roots link to dev's files, so an edit cannot reach one environment only.
  for (const env of ENVIRONMENTS.filter((e) => e !== 'dev')) {
    for (const f of ['main.tf', 'variables.tf', 'outputs.tf', 'versions.tf']) {
      assert.equal(await readlink(path.join(terraformDir, 'environments', env, f)).catch(() => 'not a link'), `../dev/${f}`, `${env}/${f}`);
    }
  }
  const bad = await fixture('environment-drift');
  assertFindings(await environmentDrift(bad, path.join(bad.root, 'environments')), [
    /dev\/main\.tf and prod\/main\.tf differ/,
    /outputs\.tf is in prod but not in dev/,
    /prod\/backend\.tf: must hold only the S3 backend block/,
    /dev\/backend\.tf: the backend has no DynamoDB lock table/,
    /prod\/terraform\.tfvars sets different variables than dev \(only in dev: none; only in prod: db_multi_az\)/,
  ]);
});

test('each environment is sized consistently (capacities, workers, database connections, log retention)', async () => {
  for (const env of ENVIRONMENTS) assert.deepEqual(sizing(env, envDir(tree, terraformDir, env)), [], env);
  const bad = await fixture('undersized');
  assertFindings(sizing('prod', bad.dirs.get(path.join(bad.root, 'prod'))), [
    /api_min_capacity <= api_desired_count <= api_max_capacity does not hold \(2, 1, 4\)/,
    /school_morning_min_capacity 9 is outside/,
    /worker_min_capacity must be 1 or more/,
    /db_max_connections 50 is below \(api_max_capacity \+ worker_max_capacity\) x BRIGHTPATH_DB_POOL_SIZE 16 \+ 10 = 106/,
    /log_retention_days is 30, not 90/,
  ]);
});

test('the task definitions pass only environment variables the server reads', async () => {
  const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
  const config = await readFile(path.join(repo, 'server/config/config.cpp'), 'utf8');
  const known = new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm), ...config.matchAll(/"([A-Z][A-Z0-9_]+)"/g)].map((m) => m[1]));
  const compute = tree.dirs.get(path.join(terraformDir, 'modules/compute'));
  const passed = new Set();
  for (const [name, list] of Object.entries(compute.locals)) {
    if (/_(environment|secrets)$/.test(name) && Array.isArray(list)) list.forEach((e) => passed.add(e.name));
  }
  for (const env of ENVIRONMENTS) Object.keys(envDir(tree, terraformDir, env).tfvars.server_settings).forEach((k) => passed.add(k));
  assert.ok(passed.has('DATABASE_URL') && passed.has('BRIGHTPATH_SIGNING_KEY') && passed.has('BRIGHTPATH_ENV'));
  for (const name of passed) {
    assert.ok(known.has(name), `${name} is passed to the server but the server does not read it`);
  }
});

test('terraform fmt -check finds nothing to change (skipped without the terraform CLI)', async (t) => {
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' };
  const probe = spawnSync('terraform', ['version'], { env, encoding: 'utf8' });
  if (probe.error) {
    t.skip('terraform is not on PATH: the format check needs it (docs/deployment.md)');
    return;
  }
  const fmt = (dir) => spawnSync('terraform', ['fmt', '-check', '-recursive', '-list=true', dir], { env, encoding: 'utf8' });
  const real = fmt(terraformDir);
  assert.equal(real.status, 0, `terraform fmt would change:\n${real.stdout}${real.stderr}`);
  const bad = fmt(path.join(fixtures, 'unformatted'));
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /main\.tf/);
});

// docs/deployment.md is what operators and the runbooks read: its tables must say what the
// code does.
function section(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/deployment.md has a section "${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const tableRows = (text) =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));

const flatten = (o, prefix = '') =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, Array.isArray(v) ? v.join(', ') : String(v)]],
  );

test('docs/deployment.md lists every environment variable and output, and what differs per environment as the tfvars set it', async () => {
  const doc = await readFile(path.join(repo, 'docs/deployment.md'), 'utf8');
  const prod = envDir(tree, terraformDir, 'prod');

  const documented = new Set(tableRows(section(doc, 'Operator-facing variables')).flatMap(([names]) => [...names.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1])));
  assert.deepEqual([...prod.variables.keys()].filter((v) => !documented.has(v)), [], 'variables missing from "Operator-facing variables"');
  assert.deepEqual([...documented].filter((v) => !prod.variables.has(v)), [], 'documented variables that do not exist');

  const outputs = new Set([...section(doc, 'Outputs').matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]));
  assert.deepEqual([...prod.outputs.keys()].filter((o) => !outputs.has(o)), [], 'outputs missing from "Outputs"');

  const values = Object.fromEntries(ENVIRONMENTS.map((e) => [e, new Map(flatten(envDir(tree, terraformDir, e).tfvars))]));
  const differing = [...values.prod.keys()].filter((k) => new Set(ENVIRONMENTS.map((e) => values[e].get(k))).size > 1);
  const rows = new Map(tableRows(section(doc, 'What differs per environment')).map(([name, ...cells]) => [name.replaceAll('`', ''), cells]));
  assert.deepEqual([...rows.keys()].sort(), differing.sort(), 'the table lists exactly the variables whose values differ');
  for (const [name, cells] of rows) {
    assert.deepEqual(cells, ENVIRONMENTS.map((e) => values[e].get(name)), `${name}: the table says ${cells.join(' | ')}`);
  }
});

// The production plan (design, "Deployment target") piece by piece, so removing one fails
// here rather than in production.
test('the production plan is all in the code', async (t) => {
  const mod = (name) => tree.dirs.get(path.join(terraformDir, 'modules', name));
  const resources = (name, type) => mod(name).resources.filter((r) => r.type === type);
  const one = (name, type, resourceName) => {
    const r = resources(name, type).find((x) => x.name === resourceName);
    assert.ok(r, `modules/${name} has ${type}.${resourceName}`);
    return r.body;
  };
  const rootDefault = (name) => envDir(tree, terraformDir, 'prod').variables.get(name).body.default;

  await t.test('network: subnets in every zone, NAT gateways, a network ACL per tier, flow logs', () => {
    for (const tier of ['public', 'app', 'data']) assert.equal(one('network', 'aws_subnet', tier).count, '${var.availability_zone_count}');
    assert.equal(one('network', 'aws_nat_gateway', 'main').count, '${var.nat_gateway_count}');
    assert.deepEqual(resources('network', 'aws_network_acl').map((r) => r.name).sort(), ['app', 'data', 'public']);
    assert.equal(one('network', 'aws_flow_log', 'vpc').traffic_type, 'ALL');
  });

  await t.test('edge: private versioned bucket behind origin access control, TLS 1.2, redirect, /api/* to the load balancer, WAF', () => {
    assert.equal(one('edge', 'aws_s3_bucket_versioning', 'web').versioning_configuration[0].status, 'Enabled');
    const block = one('edge', 'aws_s3_bucket_public_access_block', 'web');
    for (const k of ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets']) assert.equal(block[k], true, k);
    const cdn = one('edge', 'aws_cloudfront_distribution', 'main');
    assert.match(cdn.origin.find((o) => o.origin_id === 'web').origin_access_control_id, /aws_cloudfront_origin_access_control\.web\.id/);
    assert.equal(cdn.viewer_certificate[0].minimum_protocol_version, 'TLSv1.2_2021');
    assert.equal(cdn.default_cache_behavior[0].viewer_protocol_policy, 'redirect-to-https');
    const api = cdn.ordered_cache_behavior.find((b) => b.path_pattern === '/api/*');
    assert.equal(api.target_origin_id, 'api');
    assert.deepEqual(cdn.origin.find((o) => o.origin_id === 'api').custom_origin_config[0].origin_ssl_protocols, ['TLSv1.2']);
    assert.match(cdn.web_acl_id, /aws_wafv2_web_acl\.main\.arn/);
    const waf = one('edge', 'aws_wafv2_web_acl', 'main');
    assert.ok(Object.keys(mod('edge').locals.managed_rule_groups).includes('AWSManagedRulesCommonRuleSet'));
    assert.ok(waf.rule.some((r) => r.statement[0].rate_based_statement), 'a rate rule');
    assert.ok(resources('edge', 'aws_route53_record').some((r) => r.name === 'app'));
  });

  await t.test('compute: API and worker services, health checks, secrets, autoscaling, school mornings, blue/green with rollback', () => {
    const locals = mod('compute').locals;
    const env = Object.fromEntries(locals.api_environment.map((e) => [e.name, e.value]));
    assert.equal(env.BRIGHTPATH_ENV, 'production');
    assert.equal(env.BRIGHTPATH_HOST, '0.0.0.0');
    assert.deepEqual(locals.api_secrets.map((s) => s.name).sort(), ['BRIGHTPATH_SIGNING_KEY', 'BRIGHTPATH_SIGNING_KEY_PREVIOUS', 'DATABASE_URL', 'REDIS_URL']);
    assert.deepEqual(locals.worker_secrets.map((s) => s.name).sort(), ['BRIGHTPATH_SIGNING_KEY', 'DATABASE_URL']);
    // The server speaks TLS to ElastiCache itself: beside it only the CloudWatch agent.
    const apiContainers = [...one('compute', 'aws_ecs_task_definition', 'api').container_definitions.matchAll(/\bname\s*=\s*"([a-z-]+)"/g)].map((m) => m[1]);
    assert.deepEqual(apiContainers, ['api', 'cloudwatch-agent']);
    assert.equal(one('compute', 'aws_secretsmanager_secret_version', 'redis_url').secret_string, 'rediss://:${var.redis_auth_token}@${var.redis_endpoint}:${var.redis_port}');
    assert.match(one('compute', 'aws_ecs_task_definition', 'worker').container_definitions, /command\s*=\s*\["--worker"\]/);
    assert.match(one('compute', 'aws_ecs_task_definition', 'migrate').container_definitions, /command\s*=\s*\["--migrate-only"\]/);
    assert.match(JSON.stringify(locals.api_health_check.command), /healthz/);
    for (const color of ['blue', 'green']) assert.equal(one('compute', 'aws_lb_target_group', 'api').health_check[0].path, '/readyz', color);
    assert.equal(one('compute', 'aws_lb_listener', 'https').ssl_policy, 'ELBSecurityPolicy-TLS13-1-2-2021-06');

    const policy = (name) => one('compute', 'aws_appautoscaling_policy', name).target_tracking_scaling_policy_configuration[0];
    assert.equal(policy('api_cpu').predefined_metric_specification[0].predefined_metric_type, 'ECSServiceAverageCPUUtilization');
    assert.equal(policy('api_memory').predefined_metric_specification[0].predefined_metric_type, 'ECSServiceAverageMemoryUtilization');
    assert.equal(rootDefault('api_cpu_target_percent'), 70);
    assert.equal(rootDefault('api_memory_target_percent'), 70);
    assert.match(JSON.stringify(policy('api_requests').customized_metric_specification), /RequestCount/);
    assert.match(JSON.stringify(policy('worker_queue').customized_metric_specification), /brightpath_jobs/);
    assert.deepEqual(resources('compute', 'aws_appautoscaling_scheduled_action').map((r) => r.name).sort(), ['school_morning_end', 'school_morning_start']);

    assert.equal(one('compute', 'aws_ecs_service', 'api').deployment_controller[0].type, 'CODE_DEPLOY');
    const group = one('compute', 'aws_codedeploy_deployment_group', 'api');
    assert.equal(group.deployment_style[0].deployment_type, 'BLUE_GREEN');
    assert.equal(group.auto_rollback_configuration[0].enabled, true);
    assert.deepEqual(group.auto_rollback_configuration[0].events.sort(), ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']);
    assert.equal(group.alarm_configuration[0].enabled, true);
    assert.deepEqual(one('compute', 'aws_ecs_service', 'worker').deployment_circuit_breaker[0], { enable: true, rollback: true });
    assert.equal(one('compute', 'aws_ecr_repository', 'image').image_tag_mutability, 'IMMUTABLE');
  });

  await t.test('database: PostgreSQL 15 with a parameter group that limits connections', () => {
    const db = one('database', 'aws_db_instance', 'primary');
    assert.equal(db.engine, 'postgres');
    const params = one('database', 'aws_db_parameter_group', 'main');
    assert.equal(params.family, 'postgres15');
    assert.ok(params.parameter.some((p) => p.name === 'max_connections'));
    assert.match(db.parameter_group_name, /aws_db_parameter_group\.main/);
  });

  await t.test('observability: log retention, alarms, topics by priority, dashboards, budget', () => {
    assert.equal(one('observability', 'aws_cloudwatch_log_group', 'service').retention_in_days, '${var.log_retention_days}');
    const alarm = (name) => one('observability', 'aws_cloudwatch_metric_alarm', name);
    assert.match(JSON.stringify(alarm('api_5xx_rate').metric_query), /errors \/ requests/);
    assert.equal(rootDefault('error_rate_alarm_percent'), 1);
    assert.equal(alarm('api_p99_latency').extended_statistic, 'p99');
    assert.equal(rootDefault('latency_p99_alarm_seconds'), 2);
    assert.equal(alarm('db_cpu').metric_name, 'CPUUtilization');
    assert.equal(alarm('db_cpu').evaluation_periods * alarm('db_cpu').period, 300);
    assert.equal(rootDefault('db_cpu_alarm_percent'), 80);
    assert.equal(alarm('queue_age').metric_name, 'brightpath_jobs_oldest_queued_seconds');
    assert.equal(alarm('queue_age').statistic, 'Maximum');
    assert.equal(rootDefault('queue_age_alarm_seconds'), 180);
    assert.match(one('observability', 'aws_cloudwatch_event_rule', 'deployment_failed').event_pattern, /FAILURE/);
    assert.match(one('observability', 'aws_cloudwatch_event_target', 'deployment_failed').arn, /alarm\["critical"\]/);
    assert.equal(one('observability', 'aws_sns_topic', 'alarm').for_each, '${toset(["critical", "warning", "info"])}');
    assert.deepEqual(Object.keys(mod('observability').locals.dashboards).sort(), ['business', 'operations', 'performance']);
    assert.equal(one('observability', 'aws_budgets_budget', 'monthly').time_unit, 'MONTHLY');
  });
});

// BrightPath's own metrics reach CloudWatch only through the agent beside each API task
// (modules/compute, settings.tf), with the dimensions its declarations give them. Whatever
// reads one (an alarm, the workers' scaling, a dashboard) must name a metric the server
// exports and the agent publishes, with exactly those dimensions, or it reads nothing.
test('every server metric an alarm, the scaling or a dashboard reads is exported and published with its dimensions', async () => {
  const mod = (name) => tree.dirs.get(path.join(terraformDir, 'modules', name));
  const compute = mod('compute');
  const agent = compute.resources.find((r) => r.type === 'aws_ssm_parameter' && r.name === 'agent_config').body.value;
  const declarations = [...agent.matchAll(/dimensions\s*=\s*\[\[([^\]]*)\]\]\s*metric_selectors\s*=\s*\[([^\]]*)\]/g)].map((m) => ({
    dimensions: m[1].split(',').map((d) => d.trim().replaceAll('"', '')).filter(Boolean).sort(),
    selectors: m[2].split(',').map((x) => x.trim().replaceAll('"', '')).filter(Boolean).map((x) => new RegExp(x)),
  }));
  assert.ok(declarations.length >= 2, `the agent's declarations are read (${agent})`);

  const readers = [];
  const fromDimensions = (where, name, dims) => readers.push({ where, name, dims });
  for (const r of mod('observability').resources.filter((x) => x.type === 'aws_cloudwatch_metric_alarm')) {
    if (r.body.namespace === '${var.metrics_namespace}' && /^brightpath_/.test(r.body.metric_name ?? '')) {
      fromDimensions(`alarm ${r.name}`, r.body.metric_name, r.body.dimensions ?? {});
    }
  }
  for (const r of compute.resources.filter((x) => x.type === 'aws_appautoscaling_policy')) {
    const spec = r.body.target_tracking_scaling_policy_configuration?.[0]?.customized_metric_specification?.[0];
    for (const q of spec?.metrics ?? []) {
      const metric = q.metric_stat?.[0]?.metric?.[0];
      if (metric?.namespace === '${var.metrics_namespace}') {
        fromDimensions(`scaling ${r.name}`, metric.metric_name, Object.fromEntries((metric.dimensions ?? []).map((d) => [d.name, d.value])));
      }
    }
  }
  for (const [board, widgets] of Object.entries(mod('observability').locals)) {
    if (!board.endsWith('_widgets')) continue;
    for (const w of widgets) {
      for (const m of w.metrics.filter((x) => x[0] === '${local.ns}' && /^brightpath_/.test(x[1]))) {
        const pairs = m.slice(2).filter((x) => typeof x === 'string');
        fromDimensions(`dashboard ${board} "${w.title}"`, m[1], Object.fromEntries(pairs.flatMap((x, i) => (i % 2 ? [] : [[x, pairs[i + 1]]]))));
      }
    }
  }
  assert.ok(readers.some((r) => r.name === 'brightpath_jobs_oldest_queued_seconds' && r.where.startsWith('alarm')), 'the queue-age alarm is among the readers');

  const serverSources = (await readdir(path.join(repo, 'server'), { recursive: true })).filter((f) => f.endsWith('.cpp'));
  const serverText = (await Promise.all(serverSources.map((f) => readFile(path.join(repo, 'server', f), 'utf8')))).join('\n');
  const problems = [];
  for (const r of readers) {
    const dims = Object.keys(r.dims).sort();
    if (!new RegExp(`\\b${r.name}\\b`).test(serverText)) problems.push(`${r.where}: the server does not export ${r.name}`);
    if (!declarations.some((d) => d.selectors.some((x) => x.test(r.name)) && d.dimensions.join() === dims.join())) {
      problems.push(`${r.where}: the agent publishes no ${r.name} with dimensions [${dims.join(', ')}]`);
    }
    if (r.dims.job !== undefined && r.dims.job !== compute.locals.scrape_job) problems.push(`${r.where}: job = ${r.dims.job}, the agent's job is ${compute.locals.scrape_job}`);
  }
  assert.deepEqual(problems, []);
});
