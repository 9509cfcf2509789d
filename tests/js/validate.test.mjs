// Full validation in WebAssembly must say exactly what the native CLI says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { init, PlanDecodeError } from '@brightpath/core';

import { cliDecodeErrors, cliValidateJson, examples, invalidFixtures, smallPlan } from './helpers.mjs';

const core = await init();

test('the example plans exist', () => {
  assert.ok(examples.length > 0, 'examples/*.json is empty');
});

for (const file of examples) {
  test(`${path.basename(file)}: diagnostics JSON equals the native CLI's byte for byte`, () => {
    assert.equal(core.validateJson(readFileSync(file, 'utf8')), cliValidateJson(file));
  });
}

// The error a plan is rejected with (null if it is not), to compare its fields.
// The file's bytes go in as they are: a JS string could not carry invalid UTF-8.
function captured(file) {
  try {
    core.validate(readFileSync(file));
  } catch (e) {
    return e;
  }
  return null;
}

for (const file of invalidFixtures) {
  test(`${path.basename(file)}: each decode error has the CLI's path and message`, () => {
    const error = captured(file);
    assert.ok(error instanceof PlanDecodeError);
    assert.deepEqual(
      // As DecodeError::text() prints them: an error of the whole document (path "") is
      // just its message.
      error.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)),
      cliDecodeErrors(file),
    );
  });
}

test('validate() parses the same JSON that validateJson() returns', () => {
  const plan = smallPlan();
  assert.deepEqual(core.validate(plan), JSON.parse(core.validateJson(JSON.stringify(plan))));
});

test('validate() accepts a plan object, its JSON text or its UTF-8 bytes', () => {
  const plan = smallPlan();
  const expected = core.validate(plan);
  const bytes = new TextEncoder().encode(JSON.stringify(plan));
  assert.deepEqual(core.validate(JSON.stringify(plan)), expected);
  assert.deepEqual(core.validate(bytes), expected);
  assert.deepEqual(core.validate(bytes.buffer), expected);
});

test('text of any size and script reaches the core intact, and each call answers for itself', () => {
  const plan = smallPlan();
  plan.students[0].name = 'Zoë 🎹 Ли';
  const text = JSON.stringify(plan);
  const expected = core.validateJson(text);
  assert.match(expected, /^[\x20-\x7e]*$/, 'the answer is ASCII, non-ASCII text escaped');
  assert.match(JSON.parse(expected).diagnostics[0].message, /Zoë 🎹 Ли/);
  // Over a million UTF-16 code units takes the wrapper's exact-size path.
  assert.equal(core.validateJson(text + ' '.repeat(1 << 20)), expected);
  // A short document after a long one: only its own bytes are read.
  assert.equal(core.validateJson(text), expected);
  assert.throws(() => core.validate('{}'), PlanDecodeError);
  assert.equal(core.validateJson(text), expected);
  // Every answer (a plan and the decoder's errors too) is ASCII with the same escapes, and
  // reads back as the same text.
  const session = core.openSession(text);
  const planText = session.planJson();
  assert.match(planText, /^[\x20-\x7e]*$/);
  assert.ok(planText.includes('"name":"Zo\\u00eb \\ud83c\\udfb9 \\u041b\\u0438"'), planText);
  assert.equal(session.plan().students[0].name, 'Zoë 🎹 Ли');
  session.dispose();
  assert.throws(
    () => core.validate({ ...plan, 'ключ': 1 }),
    (e) => e instanceof PlanDecodeError && e.errors.some((x) => x.path === '/ключ'),
  );
});

test('validate() reports a teacher double-booked as an error with refs and span', () => {
  const report = core.validate(smallPlan());
  assert.ok(report.summary.errors >= 1);
  const clash = report.diagnostics.find((d) => d.code === 'guardian-overlap');
  assert.ok(clash, JSON.stringify(report.diagnostics.map((d) => d.code)));
  assert.equal(clash.severity, 'error');
  assert.deepEqual(clash.span, { day: 'mon', start: '09:00', end: '09:30' });
  assert.deepEqual(clash.refs.lessons, ['p1', 'p2']);
});

test('init() without options shares one instance', async () => {
  assert.equal(await init(), core);
});

test('the rule catalogue lists hard rules first', () => {
  const rules = core.rules();
  assert.ok(rules.length > 0);
  const firstNonError = rules.findIndex((r) => r.severity !== 'error');
  assert.ok(rules.slice(firstNonError).every((r) => r.severity !== 'error'));
  assert.equal(core.planVersion, 1);
});

test('a decode error rebuilt from its plain data (as a Web Worker posts it) reads as the thrown one', () => {
  let thrown;
  try {
    core.validate({ ...smallPlan(), week: { ...smallPlan().week, grid: 7 } });
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown instanceof PlanDecodeError);
  const data = structuredClone({ errors: thrown.errors });
  const rebuilt = new PlanDecodeError(data.errors);
  assert.equal(rebuilt.message, thrown.message);
  assert.equal(rebuilt.name, 'PlanDecodeError');
  assert.deepEqual(rebuilt.errors, thrown.errors);
});
