// The runbooks under docs/operations/ name real things: every repository path they name
// exists, and, once terraform/ is in the repository, every Terraform variable and output
// they name is declared by the environments' root modules.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { namedIn, readRunbooks, terraformDeclarations } from './runbook_checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runbooks = readRunbooks(root);
const REQUIRED = ['deploy.md', 'rollback.md', 'restore.md', 'rotate-signing-key.md', 'rotate-database-password.md', 'alarms.md', 'scale-for-peak.md'];

test('there is a runbook for each operation, each listed in the index', () => {
  const index = runbooks.find((r) => r.file.endsWith('/README.md')).text;
  for (const name of REQUIRED) {
    assert.ok(runbooks.some((r) => r.file === `docs/operations/${name}`), `docs/operations/${name} exists`);
  }
  for (const { file } of runbooks.filter((r) => !r.file.endsWith('/README.md'))) {
    assert.ok(index.includes(`(${path.basename(file)})`), `${file} is linked from docs/operations/README.md`);
  }
});

test('each runbook names the commands or Terraform variables it uses', () => {
  for (const { file, text } of runbooks.filter((r) => !r.file.endsWith('/README.md'))) {
    const named = namedIn(text);
    assert.ok(/```(sh|hcl)\n/.test(text) || named.variables.length > 0, `${file} gives commands or variables`);
  }
});

test('the alarm runbook covers every alarm: 5xx, p99 latency, database CPU, failed deployment, queue', () => {
  const text = runbooks.find((r) => r.file.endsWith('/alarms.md')).text;
  for (const heading of [/^## 5xx/m, /^## p99 latency/m, /^## Database CPU/m, /^## Failed deployment/m, /^## Solve queue/m]) {
    assert.match(text, heading);
  }
});

// The restore runbook is rehearsed with the production-like run's backup drill: it names the
// script and calls it the way the script's header documents (`[RUN_DIR]`, nothing else).
test('the restore runbook rehearses with scripts/backup-drill.sh, called as its header says', () => {
  const text = runbooks.find((r) => r.file.endsWith('/restore.md')).text;
  assert.match(text, /\(prodlike\.md\)/, 'restore.md links the production-like run');
  const usage = /^#\s+scripts\/backup-drill\.sh (.*)$/m.exec(readFileSync(path.join(root, 'scripts/backup-drill.sh'), 'utf8'));
  assert.equal(usage?.[1], '[RUN_DIR]', 'the script documents its arguments in its header');
  const calls = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => [...m[1].matchAll(/^scripts\/backup-drill\.sh([^#\n]*)/gm)].map((c) => c[1].trim()));
  assert.ok(calls.length > 0, 'restore.md runs scripts/backup-drill.sh in a command block');
  for (const args of calls) assert.ok(args.split(/\s+/).filter(Boolean).length <= 1, `scripts/backup-drill.sh ${args}: at most RUN_DIR`);
});

test('every repository path a runbook names exists', () => {
  const missing = runbooks.flatMap(({ file, text }) => namedIn(text).paths.filter((p) => !existsSync(path.join(root, p))).map((p) => `${file}: ${p}`));
  assert.deepEqual(missing, []);
});

test('the path check sees a missing script', () => {
  const named = namedIn('Run `scripts/deploy/rollback-everything.sh` and `scripts/smoke.sh URL`.');
  assert.deepEqual(named.paths, ['scripts/deploy/rollback-everything.sh', 'scripts/smoke.sh']);
  assert.deepEqual(named.paths.filter((p) => !existsSync(path.join(root, p))), ['scripts/deploy/rollback-everything.sh']);
});

test('the names a runbook gives are read as variables and outputs', () => {
  const named = namedIn('Raise `var.api_max_capacity`; `$(tfout ecs_cluster_name)`, `$(out web_bucket_name)`.\n```hcl\nworker_max_capacity = 12\n```\n');
  assert.deepEqual(named.variables.sort(), ['api_max_capacity', 'worker_max_capacity']);
  assert.deepEqual(named.outputs.sort(), ['ecs_cluster_name', 'web_bucket_name']);
});

const declared = terraformDeclarations(root);
test('every Terraform variable and output a runbook names is declared', {
  skip: declared === null ? 'terraform/environments/*/variables.tf and outputs.tf are not in the repository yet (delivery-tf): nothing to check against' : false,
}, () => {
  const problems = [];
  for (const { file, text } of runbooks) {
    const named = namedIn(text);
    for (const v of named.variables) if (!declared.variables.has(v)) problems.push(`${file}: var.${v} is not a variable of terraform/environments/`);
    for (const o of named.outputs) if (!declared.outputs.has(o)) problems.push(`${file}: output ${o} is not an output of terraform/environments/`);
    for (const p of named.terraformPaths) if (!existsSync(path.join(root, p))) problems.push(`${file}: ${p} does not exist`);
  }
  assert.deepEqual(problems, []);
});
