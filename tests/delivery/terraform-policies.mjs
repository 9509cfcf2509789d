// BrightPath's Terraform policies, one function each. A policy takes a tree from
// loadTree() and answers findings: one plain sentence per problem, naming the file and the
// block. No finding means the tree complies.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isExpression,
  moduleArguments,
  moduleDirOf,
  resolveThroughCall,
  rootValue,
  soleVariable,
  variableReferences,
  walk,
} from './terraform-hcl.mjs';

const rel = (tree, dir) => path.relative(tree.root, dir.dir) || '.';

// Every `var.x` a directory's .tf files use is declared in that directory.
export function undeclaredVariables(tree) {
  const findings = [];
  for (const dir of tree.dirs.values()) {
    for (const f of dir.files) {
      const used = new Set();
      walk(f.json, (_, v) => typeof v === 'string' && variableReferences(v).forEach((n) => used.add(n)));
      for (const name of used) {
        if (!dir.variables.has(name)) findings.push(`${f.file}: var.${name} is used but not declared in ${rel(tree, dir)}`);
      }
    }
  }
  return findings;
}

// Every module call passes only inputs the module declares, and every input without a
// default; every module.<call>.<output> read exists.
export function moduleInterfaces(tree) {
  const findings = [];
  for (const dir of tree.dirs.values()) {
    const calls = new Map(dir.modules.map((m) => [m.name, m]));
    for (const call of dir.modules) {
      const target = moduleDirOf(tree, dir, call);
      if (!target) {
        findings.push(`${call.file}: module "${call.name}" has source ${call.body.source}, which is not a directory of this tree`);
        continue;
      }
      const passed = new Set(moduleArguments(call));
      for (const name of passed) {
        if (!target.variables.has(name)) findings.push(`${call.file}: module "${call.name}" passes ${name}, which ${rel(tree, target)} does not declare`);
      }
      for (const [name, v] of target.variables) {
        if (!Object.hasOwn(v.body, 'default') && !passed.has(name)) {
          findings.push(`${call.file}: module "${call.name}" does not pass ${name}, which ${rel(tree, target)} requires`);
        }
      }
    }
    for (const f of dir.files) {
      walk(f.json, (_, v) => {
        if (typeof v !== 'string') return;
        for (const [, callName, output] of v.matchAll(/\bmodule\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/g)) {
          const call = calls.get(callName);
          const target = call && moduleDirOf(tree, dir, call);
          if (!call) findings.push(`${f.file}: module.${callName} is read but there is no module "${callName}"`);
          else if (target && !target.outputs.has(output)) findings.push(`${f.file}: module.${callName}.${output} is read but ${rel(tree, target)} has no output "${output}"`);
        }
      });
    }
  }
  return findings;
}

// Resource types of the AWS provider that take no tags (checked against provider 5.x's
// schema). Every other aws_* resource must have a tags argument.
export const UNTAGGABLE = new Set([
  'aws_acm_certificate_validation',
  'aws_appautoscaling_policy',
  'aws_appautoscaling_scheduled_action',
  'aws_ce_cost_allocation_tag',
  'aws_cloudfront_function',
  'aws_cloudfront_origin_access_control',
  'aws_cloudfront_response_headers_policy',
  'aws_cloudwatch_dashboard',
  'aws_cloudwatch_event_target',
  'aws_cloudwatch_log_metric_filter',
  'aws_ecr_lifecycle_policy',
  'aws_ecs_cluster_capacity_providers',
  'aws_iam_role_policy',
  'aws_iam_role_policy_attachment',
  'aws_kms_alias',
  'aws_route',
  'aws_route53_record',
  'aws_route_table_association',
  'aws_s3_bucket_lifecycle_configuration',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_policy',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_versioning',
  'aws_secretsmanager_secret_version',
  'aws_sns_topic_policy',
  'aws_sns_topic_subscription',
]);

export const REQUIRED_DEFAULT_TAGS = ['Project', 'Environment', 'ManagedBy', 'CostCenter'];

