// Live-editing sessions: incremental results agree with full validation, and sessions free
// their WebAssembly memory.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { BrightPathError, EditDecodeError, init, PlanDecodeError } from '@brightpath/core';

import { examples, read, smallPlan } from './helpers.mjs';

const core = await init();
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

// A few lessons spread over the plan, each moved to the next school day and back.
function sampleMoves(plan, count) {
  const lessons = plan.placements ?? [];
  const step = Math.max(1, Math.floor(lessons.length / count));
  const days = plan.week.schoolDays;
  const moves = [];
  for (let i = 0; i < lessons.length && moves.length < count; i += step) {
    const p = lessons[i];
    const away = days[(days.indexOf(p.day) + 1) % days.length] ?? DAYS[(DAYS.indexOf(p.day) + 1) % 7];
    moves.push({ lesson: p.id, away, back: p.day, start: p.start });
  }
  return moves;
}

for (const file of examples) {
  test(`${path.basename(file)}: after every edit the session equals a full validation`, () => {
    const text = read(file);
    const plan = JSON.parse(text);
    const original = core.validateJson(text);
    const session = core.openSession(text);
    try {
      assert.equal(session.diagnosticsJson(), original);
      for (const m of sampleMoves(plan, 8)) {
        const result = session.apply({ op: 'move', lesson: m.lesson, day: m.away, start: m.start });
        assert.equal(result.ok, true, result.error);
        assert.equal(session.diagnosticsJson(), core.validateJson(session.planJson()));
        assert.deepEqual(result.summary, session.counts());
        session.apply({ op: 'move', lesson: m.lesson, day: m.back, start: m.start });
        assert.equal(session.diagnosticsJson(), original);
      }
    } finally {
      session.dispose();
    }
  });
}

test('apply() reports what appeared and what went away', () => {
  const session = core.openSession(smallPlan());
  const before = session.counts();
  const result = session.apply({ op: 'move', lesson: 'p2', day: 'mon', start: '10:00' });
  assert.equal(result.ok, true);
  assert.equal(result.error, '');
  assert.ok(result.removed.some((d) => d.code === 'guardian-overlap'));
  assert.equal(result.summary.errors, before.errors - 1);
  assert.deepEqual(result.summary, session.diagnostics().summary);
  session.dispose();
});

test('an edit that cannot apply returns ok: false and leaves the session unchanged', () => {
  const session = core.openSession(smallPlan());
  const before = session.diagnosticsJson();
  const result = session.apply({ op: 'remove', lesson: 'no-such-lesson' });
  assert.equal(result.ok, false);
  assert.notEqual(result.error, '');
  assert.deepEqual(result.added, []);
  assert.deepEqual(result.removed, []);
  assert.equal(session.diagnosticsJson(), before);
  session.dispose();
});

test('a malformed edit throws EditDecodeError with the path and message', () => {
  const session = core.openSession(smallPlan());
  try {
    assert.throws(
      () => session.apply({ op: 'move', lesson: 'p1', day: 'someday', start: '09:00' }),
      (e) => e instanceof EditDecodeError && e.errors[0].path === '/day' && /someday/.test(e.message),
    );
    assert.throws(() => session.apply('{"op":'), EditDecodeError);
  } finally {
    session.dispose();
  }
});

test('every kind of edit applies', () => {
  const session = core.openSession(smallPlan());
  const edits = [
    { op: 'resize', lesson: 'p1', duration: 45 },
    { op: 'add', lesson: { id: 'p3', course: 'math-ann', day: 'tue', start: '09:00', duration: 30 } },
    { op: 'set-guardian', lesson: 'p3', guardian: 'mom' },
    { op: 'set-guardian', lesson: 'p3', guardian: null },
    { op: 'set-availability', guardian: 'mom', availability: [{ day: 'tue', start: '08:00', end: '12:00' }] },
    { op: 'remove', lesson: 'p3' },
  ];
  for (const edit of edits) {
    assert.equal(session.apply(edit).ok, true, edit.op);
    assert.equal(session.diagnosticsJson(), core.validateJson(session.planJson()), edit.op);
  }
  assert.equal(session.plan().placements.find((p) => p.id === 'p1').duration, 45);
  session.dispose();
});

