// Solve jobs: 202 and a job, progress while it runs, cancel, capped budget, the household
// limit, drafts accepted (If-Match) or discarded, and workers: a killed worker's job is
// finished by another once its lease runs out; a stopped worker hands its job back.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { call, createHousehold, createPlan, readExample, serverBin, signUp, sleep, startServer } from './helpers.mjs';

const oneChild = () => JSON.parse(readExample('one-child.json'));
const coop = () => JSON.parse(readExample('coop-300.json'));
// A job that keeps the solver busy for its whole budget.
const longJob = (ms) => ({ time_budget_ms: ms, may_move: 'all', stop_when_stalled: false });

async function waitFor(server, token, householdId, jobId, predicate, timeoutMs = 30000) {
  const started = Date.now();
  for (;;) {
    const r = await call(server, 'GET', `/api/v1/households/${householdId}/jobs/${jobId}`, { token });
    assert.equal(r.status, 200);
    if (predicate(r.json)) return r.json;
    if (Date.now() - started > timeoutMs) throw new Error(`job never reached the state: ${JSON.stringify(r.json)}`);
    await sleep(100);
  }
}
const done = (j) => ['succeeded', 'failed', 'cancelled'].includes(j.status);

function startWorker(databaseUrl, env = {}) {
  const proc = spawn(serverBin, ['--worker'], {
    env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, BRIGHTPATH_JOB_POLL_MS: '100', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const worker = { proc, stdout: '' };
  proc.stdout.on('data', (d) => { worker.stdout += d; });
  worker.exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return worker;
}

describe('solve jobs in the server', () => {
  let server;
  let owner;
  let household;
  before(async () => {
    server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '2', BRIGHTPATH_SOLVE_MAX_SECONDS: '5', BRIGHTPATH_HOUSEHOLD_ACTIVE_JOBS: '5' } });
    owner = await signUp(server);
    household = await createHousehold(server, owner.token);
  });
  after(async () => { await server.stop(); });
  const jobsPath = (suffix = '') => `/api/v1/households/${household.id}/jobs${suffix}`;

  test('a week proved impossible is infeasible with its proof; the draft lists no invented lessons', async () => {
    const plan = oneChild();
    // Ten times the child's lessons: more minutes than the week holds, which the core proves.
    for (const course of plan.courses) course.sessionsPerWeek = Math.min(50, course.sessionsPerWeek * 10);
    const created = await createPlan(server, owner.token, household.id, plan);
    const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${created.id}/solve`, { token: owner.token, body: { time_budget_ms: 1000 } });
    assert.equal(r.status, 202);
    const job = await waitFor(server, owner.token, household.id, r.json.id, done);
    assert.equal(job.status, 'succeeded');
    assert.equal(job.result.status, 'infeasible');
    assert.equal(job.result.explanations[0].proof, true);
    assert.deepEqual(job.result.removed, []);
  });

  test('a solve answers 202 with a job; the result is a draft a parent accepts as a new version', async () => {
    const plan = await createPlan(server, owner.token, household.id, oneChild());
    const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token, body: { time_budget_ms: 2000 } });
    assert.equal(r.status, 202);
    assert.equal(r.headers.get('location'), jobsPath(`/${r.json.id}`));
    assert.equal(r.json.base_version, 1);
    const job = await waitFor(server, owner.token, household.id, r.json.id, done);
    assert.equal(job.status, 'succeeded');
    assert.equal(job.result.status, 'feasible');
    assert.deepEqual(job.draft, { state: 'pending', accepted_version: null });
    const draft = await call(server, 'GET', jobsPath(`/${job.id}/draft`), { token: owner.token });
    assert.equal(draft.json.diagnostics.summary.errors, 0);
    const stale = await call(server, 'POST', jobsPath(`/${job.id}/accept`), { token: owner.token, headers: { 'If-Match': '"7"' } });
    assert.equal(stale.status, 409);
    const accepted = await call(server, 'POST', jobsPath(`/${job.id}/accept`), { token: owner.token, headers: { 'If-Match': '"1"' } });
    assert.equal(accepted.status, 201);
    assert.equal(accepted.json.version, 2);
    const current = await call(server, 'GET', `/api/v1/households/${household.id}/plans/${plan.id}`, { token: owner.token });
    assert.deepEqual(current.json.plan, draft.json.plan);
    const history = await call(server, 'GET', `/api/v1/households/${household.id}/plans/${plan.id}/versions`, { token: owner.token });
    assert.equal(history.json.versions[0].source, 'solve');
    const again = await call(server, 'POST', jobsPath(`/${job.id}/accept`), { token: owner.token, headers: { 'If-Match': '"2"' } });
    assert.equal(again.status, 409);
    assert.equal(again.json.error.code, 'draft_not_pending');
    assert.equal((await call(server, 'GET', jobsPath(`/${job.id}`), { token: owner.token })).json.draft.accepted_version, 2);
  });

  test('a draft can be discarded; the plan stays as it was', async () => {
    const plan = await createPlan(server, owner.token, household.id, oneChild());
    const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token });
    await waitFor(server, owner.token, household.id, r.json.id, done);
    const discarded = await call(server, 'POST', jobsPath(`/${r.json.id}/discard`), { token: owner.token });
    assert.equal(discarded.json.draft.state, 'discarded');
    const accept = await call(server, 'POST', jobsPath(`/${r.json.id}/accept`), { token: owner.token, headers: { 'If-Match': '"1"' } });
    assert.equal(accept.status, 409);
    assert.equal((await call(server, 'GET', `/api/v1/households/${household.id}/plans/${plan.id}`, { token: owner.token })).json.version, 1);
  });

  test('progress is readable while a job runs; cancel stops it with the best week so far', async () => {
    const plan = await createPlan(server, owner.token, household.id, coop(), 'Co-op');
    const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token, body: longJob(5000) });
    const running = await waitFor(server, owner.token, household.id, r.json.id, (j) => j.status === 'running' && j.progress !== null);
    assert.equal(typeof running.progress.iterations, 'number');
    assert.equal(typeof running.progress.elapsed_ms, 'number');
    const cancel = await call(server, 'POST', jobsPath(`/${r.json.id}/cancel`), { token: owner.token });
    assert.equal(cancel.status, 200);
    assert.equal(cancel.json.cancel_requested, true);
    const job = await waitFor(server, owner.token, household.id, r.json.id, done, 10000);
    assert.equal(job.status, 'cancelled');
    assert.equal(job.result.status, 'cancelled');
    assert.equal(job.draft.state, 'pending');
  });

  test('server-sent events report progress while the job runs, then done, then the stream ends', async () => {
    const plan = await createPlan(server, owner.token, household.id, coop(), 'Co-op events');
    const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token, body: longJob(1500) });
    const res = await fetch(`${server.url}${jobsPath(`/${r.json.id}/events`)}`, { headers: { Authorization: `Bearer ${owner.token}` } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/event-stream/);
    const text = await res.text();  // resolves only because the server ends the stream
    const events = text.trim().split('\n\n').map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { event: eventLine.slice('event: '.length), job: JSON.parse(dataLine.slice('data: '.length)) };
    });
    assert.ok(events.some((e) => e.event === 'progress' && e.job.status === 'running' && e.job.progress !== null), text.slice(0, 300));
    assert.equal(events.at(-1).event, 'done');
    assert.equal(events.at(-1).job.status, 'succeeded');
    assert.equal(events.filter((e) => e.event === 'done').length, 1);
    const stranger = await signUp(server);
    const hidden = await fetch(`${server.url}${jobsPath(`/${r.json.id}/events`)}`, { headers: { Authorization: `Bearer ${stranger.token}` } });
    assert.equal(hidden.status, 404);
  });

  test('the time budget is capped', async () => {
    const plan = await createPlan(server, owner.token, household.id, oneChild());
    const r = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token, body: { time_budget_ms: 600000 } });
    assert.equal(r.status, 202);
    assert.equal(r.json.options.time_budget_ms, 5000);
    const bad = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token, body: { time_budget_ms: 'soon' } });
    assert.equal(bad.status, 400);
    const unknown = await call(server, 'POST', `/api/v1/households/${household.id}/plans/${plan.id}/solve`, { token: owner.token, body: { threads: 8 } });
    assert.equal(unknown.json.error.code, 'unknown_field');
  });

  test('jobs are listed per household', async () => {
    const list = await call(server, 'GET', jobsPath(), { token: owner.token });
    assert.ok(list.json.jobs.length >= 3);
    const stranger = await signUp(server);
    assert.equal((await call(server, 'GET', jobsPath(), { token: stranger.token })).status, 404);
  });
});

describe('solve workers', () => {
  test('each household has a limit on jobs queued or running at once', async () => {
    const server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '0', BRIGHTPATH_HOUSEHOLD_ACTIVE_JOBS: '1' } });
    try {
      const a = await signUp(server);
      const h = await createHousehold(server, a.token);
      const plan = await createPlan(server, a.token, h.id, oneChild());
      const solve = () => call(server, 'POST', `/api/v1/households/${h.id}/plans/${plan.id}/solve`, { token: a.token });
      const first = await solve();
      assert.equal(first.status, 202);
      const second = await solve();
      assert.equal(second.status, 429);
      assert.equal(second.json.error.code, 'too_many_jobs');
      // Cancelling a queued job ends it at once and frees the slot.
      const cancelled = await call(server, 'POST', `/api/v1/households/${h.id}/jobs/${first.json.id}/cancel`, { token: a.token });
      assert.equal(cancelled.json.status, 'cancelled');
      assert.equal((await solve()).status, 202);
      // Another household is not affected.
      const h2 = await createHousehold(server, a.token);
      const plan2 = await createPlan(server, a.token, h2.id, oneChild());
      assert.equal((await call(server, 'POST', `/api/v1/households/${h2.id}/plans/${plan2.id}/solve`, { token: a.token })).status, 202);
    } finally {
      await server.stop();
    }
  });

  test('a worker process killed in the middle of a job: another worker finishes it', async () => {
    const server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '0' } });
    const leaseEnv = { BRIGHTPATH_JOB_LEASE_SECONDS: '2' };
    const first = startWorker(server.databaseUrl, leaseEnv);
    let second;
    try {
      const a = await signUp(server);
      const h = await createHousehold(server, a.token);
      const plan = await createPlan(server, a.token, h.id, coop(), 'Co-op');
      const r = await call(server, 'POST', `/api/v1/households/${h.id}/plans/${plan.id}/solve`, { token: a.token, body: longJob(4000) });
      await waitFor(server, a.token, h.id, r.json.id, (j) => j.status === 'running' && j.progress !== null);
      first.proc.kill('SIGKILL');
      await first.exited;
      second = startWorker(server.databaseUrl, leaseEnv);
      const job = await waitFor(server, a.token, h.id, r.json.id, done, 30000);
      assert.equal(job.status, 'succeeded');
      assert.equal(job.attempts, 2);
      assert.equal(job.draft.state, 'pending');
      assert.match(second.stdout, new RegExp(`"job claimed","job":"${r.json.id}","attempt":2`));
    } finally {
      first.proc.kill('SIGKILL');
      second?.proc.kill('SIGTERM');
      await second?.exited;
      await server.stop();
    }
  });

  test('a worker stopped with SIGTERM hands its job back at once', async () => {
    const server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '0' } });
    const worker = startWorker(server.databaseUrl, { BRIGHTPATH_JOB_LEASE_SECONDS: '600' });
    try {
      const a = await signUp(server);
      const h = await createHousehold(server, a.token);
      const plan = await createPlan(server, a.token, h.id, coop(), 'Co-op');
      const r = await call(server, 'POST', `/api/v1/households/${h.id}/plans/${plan.id}/solve`, { token: a.token, body: longJob(20000) });
      await waitFor(server, a.token, h.id, r.json.id, (j) => j.status === 'running' && j.progress !== null);
      worker.proc.kill('SIGTERM');
      const { code } = await worker.exited;
      assert.equal(code, 0);
      // Back in the queue without waiting for the (long) lease.
      const job = (await call(server, 'GET', `/api/v1/households/${h.id}/jobs/${r.json.id}`, { token: a.token })).json;
      assert.equal(job.status, 'queued');
      assert.equal(job.attempts, 1);
    } finally {
      worker.proc.kill('SIGKILL');
      await server.stop();
    }
  });
});