// Every taggable resource has tags, and every aws provider block has default_tags with the
// cost-allocation keys: both, so a resource is tagged even where a module forgets a key.
export function missingTags(tree) {
  const findings = [];
  for (const dir of tree.dirs.values()) {
    for (const r of dir.resources) {
      if (r.type.startsWith('aws_') && !UNTAGGABLE.has(r.type) && !Object.hasOwn(r.body, 'tags')) {
        findings.push(`${r.file}: ${r.type}.${r.name} has no tags`);
      }
    }
    for (const p of dir.providers.filter((p) => p.name === 'aws')) {
      const label = `provider "aws"${p.body.alias ? ` (alias ${p.body.alias})` : ''}`;
      const tags = p.body.default_tags?.[0]?.tags;
      if (tags === undefined) {
        findings.push(`${p.file}: ${label} has no default_tags`);
        continue;
      }
      const local = typeof tags === 'string' && /^\$\{local\.(\w+)\}$/.exec(tags);
      const map = local ? dir.locals[local[1]] : tags;
      if (!map || typeof map !== 'object') {
        findings.push(`${p.file}: ${label} default_tags cannot be read (${tags})`);
        continue;
      }
      for (const key of REQUIRED_DEFAULT_TAGS) {
        if (!Object.hasOwn(map, key)) findings.push(`${p.file}: ${label} default_tags lack ${key}`);
      }
    }
  }
  return findings;
}

const WORLD = new Set(['0.0.0.0/0', '::/0']);
export const DATA_PORTS = { PostgreSQL: 5432, Redis: 6379 };

function portValue(dir, value) {
  if (typeof value === 'number') return value;
  const name = soleVariable(value);
  const v = name && dir.variables.get(name);
  if (v && typeof v.body.default === 'number') return v.body.default;
  const local = typeof value === 'string' && /^\$\{local\.(\w+)\}$/.exec(value);
  if (local && typeof dir.locals[local[1]] === 'number') return dir.locals[local[1]];
  return null;
}

// No ingress rule, in any of the three ways Terraform can write one, lets 0.0.0.0/0 or ::/0
// reach PostgreSQL or Redis (all protocols or a port range that covers them included).
export function worldOpenDataPorts(tree) {
  const findings = [];
  const check = (dir, where, { cidrs, protocol, from, to }) => {
    const world = cidrs.filter((c) => WORLD.has(c));
    if (world.length === 0) return;
    const allPorts = protocol === '-1' || protocol === -1 || protocol === 'all';
    const lo = portValue(dir, from);
    const hi = portValue(dir, to);
    for (const [service, port] of Object.entries(DATA_PORTS)) {
      if (allPorts || lo === null || hi === null || (lo <= port && port <= hi)) {
        const why = allPorts ? 'all ports' : lo === null || hi === null ? `ports ${from}-${to} that cannot be read` : `ports ${lo}-${hi}`;
        findings.push(`${where}: opens ${service} (${port}) to ${world.join(' and ')} (${why})`);
      }
    }
  };
  for (const dir of tree.dirs.values()) {
    for (const r of dir.resources) {
      const where = `${r.file}: ${r.type}.${r.name}`;
      const b = r.body;
      if (r.type === 'aws_vpc_security_group_ingress_rule') {
        check(dir, where, { cidrs: [b.cidr_ipv4, b.cidr_ipv6].filter(Boolean), protocol: b.ip_protocol, from: b.from_port, to: b.to_port });
      } else if (r.type === 'aws_security_group_rule' && b.type === 'ingress') {
        check(dir, where, { cidrs: [...(b.cidr_blocks ?? []), ...(b.ipv6_cidr_blocks ?? [])], protocol: b.protocol, from: b.from_port, to: b.to_port });
      } else if (r.type === 'aws_security_group') {
        for (const rule of b.ingress ?? []) {
          check(dir, `${where} ingress`, { cidrs: [...(rule.cidr_blocks ?? []), ...(rule.ipv6_cidr_blocks ?? [])], protocol: rule.protocol, from: rule.from_port, to: rule.to_port });
        }
      }
    }
  }
  return findings;
}