test('openSession() rejects an invalid plan with PlanDecodeError', () => {
  assert.throws(
    () => core.openSession({ ...smallPlan(), version: 7 }),
    (e) => e instanceof PlanDecodeError && e.errors.some((x) => x.path === '/version'),
  );
});

test('dispose() frees the session; later use throws and a second dispose is harmless', () => {
  const session = core.openSession(smallPlan());
  assert.equal(session.disposed, false);
  session.dispose();
  assert.equal(session.disposed, true);
  session.dispose();
  assert.throws(() => session.counts(), BrightPathError);
  assert.throws(() => session.apply({ op: 'remove', lesson: 'p1' }), BrightPathError);
});

test('Symbol.dispose disposes (for `using session = core.openSession(plan)`)', () => {
  const session = core.openSession(smallPlan());
  assert.equal(typeof Symbol.dispose, 'symbol');
  session[Symbol.dispose]();
  assert.equal(session.disposed, true);
});

test('opening, editing and disposing sessions does not grow the heap', () => {
  const text = JSON.stringify(smallPlan());
  const cycle = () => {
    const session = core.openSession(text);
    session.apply({ op: 'move', lesson: 'p1', day: 'tue', start: '10:00' });
    session.diagnostics();
    session.dispose();
    core.validate(text);
  };
  for (let i = 0; i < 200; i++) cycle();  // let the allocator reach its working size
  const warm = core.memoryBytes;
  for (let i = 0; i < 5000; i++) cycle();
  assert.equal(core.memoryBytes, warm);
});

// The wrapper keeps views of the module's memory between calls; growing the memory replaces
// its buffer, and every call after that must still write and read the right bytes.
test('calls keep working after the WebAssembly memory grows between them', () => {
  const text = JSON.stringify(smallPlan());
  const session = core.openSession(text);
  try {
    const moved = session.apply({ op: 'move', lesson: 'p1', day: 'tue', start: '10:00' });
    assert.equal(moved.ok, true, moved.error);
    const before = core.memoryBytes;
    // A plan padded with spaces to the largest document the decoder accepts: the input
    // buffer alone makes the memory grow.
    const padded = text + ' '.repeat(core.maxDocumentBytes - text.length);
    assert.equal(core.validateJson(padded), core.validateJson(text));
    assert.ok(core.memoryBytes > before, `memory did not grow (${before} bytes)`);
    const back = session.apply({ op: 'move', lesson: 'p1', day: 'mon', start: '09:00' });
    assert.equal(back.ok, true, back.error);
    assert.equal(session.diagnosticsJson(), core.validateJson(session.planJson()));
    assert.equal(core.validateJson(text), core.validateJson(JSON.stringify(smallPlan())));
  } finally {
    session.dispose();
  }
});

// Removed lessons used to stay in the session for good: 300,000 additions and removals grew
// the module's memory from 16 to 90 MB. The session now starts afresh from its live plan
// once removed lessons outnumber live ones, so memory follows the plan.
test('a session\'s memory follows its live plan, not its history of edits', () => {
  const text = read(examples.find((f) => f.endsWith('family.json')));
  const course = JSON.parse(text).courses[0].id;
  const session = core.openSession(text);
  try {
    const before = core.memoryBytes;
    for (let i = 0; i < 100000; i++) {
      const id = `tmp${i}`;
      const added = session.applyJson(JSON.stringify({ op: 'add', lesson: { id, course, day: 'sat', start: '10:00', duration: 30 } }));
      assert.ok(added.includes('"ok":true'), added);
      session.applyJson(`{"op":"remove","lesson":"${id}"}`);
    }
    assert.equal(session.diagnosticsJson(), core.validateJson(text));
    assert.ok(core.memoryBytes <= before + 4 * 2 ** 20, `memory grew from ${before} to ${core.memoryBytes} bytes`);
  } finally {
    session.dispose();
  }
});
