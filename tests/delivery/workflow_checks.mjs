// The rules the workflow files under .github/workflows/ keep (docs/images-and-pipelines.md).
// Each check takes the parsed workflows ({ file: object }) and returns problems as strings
// naming the file, the job and what is wrong.
import { existsSync } from 'node:fs';
import path from 'node:path';

const SHA_PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;
const DIGEST_PINNED = /^[a-z0-9][a-z0-9._/-]*:[\w][\w.-]*@sha256:[0-9a-f]{64}$/;
// A path to one of the repository's own scripts inside a shell command.
const REPO_SCRIPT = /(?:^|[\s"'(=])((?:\.\/)?(?:scripts|tests|deploy|\.ci)\/[\w./-]*[\w])/g;
const SECRET_NAME = /secret|password|passwd|token|api[-_]?key|private[-_]?key|credential/i;
const EXPRESSION = /^\$\{\{[^}]*\}\}$/;
const SECRET_VALUE = [/AKIA[0-9A-Z]{16}/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /gh[pousr]_[A-Za-z0-9]{36}/, /xox[baprs]-[A-Za-z0-9-]+/];

const jobsOf = (workflows) => Object.entries(workflows).flatMap(([file, wf]) =>
  Object.entries(wf?.jobs ?? {}).map(([name, job]) => ({ file, name, job, where: `${file}: job ${name}` })));
const stepsOf = (workflows) => jobsOf(workflows).flatMap((j) =>
  (j.job.steps ?? []).map((step, i) => ({ ...j, step, where: `${j.where}, step ${step.name ?? step.uses ?? i + 1}` })));

// Every `run:` that calls a repository script names a file the repository has.
export function checkScriptsExist(workflows, root) {
  const problems = [];
  for (const { step, where } of stepsOf(workflows)) {
    if (typeof step.run !== 'string') continue;
    for (const m of step.run.matchAll(REPO_SCRIPT)) {
      if (!existsSync(path.join(root, m[1]))) problems.push(`${where}: runs ${m[1]}, which the repository does not have`);
    }
  }
  return problems;
}

// Every action is pinned by a full commit SHA, every container image by tag and digest, and
// every reusable workflow is a file of this repository.
export function checkPinned(workflows, root) {
  const problems = [];
  for (const { job, where } of jobsOf(workflows)) {
    if (typeof job.uses === 'string') {
      if (!job.uses.startsWith('./')) problems.push(`${where}: reusable workflow ${job.uses} is not this repository's`);
      else if (!existsSync(path.join(root, job.uses))) problems.push(`${where}: ${job.uses} does not exist`);
    }
    const image = typeof job.container === 'string' ? job.container : job.container?.image;
    if (image !== undefined && !DIGEST_PINNED.test(image)) problems.push(`${where}: container ${image} is not pinned by tag and digest`);
  }
  for (const { step, where } of stepsOf(workflows)) {
    if (typeof step.uses !== 'string' || step.uses.startsWith('./')) continue;
    const pinned = step.uses.startsWith('docker://') ? DIGEST_PINNED.test(step.uses.slice(9)) : SHA_PINNED.test(step.uses);
    if (!pinned) problems.push(`${where}: uses ${step.uses}, not pinned by a full commit SHA`);
  }
  return problems;
}

// No credential written into a workflow: env and with values of secret-looking names are expressions
// (${{ secrets.X }}), nothing anywhere looks like a key, and AWS is reached through OIDC only.
export function checkNoSecretLiterals(workflows) {
  const problems = [];
  const walk = (value, trail, file) => {
    if (typeof value === 'string') {
      for (const re of SECRET_VALUE) if (re.test(value)) problems.push(`${file}: ${trail.join('.')} holds what looks like a credential`);
      const key = trail.at(-1);
      const inSettings = ['env', 'with'].includes(trail.at(-2));  // not e.g. permissions' id-token scope
      if (inSettings && SECRET_NAME.test(key) && !EXPRESSION.test(value.trim())) {
        problems.push(`${file}: ${trail.join('.')} is a literal; pass it as \${{ secrets.NAME }}`);
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...trail, i], file));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...trail, k], file);
  };
  for (const [file, wf] of Object.entries(workflows)) walk(wf, [], file);
  for (const { step, where } of stepsOf(workflows)) {
    for (const input of ['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token']) {
      if (step.with?.[input] !== undefined) problems.push(`${where}: ${input}: AWS is reached through OIDC (role-to-assume), not stored keys`);
    }
  }
  return problems;
}

// The pull-request workflow runs exactly the project's test command.
export function checkPullRequestTests(workflows, file) {
  const runs = stepsOf({ [file]: workflows[file] }).map(({ step }) => step.run?.trim());
  return runs.some((r) => r === 'scripts/test.sh' || r === '.ci/run' || r === 'bash .ci/run') ? []
    : [`${file}: no step runs exactly scripts/test.sh (or .ci/run), the command CI runs`];
}

// The environment a job deploys to: its own `environment`, or for a call of a reusable
// workflow the `environment` input it passes, when that workflow's jobs deploy to it.
function environmentOf(job, workflows) {
  if (job.environment) return typeof job.environment === 'string' ? job.environment : job.environment.name;
  if (typeof job.uses !== 'string') return undefined;
  const called = workflows[job.uses.replace(/^\.\//, '')];
  const deploysToInput = Object.values(called?.jobs ?? {}).every((j) =>
    /^\$\{\{\s*inputs\.environment\s*\}\}$/.test(typeof j.environment === 'string' ? j.environment : j.environment?.name ?? ''));
  return deploysToInput ? job.with?.environment : undefined;
}

// Production waits for staging (which waits for dev) and runs in the `production`
// environment, whose required reviewers are the manual approval.
export function checkReleaseOrder(workflows, file) {
  const problems = [];
  const jobs = workflows[file]?.jobs ?? {};
  const needs = (name) => [jobs[name]?.needs ?? []].flat();
  const chain = [['production', 'staging', 'production'], ['staging', 'dev', 'staging'], ['dev', 'images', 'dev']];
  for (const [job, before, environment] of chain) {
    if (!jobs[job]) { problems.push(`${file}: no job ${job}`); continue; }
    if (!needs(job).includes(before)) problems.push(`${file}: job ${job} does not need ${before}`);
    const env = environmentOf(jobs[job], workflows);
    if (env !== environment) problems.push(`${file}: job ${job} deploys to environment ${env ?? '(none)'}, expected ${environment}`);
  }
  return problems;
}
