// scripts/deploy/release.sh with stand-ins for the AWS and Docker CLIs (fake-cloud/): the
// order of the steps, the image each new task definition names, and what happens when the
// migrations or the smoke test fail (nothing after them; a failed smoke test rolls back).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fakeCloud = fileURLToPath(new URL('./fake-cloud', import.meta.url));
const repo = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/brightpath-staging';
let dir;
beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'brightpath-release-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

function release({ smokePasses = true, env = {} } = {}) {
  const smoke = path.join(dir, 'smoke');
  writeFileSync(smoke, `#!/bin/sh\necho "smoke $1" >> "$FAKE_CLOUD_LOG"\nexit ${smokePasses ? 0 : 1}\n`);
  chmodSync(smoke, 0o755);
  const r = spawnSync(path.join(root, 'scripts/deploy/release.sh'), ['abc123'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: `${fakeCloud}:${process.env.PATH}`,
      FAKE_CLOUD_LOG: path.join(dir, 'calls.log'),
      BRIGHTPATH_SMOKE: smoke,
      RELEASE_POLL_SECONDS: '0',
      ECS_CLUSTER_NAME: 'brightpath-staging',
      API_SERVICE_NAME: 'brightpath-staging-api',
      WORKER_SERVICE_NAME: 'brightpath-staging-worker',
      MIGRATE_TASK_DEFINITION_FAMILY: 'brightpath-staging-migrate',
      CODEDEPLOY_APP_NAME: 'brightpath-staging',
      CODEDEPLOY_DEPLOYMENT_GROUP_NAME: 'brightpath-staging-api',
      SERVER_ECR_REPOSITORY_URL: `${repo}/server`,
      WEB_ECR_REPOSITORY_URL: `${repo}/web`,
      WEB_BUCKET_NAME: 'brightpath-staging-web',
      CLOUDFRONT_DISTRIBUTION_ID: 'E123',
      BRIGHTPATH_API_URL: 'https://origin.staging.example.org',
      ...env,
    },
  });
  let calls = [];
  try { calls = readFileSync(path.join(dir, 'calls.log'), 'utf8').trim().split('\n'); } catch { /* no call made */ }
  return { ...r, calls };
}
// Index of the first call starting with `prefix`, -1 if none.
const at = (calls, prefix) => calls.findIndex((c) => c.startsWith(prefix));

test('migrations, workers, API blue/green, smoke test, then the web app, in that order', () => {
  const r = release();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const order = ['aws ecs run-task', 'aws ecs update-service', 'aws deploy create-deployment', 'smoke https://origin.staging.example.org',
    'aws s3 sync', 'aws cloudfront create-invalidation', 'aws ecs wait services-stable'].map((p) => at(r.calls, p));
  assert.ok(order.every((i) => i >= 0), `every step ran:\n${r.calls.join('\n')}`);
  assert.deepEqual(order, [...order].sort((a, b) => a - b), `steps out of order:\n${r.calls.join('\n')}`);
  assert.equal(at(r.calls, 'aws deploy stop-deployment'), -1);
  assert.match(r.stdout, /released abc123/);
});

test('the web app: hashed assets first, then the page and its settings, the service worker last, all three invalidated', () => {
  const r = release();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const order = ['aws s3 sync /', 'aws s3 cp /', 'aws cloudfront create-invalidation'].map((p) => at(r.calls, p));
  const copy = (file) => r.calls.findIndex((c) => c.startsWith('aws s3 cp') && c.includes(`/${file} s3://`));
  assert.ok(copy('index.html') >= 0 && copy('config.json') >= 0 && copy('sw.js') >= 0, r.calls.join('\n'));
  assert.ok(copy('sw.js') > copy('index.html') && copy('sw.js') > copy('config.json'), `sw.js after the page:\n${r.calls.join('\n')}`);
  assert.ok(!r.calls.some((c) => c.startsWith('aws s3 sync') && !c.includes('--exclude sw.js') && !c.includes('/assets')),
    'the unhashed files are synced without sw.js');
  assert.match(r.calls[at(r.calls, 'aws cloudfront create-invalidation')], /\/index.html \/config.json \/sw.js/);
  assert.ok(order.every((i) => i >= 0));
});