const SECRET_NAME = /(password|passwd|secret|token|private_key|access_key|signing_key|api_key|credential)/i;
const NOT_A_SECRET = /(_arns?|_ids?|_names?|_version|_recovery_window_days|_rotation\w*|description)$/i;
// Attributes that hold a secret's value: they must come from random_password or a
// sensitive variable (itself fed by such a value), never be written down.
const SECRET_VALUE_ATTRIBUTES = new Set(['secret_string', 'secret_binary', 'password', 'master_password', 'auth_token']);
const SECRET_ENV_NAME = /(DATABASE_URL|REDIS_URL|SIGNING_KEY|PASSWORD|SECRET|TOKEN|PRIVATE_KEY)/;
const RAW_PATTERNS = [
  [/AKIA[0-9A-Z]{16}/, 'an AWS access key id'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
];

function isSecretName(key) {
  return typeof key === 'string' && SECRET_NAME.test(key) && !NOT_A_SECRET.test(key);
}

function sensitiveWithoutDefault(dir, name) {
  const v = dir.variables.get(name);
  return Boolean(v && v.body.sensitive === true && !Object.hasOwn(v.body, 'default'));
}

// No secret in plain text: no literal value under a secret's name (resources, module
// arguments, locals, tfvars), secret values only from random_password or sensitive
// variables, secret variables sensitive and without default, secret outputs sensitive,
// container secrets never in a task's plain environment, and no key material in any file.
export function plaintextSecrets(tree) {
  const findings = [];
  for (const dir of tree.dirs.values()) {
    const literalUnderSecretName = (where, value) =>
      walk(value, (keyPath, v) => {
        const key = [...keyPath].reverse().find((k) => typeof k === 'string');
        if (isSecretName(key) && typeof v === 'string' && v !== '' && !isExpression(v)) {
          findings.push(`${where}: ${keyPath.join('.')} is a literal secret`);
        }
      });
    for (const r of dir.resources) {
      literalUnderSecretName(`${r.file}: ${r.type}.${r.name}`, r.body);
      for (const [attr, v] of Object.entries(r.body)) {
        if (!SECRET_VALUE_ATTRIBUTES.has(attr)) continue;
        const ok =
          isExpression(v) &&
          (/\brandom_password\.\w+\.result\b/.test(v) || variableReferences(v).some((n) => sensitiveWithoutDefault(dir, n)));
        if (!ok) findings.push(`${r.file}: ${r.type}.${r.name} ${attr} comes from neither random_password nor a sensitive variable`);
      }
      if (typeof r.body.container_definitions === 'string') {
        for (const m of r.body.container_definitions.matchAll(/name\s*=\s*"([A-Z0-9_]+)"\s*,?\s*value\s*=/g)) {
          if (SECRET_ENV_NAME.test(m[1])) findings.push(`${r.file}: ${r.type}.${r.name} passes ${m[1]} as a plain environment value`);
        }
      }
    }
    for (const call of dir.modules) literalUnderSecretName(`${call.file}: module "${call.name}"`, call.body);
    literalUnderSecretName(`${rel(tree, dir)} locals`, dir.locals);
    for (const t of dir.tfvarsFiles) literalUnderSecretName(t.file, t.json);
    for (const [name, v] of dir.variables) {
      if (isSecretName(name) && !sensitiveWithoutDefault(dir, name)) {
        findings.push(`${v.file}: variable ${name} holds a secret: it must be sensitive and have no default`);
      }
    }
    for (const [name, o] of dir.outputs) {
      if (isSecretName(name) && o.body.sensitive !== true) findings.push(`${o.file}: output ${name} holds a secret: it must be sensitive`);
    }
    for (const [name, list] of Object.entries(dir.locals)) {
      if (!name.endsWith('_environment') || !Array.isArray(list)) continue;
      for (const entry of list) {
        if (entry && SECRET_ENV_NAME.test(entry.name ?? '')) {
          findings.push(`${rel(tree, dir)} locals ${name}: ${entry.name} is a secret and belongs in the task's secrets (valueFrom)`);
        }
      }
    }
    for (const f of [...dir.files, ...dir.tfvarsFiles]) {
      for (const [pattern, what] of RAW_PATTERNS) if (pattern.test(f.text)) findings.push(`${f.file}: contains ${what}`);
    }
  }
  return findings;
}

// The database and cache of an environment, read through its module calls down to the
// values its terraform.tfvars gives: prod must be multi-AZ, protected, backed up for 30 days
// or more, encrypted, and have a read replica.
export function productionProtection(tree, envDir) {
  const findings = [];
  const rule = (ok, where, what, got) => {
    if (!ok) findings.push(`${where}: ${what} (${got.from}: ${JSON.stringify(got.value)})`);
  };
  let replicas = 0;
  let primaries = 0;
  for (const call of envDir.modules) {
    const moduleDir = moduleDirOf(tree, envDir, call);
    if (!moduleDir) continue;
    const get = (r, attr) => resolveThroughCall(envDir, call, moduleDir, r.body[attr]);
    for (const r of moduleDir.resources) {
      const where = `module.${call.name} ${r.type}.${r.name}`;
      if (r.type === 'aws_db_instance') {
        rule(get(r, 'storage_encrypted').value === true, where, 'storage_encrypted must be true', get(r, 'storage_encrypted'));
        rule(get(r, 'kms_key_id').value !== undefined, where, 'kms_key_id must name a customer key', get(r, 'kms_key_id'));
        if (r.body.replicate_source_db !== undefined) {
          const count = r.body.count === undefined ? { value: 1, from: 'no count' } : get(r, 'count');
          if (typeof count.value === 'number') replicas += count.value;
          continue;
        }
        primaries += 1;
        rule(String(get(r, 'engine_version').value).split('.')[0] === '15', where, 'engine_version must be PostgreSQL 15', get(r, 'engine_version'));
        rule(get(r, 'multi_az').value === true, where, 'multi_az must be true', get(r, 'multi_az'));
        rule(get(r, 'deletion_protection').value === true, where, 'deletion_protection must be true', get(r, 'deletion_protection'));
        const retention = get(r, 'backup_retention_period');
        rule(typeof retention.value === 'number' && retention.value >= 30, where, 'backup_retention_period must be 30 days or more', retention);
        rule(get(r, 'skip_final_snapshot').value === false, where, 'skip_final_snapshot must be false', get(r, 'skip_final_snapshot'));
      }
      if (r.type === 'aws_elasticache_replication_group') {
        rule(get(r, 'at_rest_encryption_enabled').value === true, where, 'at_rest_encryption_enabled must be true', get(r, 'at_rest_encryption_enabled'));
        rule(get(r, 'transit_encryption_enabled').value === true, where, 'transit_encryption_enabled must be true', get(r, 'transit_encryption_enabled'));
      }
      if (r.type === 'aws_s3_bucket') {
        const encrypted = moduleDir.resources.some((e) => e.type === 'aws_s3_bucket_server_side_encryption_configuration' && String(e.body.bucket).includes(`aws_s3_bucket.${r.name}.`));
        if (!encrypted) findings.push(`${where}: has no server-side encryption configuration`);
      }
    }
  }
  if (primaries === 0) findings.push(`${rel(tree, envDir)}: no PostgreSQL instance is reached through its modules`);
  if (replicas < 1) findings.push(`${rel(tree, envDir)}: has no read replica of the database`);
  return findings;
}

// The environments are one root: the same files, byte for byte (qa, staging and prod link to
// dev's), except terraform.tfvars (what differs) and backend.tf (where the state lives,
// nothing else); every environment sets the same variables.
export const PER_ENVIRONMENT_FILES = new Set(['terraform.tfvars', 'backend.tf']);

export async function environmentDrift(tree, environmentsDir) {
  const findings = [];
  const names = (await readdir(environmentsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const contents = new Map();
  for (const env of names) {
    const dir = path.join(environmentsDir, env);
    const files = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name)
      .sort();
    contents.set(env, new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(dir, f), 'utf8')]))));
  }
  const [first, ...others] = names;
  for (const env of others) {
    const a = contents.get(first);
    const b = contents.get(env);
    for (const f of new Set([...a.keys(), ...b.keys()])) {
      if (!a.has(f) || !b.has(f)) findings.push(`environments: ${f} is in ${a.has(f) ? first : env} but not in ${a.has(f) ? env : first}`);
      else if (!PER_ENVIRONMENT_FILES.has(f) && a.get(f) !== b.get(f)) findings.push(`environments: ${first}/${f} and ${env}/${f} differ`);
    }
  }
  const setVariables = new Map();
  for (const env of names) {
    const dir = tree.dirs.get(path.join(environmentsDir, env));
    if (!dir) continue;
    const backend = dir.files.find((f) => path.basename(f.file) === 'backend.tf');
    if (backend) {
      const kinds = Object.keys(backend.json);
      const tf = backend.json.terraform?.[0] ?? {};
      const s3 = tf.backend?.s3?.[0];
      if (kinds.join() !== 'terraform' || Object.keys(tf).join() !== 'backend' || !s3) {
        findings.push(`${backend.file}: must hold only the S3 backend block`);
      } else {
        if (!s3.dynamodb_table) findings.push(`${backend.file}: the backend has no DynamoDB lock table`);
        if (s3.encrypt !== true) findings.push(`${backend.file}: the backend does not encrypt the state`);
        if (typeof s3.key !== 'string' || !s3.key.startsWith(`${env}/`)) findings.push(`${backend.file}: the state key ${s3.key} is not under ${env}/`);
      }
    }
    setVariables.set(env, Object.keys(dir.tfvars).sort().join(' '));
    const declaredEnv = dir.tfvars.environment;
    if (declaredEnv !== env) findings.push(`${rel(tree, dir)}/terraform.tfvars: environment is ${JSON.stringify(declaredEnv)}, not "${env}"`);
  }
  const distinct = new Set(setVariables.values());
  if (distinct.size > 1) {
    for (const [env, vars] of setVariables) {
      const other = setVariables.get(first);
      if (vars !== other) {
        const a = new Set(other.split(' '));
        const b = new Set(vars.split(' '));
        const onlyFirst = [...a].filter((v) => !b.has(v));
        const onlyEnv = [...b].filter((v) => !a.has(v));
        findings.push(`environments: ${env}/terraform.tfvars sets different variables than ${first} (only in ${first}: ${onlyFirst.join(', ') || 'none'}; only in ${env}: ${onlyEnv.join(', ') || 'none'})`);
      }
    }
  }
  return findings;
}

