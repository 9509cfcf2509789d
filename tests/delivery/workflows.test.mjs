// The workflow files of the hosted pipeline, parsed (npm `yaml`) and checked: they call the
// repository's real commands, the pull-request workflow runs exactly the test command CI
// runs, production needs staging and the approval of the `production` environment, every
// action is pinned by commit SHA, and no credential is written in them. Each check is also
// shown failing on a changed copy.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkNoSecretLiterals, checkPinned, checkPullRequestTests, checkReleaseOrder, checkScriptsExist } from './workflow_checks.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = '.github/workflows';
const load = () => Object.fromEntries(readdirSync(path.join(root, dir)).filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [`${dir}/${f}`, parse(readFileSync(path.join(root, dir, f), 'utf8'))]));
const PR = `${dir}/pull-request.yml`;
const MAIN = `${dir}/main.yml`;
const RELEASE = `${dir}/release.yml`;

test('the workflow files parse and include the pull-request, main and release workflows', () => {
  const workflows = load();
  for (const f of [PR, MAIN, RELEASE]) assert.ok(workflows[f]?.jobs, `${f} has jobs`);
});

test('every script a workflow runs exists in the repository', () => {
  assert.deepEqual(checkScriptsExist(load(), root), []);
  const broken = load();
  broken[MAIN].jobs.images.steps.at(-1).run = 'scripts/deploy/no-such-script.sh "$GITHUB_SHA"';
  assert.deepEqual(checkScriptsExist(broken, root), [`${MAIN}: job images, step Build and push both images, tagged by commit: runs scripts/deploy/no-such-script.sh, which the repository does not have`]);
});

test('the pull-request workflow runs exactly scripts/test.sh, which is what .ci/run runs', () => {
  assert.match(readFileSync(path.join(root, '.ci/run'), 'utf8'), /^exec scripts\/test\.sh$/m);
  assert.deepEqual(checkPullRequestTests(load(), PR), []);
  const broken = load();
  broken[PR].jobs.test.steps.at(-1).run = 'ctest --preset native';
  assert.equal(checkPullRequestTests(broken, PR).length, 1);
});

test('the pull-request workflow lints, builds both images, scans for secrets and audits both lockfiles', () => {
  const text = readFileSync(path.join(root, PR), 'utf8');
  const jobs = load()[PR].jobs;
  assert.ok(jobs.lint.steps.some((s) => s.run?.includes('scripts/lint.sh')));
  for (const image of ['server', 'web']) assert.ok(jobs['build-images'].steps.some((s) => s.run?.includes(`deploy/docker/${image}.Dockerfile`)));
  assert.ok(jobs.secrets.steps.some((s) => s.uses?.startsWith('gitleaks/gitleaks-action@')));
  assert.equal(jobs.secrets.steps[0].with['fetch-depth'], 0, 'gitleaks scans the whole history');
  assert.match(text, /run: npm audit --audit-level=high/);
  assert.match(text, /run: npm --prefix web audit --audit-level=high/);
});

test('production needs staging, staging needs dev, dev needs the images; each in its GitHub environment', () => {
  assert.deepEqual(checkReleaseOrder(load(), MAIN), []);
  const skipsStaging = load();
  skipsStaging[MAIN].jobs.production.needs = 'dev';
  assert.deepEqual(checkReleaseOrder(skipsStaging, MAIN), [`${MAIN}: job production does not need staging`]);
  const noApproval = load();
  noApproval[MAIN].jobs.production.with.environment = 'prod-no-reviewers';
  assert.deepEqual(checkReleaseOrder(noApproval, MAIN), [`${MAIN}: job production deploys to environment prod-no-reviewers, expected production`]);
  const fixedEnvironment = load();
  fixedEnvironment[RELEASE].jobs.release.environment = 'staging';
  assert.ok(checkReleaseOrder(fixedEnvironment, MAIN).includes(`${MAIN}: job production deploys to environment (none), expected production`));
});

test('every action is pinned by a full commit SHA and every container by digest', () => {
  assert.deepEqual(checkPinned(load(), root), []);
  const byTag = load();
  byTag[PR].jobs.secrets.steps[1].uses = 'gitleaks/gitleaks-action@v2';
  assert.deepEqual(checkPinned(byTag, root), [`${PR}: job secrets, step gitleaks/gitleaks-action@v2: uses gitleaks/gitleaks-action@v2, not pinned by a full commit SHA`]);
  const container = load();
  container[PR].jobs.test.container.image = 'node:20-bookworm-slim';
  assert.deepEqual(checkPinned(container, root), [`${PR}: job test: container node:20-bookworm-slim is not pinned by tag and digest`]);
});

test('no credential is written in a workflow, and AWS is reached through OIDC', () => {
  const workflows = load();
  assert.deepEqual(checkNoSecretLiterals(workflows), []);
  for (const file of [MAIN, RELEASE]) {
    const jobs = Object.values(workflows[file].jobs).filter((j) => j.steps?.some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@')));
    assert.ok(jobs.length > 0, `${file} signs in to AWS`);
    for (const job of jobs) {
      assert.equal(job.permissions?.['id-token'], 'write', `${file}: OIDC needs id-token: write`);
      assert.match(job.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@')).with['role-to-assume'], /^\$\{\{ vars\.\w+ \}\}$/);
    }
  }
  const literal = load();
  literal[PR].jobs.secrets.steps[1].env.GITHUB_TOKEN = 'not-an-expression';
  assert.deepEqual(checkNoSecretLiterals(literal), [`${PR}: jobs.secrets.steps.1.env.GITHUB_TOKEN is a literal; pass it as \${{ secrets.NAME }}`]);
  const keys = load();
  keys[RELEASE].jobs.release.steps[1].with['aws-access-key-id'] = 'AKIAABCDEFGHIJKLMNOP';
  assert.equal(checkNoSecretLiterals(keys).length, 2, 'the key is named twice: it looks like a key, and stored keys are refused');
});

test('the release workflow runs the release, the end-to-end check on request and the smoke test', () => {
  const steps = load()[RELEASE].jobs.release.steps;
  const runs = steps.map((s) => s.run ?? '');
  const at = (re) => runs.findIndex((r) => re.test(r));
  assert.ok(at(/scripts\/deploy\/release\.sh/) >= 0);
  assert.ok(at(/scripts\/e2e-deployed\.mjs/) > at(/scripts\/deploy\/release\.sh/));
  assert.equal(steps[at(/scripts\/e2e-deployed\.mjs/)].if, 'inputs.end-to-end');
  assert.ok(at(/scripts\/smoke\.sh/) > at(/scripts\/deploy\/release\.sh/));
  assert.equal(load()[MAIN].jobs.staging.with['end-to-end'], true, 'staging runs the end-to-end check');
});
