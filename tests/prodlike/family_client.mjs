// A family using BrightPath through the load balancer, the way the web app does: signs in
// again now and then, reads its plan, saves whole documents and saves edits, each with
// If-Match. It keeps a record of every save the server acknowledged and of every retry, so
// a test can check afterwards that nothing acknowledged was lost.
//
// Retries. A request that got no answer (the connection failed, or nginx answered 502/504
// because the server died with the request) is sent again once, unchanged, with the same
// If-Match. For a save that is safe: if the first attempt was never stored, the retry stores
// it; if it was stored just before the server died, the plan has moved to the next version
// and the retry gets 409 `version_conflict` with `current_version` one above its If-Match.
// The client tells its own earlier write from someone else's by reading that version: each
// save carries an operation id in the plan's `name`, each edit adds a lesson whose id is the
// operation id, so the version holds this operation's id exactly when it is its own write.
// (Each family here is the only writer of its plan, so anything else is a failure.)
// A 503 `database_unavailable` is answered by the server itself: the client waits for its
// Retry-After and sends the request again.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { root } from './deployment.mjs';

const family = JSON.parse(readFileSync(path.join(root, 'examples/family.json'), 'utf8'));
const password = 'a production-like passphrase';
const noHeaders = { get: () => null };

// One HTTP exchange over `agent` (node:http, so the error says whether the request went out
// on a connection kept alive from an earlier one: `reusedSocket`).
function exchange(agent, url, method, headers, payload) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent, timeout: 30000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({
        status: res.statusCode,
        headers: { get: (name) => res.headers[name.toLowerCase()] ?? null },
        text: Buffer.concat(chunks).toString('utf8'),
      }));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('no answer within 30 s'), { code: 'ETIMEDOUT' })));
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}

export class FamilyClient {
  constructor(url, n) {
    this.url = url;
    this.n = n;
    this.email = `family${n}-${Date.now()}-${Math.random().toString(16).slice(2)}@example.org`;
    this.acks = [];          // {version, id}: every save answered 2xx, or found stored after a retry
    this.resent = 0;         // requests sent again after no answer
    this.resendReasons = []; // why: nginx's status or the connection's error
    this.maxResentPerOp = 0;
    this.storedBeforeRetry = 0;  // retried saves whose first attempt had been stored
    this.unavailable = [];   // 503 answers: {code, retryAfter}
    this.failures = [];      // anything a family should never see
    this.answers = 0;
    this.storeSentAt = null;  // when the save or edit waiting for its answer was sent
    this.closedKeepAlive = 0;  // requests resent because nginx closed the kept-alive connection (see send)
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    this.ops = 0;
    this.phase = 'steady';
    this.seen = new Map();   // phase -> count of answers in it
  }