test('every new task definition runs the new server image and keeps the other containers', () => {
  const r = release();
  assert.equal(r.status, 0, r.stderr);
  for (const family of ['brightpath-staging-migrate', 'brightpath-staging-api-family', 'brightpath-staging-worker-family']) {
    const def = JSON.parse(readFileSync(path.join(dir, `registered-${family}.json`), 'utf8'));
    assert.equal(def.containerDefinitions[0].image, `${repo}/server:abc123`, family);
    assert.equal(def.containerDefinitions[1].image, 'public.ecr.aws/cloudwatch-agent/cloudwatch-agent:1.300049.1b929', `${family}: the sidecar is left alone`);
    for (const field of ['taskDefinitionArn', 'revision', 'status']) assert.ok(!(field in def), `${family}: ${field} is not sent back`);
  }
  const appspec = JSON.parse(JSON.parse(readFileSync(path.join(dir, 'revision.json'), 'utf8')).appSpecContent.content);
  assert.deepEqual(appspec.Resources[0].TargetService.Properties, {
    TaskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/brightpath-staging-api-family:8',
    LoadBalancerInfo: { ContainerName: 'api', ContainerPort: 8080 },
  });
});

test('a failed smoke test stops the deployment with rollback and uploads no web app', () => {
  const r = release({ smokePasses: false });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /smoke test failed on the new tasks: deployment d-TEST123 stopped and rolled back/);
  const stop = r.calls.find((c) => c.startsWith('aws deploy stop-deployment'));
  assert.match(stop ?? '', /--deployment-id d-TEST123 --auto-rollback-enabled/);
  assert.equal(at(r.calls, 'aws s3'), -1);
});

test('failed migrations deploy nothing', () => {
  const r = release({ env: { FAKE_MIGRATE_EXIT: '1' } });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /the migrations task exited with 1 .*nothing was deployed/);
  for (const p of ['aws ecs update-service', 'aws deploy create-deployment', 'aws s3']) assert.equal(at(r.calls, p), -1, `${p} ran`);
});

test('a deployment CodeDeploy rolled back itself (an alarm) fails the release without a smoke test', () => {
  const r = release({ env: { FAKE_DEPLOY_STATUS: 'Stopped', FAKE_TRAFFIC_STATUS: 'Pending' } });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /deployment d-TEST123 ended Stopped/);
  assert.equal(at(r.calls, 'smoke'), -1);
});

test('a missing setting is named before anything runs', () => {
  const r = release({ env: { WEB_BUCKET_NAME: '' } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /WEB_BUCKET_NAME is not set/);
  assert.deepEqual(r.calls, []);
});

test('push-images builds each image once and pushes it under the commit to every environment', () => {
  const log = path.join(dir, 'calls.log');
  const r = spawnSync(path.join(root, 'scripts/deploy/push-images.sh'), ['abc123', `${repo}`, 'registry.example/brightpath-prod'], {
    encoding: 'utf8', env: { PATH: `${fakeCloud}:${process.env.PATH}`, FAKE_CLOUD_LOG: log },
  });
  assert.equal(r.status, 0, r.stderr);
  const calls = readFileSync(log, 'utf8').trim().split('\n');
  assert.deepEqual(calls.filter((c) => c.startsWith('docker build')).map((c) => c.split(' ')[3]),
    ['deploy/docker/server.Dockerfile', 'deploy/docker/web.Dockerfile']);
  assert.deepEqual(calls.filter((c) => c.startsWith('docker push')), [
    `docker push ${repo}/server:abc123`, 'docker push registry.example/brightpath-prod/server:abc123',
    `docker push ${repo}/web:abc123`, 'docker push registry.example/brightpath-prod/web:abc123',
  ]);
});
