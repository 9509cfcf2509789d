// /metrics in Prometheus text format: requests by route pattern and status with latency
// histograms, validation and solve durations, jobs by status, sign-ins, saves.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  call, createHousehold, createPlan, familyPlan, metricSample as sample, readExample, signUp, sleep, startServer,
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
