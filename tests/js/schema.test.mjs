// The published JSON Schema and the C++ decoder describe the same format: every example plan
// validates, and every invalid fixture whose rule a schema can express is rejected. (Rules a
// schema cannot express, such as unique ids or end after start, are marked "schema": false in
// the manifest and checked by the C++ tests only.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const readJson = (relative) => JSON.parse(readFileSync(new URL(relative, root), 'utf8'));

const schema = readJson('schema/plan.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

const parentPointer = (pointer) => pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));

const examples = readdirSync(new URL('examples/', root))
  .filter((name) => name.endsWith('.json'))
  .sort();

test('the schema is a valid draft 2020-12 schema', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
});

test('every example plan validates against the schema', async (t) => {
  for (const name of examples) {
    await t.test(name, () => {
      const ok = validate(readJson(`examples/${name}`));
      assert.ok(ok, `${name}: ${ajv.errorsText(validate.errors)}`);
    });
  }
});

test('every invalid fixture the schema can express is rejected by it', async (t) => {
  const manifest = readJson('tests/fixtures/invalid/expected.json');
  for (const entry of manifest) {
    if (!entry.schema) continue;
    await t.test(entry.file, () => {
      const document = readJson(`tests/fixtures/invalid/${entry.file}`);
      assert.equal(validate(document), false, `${entry.file} should be rejected (${entry.path}: ${entry.message})`);
      // Rejected for the fixture's reason: the schema complains where the decoder does, or at
      // the enclosing object/array (where JSON Schema reports unknown and missing members).
      const paths = validate.errors.map((e) => e.instancePath);
      assert.ok(
        paths.some((p) => p === entry.path || p === parentPointer(entry.path)),
        `${entry.file}: decoder at "${entry.path}", schema at ${JSON.stringify(paths)}`,
      );
    });
  }
});

test('the manifest lists every invalid fixture exactly once', () => {
  const manifest = readJson('tests/fixtures/invalid/expected.json');
  const listed = manifest.map((e) => e.file).sort();
  const files = readdirSync(new URL('tests/fixtures/invalid/', root))
    .filter((name) => name.endsWith('.json') && name !== 'expected.json')
    .sort();
  assert.deepEqual(listed, files);
});

test('a minimal plan validates and a plan with an unknown field does not', () => {
  const minimal = {
    format: 'brightpath-plan',
    version: 1,
    timeZone: 'UTC',
    week: { schoolDays: ['mon'], start: '08:00', end: '12:00', grid: 15 },
  };
  assert.ok(validate(minimal), ajv.errorsText(validate.errors));
  assert.equal(validate({ ...minimal, colour: 'blue' }), false);
  assert.equal(validate({ ...minimal, timeZone: 'America/Argentina/Salta' }), true);
  assert.equal(validate({ ...minimal, timeZone: 'GMT' }), true);
  assert.equal(validate({ ...minimal, name: 'Rivera family 2026–27 👩‍👧' }), true);
  assert.equal(validate({ ...minimal, name: 'Rivera\u202Efamily' }), false);
  assert.equal(validate({ ...minimal, name: 'Rivera\tfamily' }), false);
  assert.equal(validate({ ...minimal, week: { ...minimal.week, end: '24:00' } }), true);
  assert.equal(validate({ ...minimal, week: { ...minimal.week, end: '24:01' } }), false);
});
