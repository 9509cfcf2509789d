// scripts/smoke.sh against a server started here, as the pipeline runs it against a
// deployment; and the server image's HEALTHCHECK command run as Docker would run it.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort, psql, root, startServer } from '../server/helpers.mjs';
import { readStages } from './dockerfile.mjs';

const smoke = (...args) => spawnSync(path.join(root, 'scripts/smoke.sh'), args, { encoding: 'utf8', timeout: 120_000 });

describe('scripts/smoke.sh', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('passes against a running server and leaves no account behind', () => {
    const r = smoke(server.url);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    for (const step of ['/healthz ok', '/readyz ready', 'signed up', 'created household', 'saved version 2', 'read version 2 back', 'deleted the smoke account', 'passed']) {
      assert.match(r.stdout, new RegExp(step.replace('/', '\\/')), `step "${step}" reported`);
    }
    assert.equal(psql(server.databaseUrl, 'SELECT count(*) FROM accounts'), '0');
    assert.equal(psql(server.databaseUrl, 'SELECT count(*) FROM households'), '0');
  });

  test('a trailing slash on the URL is the same origin', () => {
    const r = smoke(`${server.url}/`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  test('fails naming the step when nothing answers', async () => {
    const r = smoke(`http://127.0.0.1:${await freePort()}`);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /FAILED: GET http:\/\/127\.0\.0\.1:\d+\/healthz: no answer/);
  });

  test("fails with a hint when the URL answers with the web app's files, not the server", async () => {
    // What CloudFront or the web image answer for an unknown path: the app's index.html.
    const page = http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end('<!doctype html><title>BrightPath</title>'); });
    await new Promise((resolve) => page.listen(0, '127.0.0.1', resolve));
    try {
      // Not spawnSync: it would block the event loop this page answers on.
      const r = await new Promise((resolve) => execFile(path.join(root, 'scripts/smoke.sh'), [`http://127.0.0.1:${page.address().port}`],
        (error, stdout, stderr) => resolve({ status: error?.code ?? 0, stdout, stderr })));
      assert.equal(r.status, 1);
      assert.match(r.stderr, /GET \/healthz: the answer is not JSON \(content-type: text\/html\): does .* pass this path to the server, or answer with the web app's files\?/i);
    } finally {
      page.close();
    }
  });

  test('deletes its account also when a later step fails', async () => {
    // In front of the server, a proxy that breaks one step: creating a household answers 500.
    const proxy = http.createServer(async (req, res) => {
      if (req.method === 'POST' && req.url === '/api/v1/households') {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"error":{"code":"internal_error","message":"broken on purpose"}}');
        return;
      }
      const chunks = [];
      for await (const c of req) chunks.push(c);
      const { host, connection, ...sent } = req.headers;
      const answer = await fetch(server.url + req.url, { method: req.method, headers: sent, body: chunks.length ? Buffer.concat(chunks) : undefined });
      const headers = Object.fromEntries([...answer.headers].filter(([k]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)));
      res.writeHead(answer.status, headers);
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const r = await new Promise((resolve) => execFile(path.join(root, 'scripts/smoke.sh'), [`http://127.0.0.1:${proxy.address().port}`],
        (error, stdout, stderr) => resolve({ status: error?.code ?? 0, stdout, stderr })));
      assert.equal(r.status, 1);
      assert.match(r.stderr, /FAILED: create a household: HTTP 500, expected 201: .*broken on purpose/);
      assert.match(r.stdout, /deleted the smoke account/);
      assert.equal(psql(server.databaseUrl, 'SELECT count(*) FROM accounts'), '0');
    } finally {
      proxy.close();
    }
  });

  test('refuses a missing URL with its usage and exit status 2', () => {
    const r = smoke();
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: scripts\/smoke\.sh URL/);
  });
});

describe('the server image HEALTHCHECK', () => {
  const stages = readStages(readFileSync(path.join(root, 'deploy/docker/server.Dockerfile'), 'utf8'));
  const health = stages.at(-1).instructions.find((i) => i.keyword === 'HEALTHCHECK');
  // Docker runs the shell form of CMD with /bin/sh -c, in the container's environment.
  const command = /\bCMD\s+(.*)$/.exec(health.args)[1];
  const runCheck = (port) => spawnSync('/bin/sh', ['-c', command], { env: { PATH: process.env.PATH, BRIGHTPATH_PORT: String(port) }, timeout: 10_000 });
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { await server.stop(); });

  test('passes while the server answers /healthz on BRIGHTPATH_PORT', () => {
    const r = runCheck(server.port);
    assert.equal(r.status, 0, String(r.stderr));
  });

  test('fails when nothing listens there', async () => {
    const r = runCheck(await freePort());
    assert.notEqual(r.status, 0);
  });
});