// An environment's sizes hang together: capacities in order, a worker always there (the API
// does not solve), the database's max_connections above every task's pool at full scale,
// logs kept 90 days in prod and 30 elsewhere.
export const SERVER_DEFAULT_DB_POOL_SIZE = 16; // README, Configuration
export const CONNECTION_HEADROOM = 10; // the migration task, an operator's psql, RDS's own

export function sizing(envName, rootDir) {
  const findings = [];
  const v = (name) => rootValue(rootDir, name).value;
  const where = `${envName}/terraform.tfvars`;
  if (!(v('api_min_capacity') <= v('api_desired_count') && v('api_desired_count') <= v('api_max_capacity'))) {
    findings.push(`${where}: api_min_capacity <= api_desired_count <= api_max_capacity does not hold (${v('api_min_capacity')}, ${v('api_desired_count')}, ${v('api_max_capacity')})`);
  }
  if (!(v('api_min_capacity') <= v('school_morning_min_capacity') && v('school_morning_min_capacity') <= v('api_max_capacity'))) {
    findings.push(`${where}: school_morning_min_capacity ${v('school_morning_min_capacity')} is outside api_min_capacity..api_max_capacity`);
  }
  if (!(v('worker_min_capacity') >= 1 && v('worker_min_capacity') <= v('worker_max_capacity'))) {
    findings.push(`${where}: worker_min_capacity must be 1 or more and at most worker_max_capacity (${v('worker_min_capacity')}, ${v('worker_max_capacity')})`);
  }
  const pool = Number(v('server_settings')?.BRIGHTPATH_DB_POOL_SIZE ?? SERVER_DEFAULT_DB_POOL_SIZE);
  const needed = (v('api_max_capacity') + v('worker_max_capacity')) * pool + CONNECTION_HEADROOM;
  if (!(v('db_max_connections') >= needed)) {
    findings.push(`${where}: db_max_connections ${v('db_max_connections')} is below (api_max_capacity + worker_max_capacity) x BRIGHTPATH_DB_POOL_SIZE ${pool} + ${CONNECTION_HEADROOM} = ${needed}`);
  }
  const retention = envName === 'prod' ? 90 : 30;
  if (v('log_retention_days') !== retention) findings.push(`${where}: log_retention_days is ${v('log_retention_days')}, not ${retention}`);
  if (!(v('db_backup_retention_days') >= 1)) findings.push(`${where}: db_backup_retention_days must be 1 or more (point-in-time recovery)`);
  if (!(v('availability_zone_count') >= 2)) findings.push(`${where}: availability_zone_count must be 2 or more`);
  return findings;
}

