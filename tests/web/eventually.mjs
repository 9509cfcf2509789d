// What the parent sees after a click or a key is drawn when the page gets to it: Preact
// renders in a microtask, effects (focus moves, drawn print pages, unfolded lists) after the
// next frame, later still on a loaded machine. A test reads the screen the way a parent
// looks at it: until it shows what is expected, or the time is up (then the last
// difference is the failure).
//
// Kept apart from harness.mjs, which needs a database: the editor and setup pages use it too.
import assert from 'node:assert/strict';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads `read()` again until `check(value)` (an assertion) passes; answers the value it
 * passed on. Locator reads that find nothing yet count as a failed check, not as an error.
 */
export async function eventually(read, check, { timeout = 5000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    let failure;
    try {
      const value = await read();
      check(value);
      return value;
    } catch (e) {
      failure = e;
    }
    if (Date.now() > end) throw failure;
    await sleep(50);
  }
}

/** `eventually` with assert.equal: read() comes to answer `expected`. */
export const eventuallyEqual = (read, expected, message) => eventually(read, (v) => assert.equal(v, expected, message));

/** `eventually` with assert.deepEqual. */
export const eventuallyDeepEqual = (read, expected, message) => eventually(read, (v) => assert.deepEqual(v, expected, message));

/** `eventually` with assert.match. */
export const eventuallyMatch = (read, pattern, message) => eventually(read, (v) => assert.match(v ?? '', pattern, message));
