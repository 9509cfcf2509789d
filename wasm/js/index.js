// @brightpath/core: the idiomatic JavaScript face of the WebAssembly module.
//
// The module itself (brightpath_core.js + .wasm, built from wasm/bindings.cpp) speaks UTF-8
// JSON bytes and status codes; this wrapper converts, throws real Error objects and makes
// sure every object that owns WebAssembly memory is freed. Typings: index.d.ts next to it.
import createBrightPathCore from './brightpath_core.js';

// The status every call returns, as in wasm/bindings.cpp.
const OK = 0;
const INVALID_INPUT = 1;

// Written as a literal `new URL(..., import.meta.url)` so that bundlers (Vite, webpack,
// Rollup, esbuild with the usual plugins) see the .wasm, copy it and rewrite the URL.
const defaultWasmUrl = new URL('./brightpath_core.wasm', import.meta.url);

/** Base class of the errors thrown when a plan or an edit is not a valid document. */
export class DecodeError extends Error {
  constructor(what, errors) {
    const lines = errors.map((e) => `  ${e.path ? `${e.path}: ` : ''}${e.message}`);
    super(`${what} is not valid:\n${lines.join('\n')}`);
    this.name = 'DecodeError';
    /** Every problem the decoder found, each with its JSON Pointer `path`. */
    this.errors = errors;
  }
}

/** The plan document was rejected by the decoder (the same one the server and CLI use). */
export class PlanDecodeError extends DecodeError {
  constructor(errors) {
    super('the plan document', errors);
    this.name = 'PlanDecodeError';
  }
}

/** An edit command passed to Session.apply() was malformed. */
export class EditDecodeError extends DecodeError {
  constructor(errors) {
    super('the edit', errors);
    this.name = 'EditDecodeError';
  }
}