// Least privilege in IAM: no statement allows every action of a service (or of all), and no
// AWS-managed administrator policy is attached. The one exception is a KMS key policy's
// statement for the account itself, which keeps the key administrable.
const BROAD_MANAGED_POLICIES = /policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

export function broadPermissions(tree) {
  const findings = [];
  for (const dir of tree.dirs.values()) {
    for (const d of dir.data.filter((x) => x.type === 'aws_iam_policy_document')) {
      for (const s of d.body.statement ?? []) {
        if (s.effect === 'Deny') continue;
        const wildcard = (s.actions ?? []).filter((a) => a === '*' || /^[a-z0-9-]+:\*$/.test(a));
        if (wildcard.length === 0) continue;
        const accountRoot = (s.principals ?? []).some((p) => p.type === 'AWS' && JSON.stringify(p.identifiers).includes('root'));
        if (!accountRoot) findings.push(`${d.file}: aws_iam_policy_document.${d.name} allows ${wildcard.join(', ')}`);
      }
    }
    for (const r of dir.resources.filter((x) => x.type === 'aws_iam_role_policy_attachment' || x.type === 'aws_iam_policy_attachment')) {
      if (BROAD_MANAGED_POLICIES.test(String(r.body.policy_arn))) findings.push(`${r.file}: ${r.type}.${r.name} attaches ${r.body.policy_arn}`);
    }
  }
  return findings;
}

