// /metrics in Prometheus text format: requests by route pattern and status with latency
// histograms, validation and solve durations, jobs by status, sign-ins, saves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  call, createHousehold, createPlan, familyPlan, metricSample as sample, psql, readExample, signUp, sleep, startServer,
} from './helpers.mjs';

test('metrics count what happened', async () => {
  const server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '1' } });
  try {
    const a = await signUp(server);
    await call(server, 'POST', '/api/v1/auth/signin', { body: { email: a.email, password: 'wrong password!' } });
    const h = await createHousehold(server, a.token);
    const { id } = await createPlan(server, a.token, h.id);
    const url = `/api/v1/households/${h.id}/plans/${id}`;
    await call(server, 'POST', `${url}/versions`, { token: a.token, body: familyPlan(), headers: { 'If-Match': '"1"' } });
    await call(server, 'POST', `${url}/versions`, { token: a.token, body: familyPlan(), headers: { 'If-Match': '"1"' } });
    await call(server, 'GET', url, { token: a.token });
    const oneChild = await createPlan(server, a.token, h.id, JSON.parse(readExample('one-child.json')));
    const job = await call(server, 'POST', `/api/v1/households/${h.id}/plans/${oneChild.id}/solve`, { token: a.token, body: { time_budget_ms: 300 } });
    for (let i = 0; i < 100; i++) {
      if ((await call(server, 'GET', `/api/v1/households/${h.id}/jobs/${job.json.id}`, { token: a.token })).json.status === 'succeeded') break;
      await sleep(50);
    }

    const r = await call(server, 'GET', '/metrics');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^text\/plain/);
    const m = r.text;
    assert.equal(sample(m, 'brightpath_http_requests_total', { route: '/api/v1/households/{household}/plans/{plan}', status: '200', method: 'GET' }), 1);
    assert.equal(sample(m, 'brightpath_http_requests_total', { route: '/api/v1/households/{household}/plans/{plan}/versions', status: '409' }), 1);
    assert.equal(sample(m, 'brightpath_http_request_duration_seconds_count', { route: '/api/v1/households/{household}/plans/{plan}/versions' }), 2);
    assert.equal(sample(m, 'brightpath_http_request_duration_seconds_bucket', { route: '/api/v1/households/{household}/plans/{plan}/versions', le: '+Inf' }), 2);
    assert.ok(!m.includes(h.id), 'no ids in label values');
    assert.equal(sample(m, 'brightpath_signins_total', { result: 'failed' }), 1);
    assert.equal(sample(m, 'brightpath_plan_saves_total', { source: 'save' }), 1);
    assert.equal(sample(m, 'brightpath_plan_saves_total', { source: 'create' }), 2);
    assert.equal(sample(m, 'brightpath_plan_save_conflicts_total'), 1);
    // Two creates and two saves: the refused save was validated before its version check.
    assert.equal(sample(m, 'brightpath_validation_duration_seconds_count'), 4);
    assert.equal(sample(m, 'brightpath_solve_duration_seconds_count', { status: 'succeeded' }), 1);
    assert.equal(sample(m, 'brightpath_jobs', { status: 'queued' }), 0);
    assert.equal(sample(m, 'brightpath_jobs', { status: 'failed' }), 0);
    assert.equal(sample(m, 'brightpath_database_up'), 1);
    assert.match(m, /# TYPE brightpath_http_request_duration_seconds histogram/);
  } finally {
    await server.stop();
  }
});

// The queue-age alarm reads this gauge (docs/deployment.md): how long the oldest queued job
// has waited, whatever has happened to jobs that are no longer queued.
test('metrics say how long the oldest queued job has waited', async () => {
  // No solver in this process, so submitted jobs stay queued.
  const server = await startServer({ env: { BRIGHTPATH_SOLVE_WORKERS: '0', BRIGHTPATH_HOUSEHOLD_ACTIVE_JOBS: '5' } });
  try {
    const scrape = async () => (await call(server, 'GET', '/metrics')).text;
    const first = await scrape();
    assert.match(first, /# TYPE brightpath_jobs_oldest_queued_seconds gauge/);
    assert.equal(sample(first, 'brightpath_jobs_oldest_queued_seconds'), 0, 'nothing queued: 0');

    const a = await signUp(server);
    const h = await createHousehold(server, a.token);
    const { id: plan } = await createPlan(server, a.token, h.id, JSON.parse(readExample('one-child.json')));
    const submit = async () => (await call(server, 'POST', `/api/v1/households/${h.id}/plans/${plan}/solve`, { token: a.token, body: { time_budget_ms: 300 } })).json.id;
    const [older, newer, failed] = [await submit(), await submit(), await submit()];
    // Submission times moved back as if the jobs had waited; a failed job older than all of
    // them no longer waits.
    psql(server.databaseUrl, `UPDATE solve_jobs SET created_at = now() - interval '90 seconds' WHERE id = '${older}';
      UPDATE solve_jobs SET created_at = now() - interval '30 seconds' WHERE id = '${newer}';
      UPDATE solve_jobs SET created_at = now() - interval '1 hour', status = 'failed', finished_at = now() WHERE id = '${failed}'`);

    const waiting = await scrape();
    assert.equal(sample(waiting, 'brightpath_jobs', { status: 'queued' }), 2);
    const oldest = sample(waiting, 'brightpath_jobs_oldest_queued_seconds');
    assert.ok(oldest >= 90 && oldest < 150, `the oldest queued job waited 90 s, the gauge says ${oldest}`);

    assert.equal((await call(server, 'POST', `/api/v1/households/${h.id}/jobs/${older}/cancel`, { token: a.token })).status, 200);
    const next = sample(await scrape(), 'brightpath_jobs_oldest_queued_seconds');
    assert.ok(next >= 30 && next < 90, `after the oldest is cancelled the next one counts (30 s), the gauge says ${next}`);
  } finally {
    await server.stop();
  }
});