/** A failure inside the core (a bug or running out of memory), not a problem of the input. */
export class BrightPathError extends Error {
  constructor(message) {
    super(message);
    this.name = 'BrightPathError';
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

const encoder = new TextEncoder();
const LARGE_DOCUMENT = 1 << 20;  // UTF-16 code units
// Edit commands are short. In browsers, TextEncoder.encodeInto costs about 0.2 µs a call
// before it copies anything (a Blink binding), and a plain loop writes a 70-character
// command in half that; past about 150 characters encodeInto is faster again (Chromium 156,
// bench/text_boundary.mjs). Node's encodeInto is as fast as the loop or faster at every length
// and writes everything there.
const SHORT_TEXT = 128;  // UTF-16 code units
const decoder = new TextDecoder();
// Under Node, a Buffer over the module's memory turns an answer into a string faster than
// TextDecoder, whose per-call setup dominates short texts; for answers the module marks as
// pure ASCII (diagnostics, edit results) it reads them as Latin-1, which is the same text
// and faster still (an edit pair: 4.82 µs with TextDecoder, 4.66 with Buffer UTF-8, 4.56
// with Latin-1; docs/wasm.md). Browsers have no Buffer and keep TextDecoder.
const NodeBuffer = isNode && typeof globalThis.Buffer?.from === 'function' ? globalThis.Buffer : null;
// Buffer's toString(encoding, start, end) looks the encoding up by name and checks its
// arguments on every call before it calls latin1Slice or utf8Slice; calling those directly
// takes 2 % off the family edit pair through the API (bench/wasm_ab.mjs). Node does not
// document them, so they are used only where they exist.
const hasSlices =
  typeof NodeBuffer?.prototype.latin1Slice === 'function' && typeof NodeBuffer?.prototype.utf8Slice === 'function';
const readLatin1 = hasSlices
  ? (bytes, start, end) => bytes.latin1Slice(start, end)
  : (bytes, start, end) => bytes.toString('latin1', start, end);
const readUtf8 = hasSlices
  ? (bytes, start, end) => bytes.utf8Slice(start, end)
  : (bytes, start, end) => bytes.toString('utf8', start, end);

// Documents cross into the module as UTF-8 bytes written straight into its memory, and
// answers are read from it (see wasm/bindings.cpp for why). A Channel keeps, per module
// instance, where the input buffer is and views of it and of the answer record, so a call
// does not ask the module for addresses or make fresh views each time (a tenth of a small
// edit's JavaScript). When the module's memory grows its ArrayBuffer is replaced and every
// old view reads as empty: the views are rebuilt then.
class Channel {
  #module;
  #heap = null;    // module.HEAPU8 as last seen
  #bytes = null;   // a Node Buffer over the same memory, or null outside Node
  #answer = null;  // the Answer record {data, size, ascii}
  #input = null;   // the input buffer's room
  #inputAt = 0;
  #inputRoom = 0;

  constructor(module) {
    this.#module = module;
  }

  #views() {
    if (this.#heap !== null && this.#heap.length !== 0) return;
    const heap = this.#module.HEAPU8;
    this.#heap = heap;
    this.#bytes = NodeBuffer?.from(heap.buffer) ?? null;
    this.#answer = new Uint32Array(heap.buffer, this.#module.answerAddress(), 3);
    this.#input = heap.subarray(this.#inputAt, this.#inputAt + this.#inputRoom);
  }

  // Room for `bytes` in the input buffer; the module's buffer only ever grows.
  #room(bytes) {
    if (bytes > this.#inputRoom) {
      this.#inputAt = this.#module.inputBuffer(bytes);
      this.#inputRoom = bytes;
      this.#heap = null;  // the call may have grown the memory; the input view moved anyway
    }
    this.#views();
    return this.#input;
  }

  // Writes a document into the input buffer and returns the length to pass to the call.
  // Bytes from a file or fetch() go in as they are, so even invalid UTF-8 reaches the
  // decoder.
  send(document) {
    if (document instanceof ArrayBuffer) document = new Uint8Array(document);
    if (document instanceof Uint8Array) {
      this.#room(document.length).set(document);
      return document.length;
    }
    const text = typeof document === 'string' ? document : JSON.stringify(document);
    // Big documents are measured exactly rather than given room for the worst case: the
    // module's memory never shrinks.
    if (text.length > LARGE_DOCUMENT) return this.send(encoder.encode(text));
    // text.length * 3: the most UTF-8 bytes one UTF-16 code unit can need.
    const room = this.#room(text.length * 3);
    if (NodeBuffer === null && text.length <= SHORT_TEXT) {
      const written = writeAscii(text, room);
      if (written >= 0) return written;
    }
    return encoder.encodeInto(text, room).written;
  }

  // The JSON text of the answer a call left in the module's memory, or the matching
  // exception. Decoded at once: the next call into the module reuses the bytes.
  receive(status, DecodeErrorClass) {
    this.#views();
    const start = this.#answer[0];
    const end = start + this.#answer[1];
    const text =
      this.#bytes === null
        ? decoder.decode(this.#heap.subarray(start, end))
        : (this.#answer[2] !== 0 ? readLatin1 : readUtf8)(this.#bytes, start, end);
    if (status === OK) return text;
    const body = JSON.parse(text);
    if (status === INVALID_INPUT) throw new DecodeErrorClass(body.errors);
    throw new BrightPathError(body.message);
  }
}

// Writes `text` into `bytes` if it is pure ASCII (then its UTF-8 bytes are its code units)
// and returns its length; -1 at the first character that is not, leaving the rest to
// encodeInto, which writes the whole text again.
function writeAscii(text, bytes) {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (unit > 0x7f) return -1;
    bytes[i] = unit;
  }
  return n;
}

// The wrapper fetches and instantiates the .wasm itself (Emscripten's instantiateWasm hook)
// instead of letting the 3.1.6 loader guess its environment: that loader cannot read files
// under Node with an ES module build, and in a module Web Worker (no importScripts) it has
// no fallback when streaming compilation fails. One path here covers Node, pages and both
// kinds of worker, and a missing file fails with its URL and HTTP status.
async function instantiate(source, imports) {
  if (source.bytes !== undefined) return WebAssembly.instantiate(source.bytes, imports);
  const { url } = source;
  if (isNode && url.protocol === 'file:') {
    // A variable specifier, marked ignored, so that bundlers leave this import alone.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    return WebAssembly.instantiate(await readFile(url), imports);
  }
  const response = await fetch(url);
  if (!response.ok) throw new BrightPathError(`cannot load ${url.href}: HTTP ${response.status}`);
  const streamable = response.headers.get('content-type')?.startsWith('application/wasm');
  if (streamable && typeof WebAssembly.instantiateStreaming === 'function') {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

// Safety net only: sessions are meant to be disposed explicitly.
const leakGuard =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry((native) => {
        if (!native.isDeleted()) native.delete();
      })
    : null;

const disposeSymbol = Symbol.dispose ?? Symbol.for('Symbol.dispose');

/** A plan loaded for live editing; each edit re-checks only what it can affect. */
export class Session {
  #native;
  #channel;

  /** @internal Use Core.openSession(). */
  constructor(native, channel) {
    this.#native = native;
    this.#channel = channel;
    leakGuard?.register(this, native, this);
  }

  #open() {
    if (this.#native === null) throw new BrightPathError('this session has been disposed');
    return this.#native;
  }

  /** Applies one edit and returns what changed; throws EditDecodeError on a malformed edit. */
  apply(edit) {
    return JSON.parse(this.applyJson(edit));
  }

  /** apply() returning the core's JSON text unparsed. */
  applyJson(edit) {
    const native = this.#open();
    return this.#channel.receive(native.apply(this.#channel.send(edit)), EditDecodeError);
  }

  /** Every current diagnostic: always equal to core.validate(session.plan()). */
  diagnostics() {
    return JSON.parse(this.diagnosticsJson());
  }

  diagnosticsJson() {
    return this.#channel.receive(this.#open().diagnostics(), PlanDecodeError);
  }

  /** The plan with all edits applied, as a plan document. */
  plan() {
    return JSON.parse(this.planJson());
  }

  planJson() {
    return this.#channel.receive(this.#open().plan(), PlanDecodeError);
  }

  /** Error, warning and info totals, without building the diagnostics list. */
  counts() {
    return this.#open().counts();
  }

  get disposed() {
    return this.#native === null;
  }

  /** Frees the session's WebAssembly memory. Safe to call more than once. */
  dispose() {
    if (this.#native === null) return;
    leakGuard?.unregister(this);
    this.#native.delete();
    this.#native = null;
  }

  [disposeSymbol]() {
    this.dispose();
  }
}

/** One instance of the WebAssembly module. */
export class Core {
  #module;
  #channel;

  /** @internal Use init(). */
  constructor(module) {
    this.#module = module;
    this.#channel = new Channel(module);
  }

  /** The plan format version this core reads and writes. */
  get planVersion() {
    return this.#module.planVersion;
  }

  /** Validates a whole plan; throws PlanDecodeError if it is not a valid plan document. */
  validate(plan) {
    return JSON.parse(this.validateJson(plan));
  }

  /** validate() returning the core's JSON text unparsed (byte for byte the CLI's --json). */
  validateJson(plan) {
    return this.#channel.receive(this.#module.validate(this.#channel.send(plan)), PlanDecodeError);
  }

  /** Opens a live-editing session; dispose() it (or `using` it) when done. */
  openSession(plan) {
    const native = new this.#module.Session(this.#channel.send(plan));
    const status = native.opened();
    if (status !== OK) {
      try {
        this.#channel.receive(status, PlanDecodeError);  // reads the session's memory: delete afterwards
      } finally {
        native.delete();
      }
    }
    return new Session(native, this.#channel);
  }

  /** Size of the WebAssembly heap in bytes. It grows as needed and never shrinks. */
  get memoryBytes() {
    return this.#module.HEAP8.length;
  }

  /**
   * Auto-schedules the plan's week (see docs/solver.md). Synchronous and CPU-bound for up
   * to `timeBudgetMs`: call it from a Web Worker in a browser. `onProgress` is called now
   * and then with the search's progress; returning false stops the search (status
   * "cancelled", with the best week so far). Throws PlanDecodeError for an invalid plan.
   */
  solve(plan, options = {}, onProgress = undefined) {
    const o = solveOptions(options);
    if (onProgress !== undefined && typeof onProgress !== 'function') {
      throw new TypeError('onProgress must be a function');
    }
    // An exception must not unwind through C++ frames: keep it, stop the search, rethrow.
    let thrown = null;
    const progress =
      onProgress &&
      ((info) => {
        try {
          return onProgress(info) !== false;
        } catch (e) {
          thrown ??= { error: e };
          return false;
        }
      });
    const status = this.#module.solve(
      this.#channel.send(plan), o.timeBudgetMs, o.seed, o.mayMove === 'all-unlocked', o.maxIterations, o.stallIterations,
      progress,
    );
    const text = this.#channel.receive(status, PlanDecodeError);
    if (thrown) throw thrown.error;
    return JSON.parse(text);
  }

  /** The rule catalogue: every diagnostic code, hard rules first. */
  rules() {
    return JSON.parse(this.#module.ruleCatalogue());
  }
}

const SOLVE_DEFAULTS = {
  timeBudgetMs: 1000,
  seed: 1,
  mayMove: 'unplaced-only',
  maxIterations: -1,
  stallIterations: 200000,
};

// Checked here so the C++ side gets plain, in-range numbers.
function solveOptions(options) {
  const unknown = Object.keys(options).filter((k) => !(k in SOLVE_DEFAULTS));
  if (unknown.length > 0) throw new TypeError(`unknown solve option ${unknown.join(', ')}`);
  const o = { ...SOLVE_DEFAULTS, ...options };
  const whole = (name, min, max) => {
    if (!Number.isSafeInteger(o[name]) || o[name] < min || o[name] > max) {
      throw new RangeError(`solve option ${name} must be a whole number from ${min} to ${max}`);
    }
  };
  whole('timeBudgetMs', 0, 3_600_000);
  whole('seed', 0, Number.MAX_SAFE_INTEGER);
  whole('maxIterations', -1, Number.MAX_SAFE_INTEGER);
  whole('stallIterations', 0, Number.MAX_SAFE_INTEGER);
  if (o.mayMove !== 'unplaced-only' && o.mayMove !== 'all-unlocked') {
    throw new RangeError('solve option mayMove must be "unplaced-only" or "all-unlocked"');
  }
  return o;
}

let defaultCore = null;

/**
 * Loads the WebAssembly module. Without options every call shares one instance. Options:
 * `wasmBinary` (the .wasm bytes), or `wasmUrl` (where to fetch it from) when a server or
 * bundler puts the file somewhere else.
 */
export function init(options = {}) {
  const shared = options.wasmBinary === undefined && options.wasmUrl === undefined;
  if (shared && defaultCore) return defaultCore;
  const core = load(options);
  if (shared) {
    defaultCore = core;
    core.catch(() => {
      defaultCore = null;  // let a later call retry, e.g. after a network error
    });
  }
  return core;
}

async function load({ wasmBinary, wasmUrl = defaultWasmUrl }) {
  const source =
    wasmBinary !== undefined
      ? { bytes: wasmBinary }
      : { url: new URL(wasmUrl, isNode ? undefined : globalThis.location?.href) };
  let fail;
  const failed = new Promise((resolve, reject) => {
    fail = reject;
  });
  const module = createBrightPathCore({
    instantiateWasm(imports, receive) {
      instantiate(source, imports).then(({ instance, module: compiled }) => receive(instance, compiled), fail);
      return {};  // exports arrive later, through receive()
    },
  });
  return new Core(await Promise.race([module, failed]));
}