// Redis is reached over TLS all the way: every Redis URL the Terraform writes is rediss://
// and names a host outside the task (a URL on 127.0.0.1 or localhost would be a proxy
// beside the server, which speaks TLS itself).
export function redisWithoutTls(tree) {
  const findings = [];
  for (const dir of tree.dirs.values()) {
    const check = (where, value) =>
      walk(value, (keyPath, v) => {
        if (typeof v !== 'string') return;
        for (const [url, scheme, host] of v.matchAll(/\b(rediss?):\/\/(?:[^@\s"]*@)?([^:/\s"]+)/g)) {
          if (scheme === 'redis') findings.push(`${where}: ${keyPath.join('.')} is a plain redis:// URL (${url}): ElastiCache takes TLS, use rediss://`);
          else if (/^(127\.|localhost$)/.test(host)) findings.push(`${where}: ${keyPath.join('.')} sends Redis to ${host}, a proxy inside the task: name the ElastiCache endpoint`);
        }
      });
    for (const r of dir.resources) check(`${r.file}: ${r.type}.${r.name}`, r.body);
    check(`${rel(tree, dir)} locals`, dir.locals);
  }
  return findings;
}

// The load balancer serves only our CloudFront distribution: its security group admits all
// of CloudFront, so every custom origin of a distribution sends a secret header (a
// sensitive variable), the HTTPS listener (port 443) refuses by default, and a rule of that
// listener forwards only requests whose header carries that secret. The environment must
// pass the same name and value to both sides.
export function openOrigin(tree, envDir) {
  const findings = [];
  const sent = []; // { where, name, value }: module arguments as written in the environment
  const checked = [];
  for (const call of envDir.modules) {
    const moduleDir = moduleDirOf(tree, envDir, call);
    if (!moduleDir) continue;
    const argument = (value) => {
      const name = soleVariable(value);
      if (name === null) return { expr: value, sensitive: false };
      return { expr: call.body[name] ?? moduleDir.variables.get(name)?.body.default, sensitive: moduleDir.variables.get(name)?.body.sensitive === true };
    };
    for (const r of moduleDir.resources) {
      const where = `module.${call.name} ${r.type}.${r.name}`;
      if (r.type === 'aws_cloudfront_distribution') {
        for (const origin of r.body.origin ?? []) {
          if (!origin.custom_origin_config) continue;
          const header = (origin.custom_header ?? [])[0];
          if (!header) {
            findings.push(`${where}: origin "${origin.origin_id}" sends no secret header, so the load balancer cannot tell this distribution from any other`);
            continue;
          }
          const value = argument(header.value);
          if (!value.sensitive) findings.push(`${where}: origin "${origin.origin_id}" header value is not a sensitive variable`);
          sent.push({ where, name: argument(header.name).expr, value: value.expr });
        }
      }
      if (r.type === 'aws_lb_listener' && Number(r.body.port) === 443) {
        const action = (r.body.default_action ?? [])[0] ?? {};
        const status = Number(action.fixed_response?.[0]?.status_code);
        if (action.type !== 'fixed-response' || !(status >= 400 && status < 500)) {
          findings.push(`${where}: port 443 ${action.type ?? 'has no default action'}s by default: it must refuse (fixed-response 403) what lacks the origin header`);
        }
        const rules = moduleDir.resources.filter((x) => x.type === 'aws_lb_listener_rule' && String(x.body.listener_arn).includes(`aws_lb_listener.${r.name}.arn`));
        const forwarding = rules.filter((x) => (x.body.action ?? []).some((a) => a.type === 'forward'));
        if (forwarding.length === 0) findings.push(`${where}: no rule of this listener forwards to the servers`);
        for (const rule of forwarding) {
          const header = (rule.body.condition ?? []).map((c) => c.http_header?.[0]).find(Boolean);
          if (!header) {
            findings.push(`module.${call.name} aws_lb_listener_rule.${rule.name}: forwards without checking the origin header`);
            continue;
          }
          const values = header.values ?? [];
          const value = argument(Array.isArray(values) ? values[0] : values);
          if (!value.sensitive) findings.push(`module.${call.name} aws_lb_listener_rule.${rule.name}: the header value it checks is not a sensitive variable`);
          checked.push({ where: `module.${call.name} aws_lb_listener_rule.${rule.name}`, name: argument(header.http_header_name).expr, value: value.expr });
        }
      }
    }
  }
  if (checked.length > 0 && sent.length === 0) findings.push(`${rel(tree, envDir)}: the load balancer checks an origin header that no CloudFront origin sends`);
  for (const s of sent) {
    for (const c of checked) {
      if (s.name !== c.name || s.value !== c.value) findings.push(`${c.where} checks ${c.name} = ${c.value}, but ${s.where} sends ${s.name} = ${s.value}`);
    }
  }
  return findings;
}