  async send(method, urlPath, { body, headers = {} } = {}) {
    const h = { ...headers };
    if (this.token) h.Authorization = `Bearer ${this.token}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) h['Content-Type'] = 'application/json';
    for (let reuse = 0; ; reuse++) {
      try {
        const res = await exchange(this.agent, this.url + urlPath, method, h, payload);
        let json = null;
        try { json = res.text ? JSON.parse(res.text) : null; } catch { /* nginx's own error page */ }
        this.answers++;
        this.seen.set(this.phase, (this.seen.get(this.phase) ?? 0) + 1);
        // The servers never answer 502 or 504: those come from nginx when the server it chose
        // did not answer.
        const noAnswer = res.status === 502 || res.status === 504;
        return { status: res.status, json, headers: res.headers, noAnswer };
      } catch (error) {
        // nginx closes idle keep-alive connections when it reloads (scripts/prodlike.sh
        // restart); a request written at that moment into a kept-alive connection never
        // reached nginx. Browsers resend it by themselves, whatever the method; so does
        // this client, once, and counts it apart from the resends after no answer.
        if (error.reusedSocket && error.code === 'ECONNRESET' && reuse === 0) {
          this.closedKeepAlive++;
          continue;
        }
        return { status: 0, json: null, headers: noHeaders, noAnswer: true, error: `${error.code ?? ''} ${error.message}` };
      }
    }
  }

  // One logical operation: sends until there is an answer. `attempt(again)` makes the
  // request; `again` is true when an earlier attempt may have reached the server.
  async operation(label, attempt) {
    let resent = 0;
    let attempts = 0;
    const deadline = Date.now() + 60000;
    for (;;) {
      const r = await attempt(attempts++ > 0);
      if (r.noAnswer && resent < 3 && Date.now() < deadline) {
        resent++;
        this.resent++;
        this.resendReasons.push(`${label} at ${new Date().toISOString()}: ${r.status || r.error}`);
        this.maxResentPerOp = Math.max(this.maxResentPerOp, resent);
        continue;
      }
      if (r.status === 503 && Date.now() < deadline) {
        const retryAfter = r.headers.get('retry-after');
        this.unavailable.push({ code: r.json?.error?.code ?? null, retryAfter });
        await new Promise((done) => setTimeout(done, Number(retryAfter ?? 1) * 1000));
        continue;
      }
      if (r.noAnswer || r.status === 503) this.failures.push(`${label}: no answer in the end (${r.status} ${r.error ?? ''})`);
      return r;
    }
  }

  expect(label, r, ...statuses) {
    if (!statuses.includes(r.status)) this.failures.push(`${label}: ${r.status} ${JSON.stringify(r.json)}`);
    return statuses.includes(r.status);
  }

  plansPath() { return `/api/v1/households/${this.household}/plans/${this.plan}`; }

  async setUp() {
    let r = await this.operation('signup', () => this.send('POST', '/api/v1/auth/signup', { body: { email: this.email, password } }));
    if (!this.expect('signup', r, 201)) throw new Error(`signup: ${r.status}`);
    this.token = r.json.access_token;
    r = await this.operation('household', () => this.send('POST', '/api/v1/households', { body: { name: `Family ${this.n}` } }));
    if (!this.expect('household', r, 201)) throw new Error(`household: ${r.status}`);
    this.household = r.json.id;
    r = await this.operation('plan', () => this.send('POST', `/api/v1/households/${this.household}/plans`, { body: { name: 'Our week', plan: family } }));
    if (!this.expect('plan', r, 201)) throw new Error(`plan: ${r.status}`);
    this.plan = r.json.id;
    this.version = 1;
  }

  async signIn() {
    const r = await this.operation('signin', () => this.send('POST', '/api/v1/auth/signin', { body: { email: this.email, password } }));
    if (this.expect('signin', r, 200)) this.token = r.json.access_token;
  }

  async read() {
    const r = await this.operation('read', () => this.send('GET', this.plansPath()));
    if (this.expect('read', r, 200) && r.headers.get('etag') !== `"${this.version}"`) {
      this.failures.push(`read: ETag ${r.headers.get('etag')}, expected "${this.version}"`);
    }
  }

  async history() {
    const r = await this.operation('history', () => this.send('GET', `${this.plansPath()}/versions`));
    this.expect('history', r, 200);
    return r;
  }

  // A save or an edit: `holds(version document)` says whether a stored version is this one.
  async store(label, urlPath, body, id, holds) {
    const expected = this.version;
    let sentAgain = false;
    const r = await this.operation(label, async (again) => {
      sentAgain ||= again;
      this.storeSentAt = Date.now();
      try {
        return await this.send('POST', urlPath, { body, headers: { 'If-Match': `"${expected}"` } });
      } finally {
        this.storeSentAt = null;
      }
    });
    if (r.status === 201 || r.status === 200) {
      this.version = r.json.version;
      this.acks.push({ version: r.json.version, id, holds });
      return;
    }
    const current = r.json?.error?.details?.current_version;
    if (r.status === 409 && sentAgain && current === expected + 1) {
      const v = await this.operation(`${label} check`, () => this.send('GET', `${this.plansPath()}/versions/${current}`));
      if (v.status === 200 && holds(v.json.plan)) {
        this.storedBeforeRetry++;
        this.version = current;
        this.acks.push({ version: current, id, holds });
        return;
      }
    }
    this.failures.push(`${label} from version ${expected}: ${r.status} ${JSON.stringify(r.json)}`);
  }

  async save() {
    const id = `family ${this.n} op ${++this.ops}`;
    await this.store('save', `${this.plansPath()}/versions`, { ...family, name: id }, id, (doc) => doc.name === id);
  }

  async edit() {
    const id = `f${this.n}-op${++this.ops}`;
    const lesson = { id, course: 'theo-math', day: 'fri', start: '13:30', duration: 45 };
    await this.store('edit', `${this.plansPath()}/edits`, { edits: [{ op: 'add', lesson }] }, id,
      (doc) => doc.placements.some((p) => p.id === id));
  }

  // Keeps going until `running()` turns false: a sign-in every few rounds, reads, saves, edits.
  async run(running) {
    for (let round = 0; running(); round++) {
      if (round % 4 === 3) await this.signIn();
      await this.read();
      await this.save();
      if (round % 2 === 1) await this.edit();
    }
  }

  // Reads every version back: each acknowledged one holds what was saved, and the history
  // has exactly the first version plus the acknowledged ones (a retry stored nothing twice).
  async verify() {
    const problems = [];
    const h = await this.history();
    const versions = (h.json?.versions ?? []).map((v) => v.version).sort((a, b) => a - b);
    const expected = [1, ...this.acks.map((a) => a.version)].sort((a, b) => a - b);
    if (JSON.stringify(versions) !== JSON.stringify(expected)) {
      problems.push(`family ${this.n}: history ${versions.length} versions, acknowledged ${expected.length}`);
    }
    for (const a of this.acks) {
      const r = await this.operation('verify', () => this.send('GET', `${this.plansPath()}/versions/${a.version}`));
      if (r.status !== 200 || !a.holds(r.json.plan)) problems.push(`family ${this.n}: version ${a.version} (${a.id}) is missing or different`);
    }
    return problems;
  }
}

// `count` families signed up with a plan each, then running until stop() is called.
export async function startFamilies(url, count) {
  const families = Array.from({ length: count }, (_, i) => new FamilyClient(url, i + 1));
  await Promise.all(families.map((f) => f.setUp()));
  let running = true;
  const done = Promise.all(families.map((f) => f.run(() => running)));
  return {
    families,
    phase(name) { for (const f of families) f.phase = name; },
    // Idempotent: tests call it again in `finally`, so a failed assertion stops the load too.
    async stop() { running = false; await done; },
    total: (key) => families.reduce((s, f) => s + (typeof f[key] === 'number' ? f[key] : f[key].length), 0),
  };
}