// Every load balancer an environment runs writes access logs to a bucket that deletes them
// after a number of days (the environment's, read through the module call), is encrypted
// with S3's own key (the only kind load balancers write with) and has a bucket policy.
export function unloggedLoadBalancers(tree, envDir) {
  const findings = [];
  for (const call of envDir.modules) {
    const moduleDir = moduleDirOf(tree, envDir, call);
    if (!moduleDir) continue;
    const of = (type, bucket) => moduleDir.resources.filter((x) => x.type === type && String(x.body.bucket).includes(`aws_s3_bucket.${bucket}.`));
    for (const lb of moduleDir.resources.filter((x) => x.type === 'aws_lb')) {
      const where = `module.${call.name} aws_lb.${lb.name}`;
      const logs = (lb.body.access_logs ?? [])[0];
      const enabled = logs && resolveThroughCall(envDir, call, moduleDir, logs.enabled).value;
      if (!logs || enabled !== true) {
        findings.push(`${where}: writes no access logs (access_logs with enabled = true)`);
        continue;
      }
      const bucket = /aws_s3_bucket\.(\w+)\./.exec(String(logs.bucket))?.[1];
      if (!bucket) {
        findings.push(`${where}: access logs go to ${logs.bucket}, not a bucket of this module`);
        continue;
      }
      const days = of('aws_s3_bucket_lifecycle_configuration', bucket)
        .flatMap((l) => l.body.rule ?? []).filter((r) => r.status === 'Enabled')
        .map((r) => r.expiration?.[0]?.days).filter((d) => d !== undefined)
        .map((d) => resolveThroughCall(envDir, call, moduleDir, d));
      if (!days.some((d) => typeof d.value === 'number' && d.value > 0)) {
        findings.push(`${where}: its access log bucket aws_s3_bucket.${bucket} has no lifecycle rule that expires the logs${days.length ? ` (${days.map((d) => `${d.from}: ${JSON.stringify(d.value)}`).join(', ')})` : ''}`);
      }
      const algorithms = of('aws_s3_bucket_server_side_encryption_configuration', bucket)
        .flatMap((e) => e.body.rule ?? []).map((r) => r.apply_server_side_encryption_by_default?.[0]?.sse_algorithm);
      if (!algorithms.includes('AES256')) findings.push(`${where}: its access log bucket aws_s3_bucket.${bucket} must use SSE-S3 (AES256), the only encryption load balancers write with (has: ${algorithms.join(', ') || 'none'})`);
      if (of('aws_s3_bucket_policy', bucket).length === 0) findings.push(`${where}: its access log bucket aws_s3_bucket.${bucket} has no bucket policy letting the load balancer write`);
    }
  }
  return findings;
}
