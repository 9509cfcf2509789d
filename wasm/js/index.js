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

const encoder = new TextEncoder();
const LARGE_DOCUMENT = 1 << 20;  // UTF-16 code units
const decoder = new TextDecoder();

// Documents cross into the module as UTF-8 bytes written straight into its memory (see
// wasm/bindings.cpp for why). Bytes from a file or fetch() go in as they are, so even
// invalid UTF-8 reaches the decoder. Returns the length to pass to the call.
function send(module, document) {
  if (document instanceof ArrayBuffer) document = new Uint8Array(document);
  if (document instanceof Uint8Array) {
    const at = module.inputBuffer(document.length);
    module.HEAPU8.set(document, at);  // HEAPU8 read after the call: memory may have grown
    return document.length;
  }
  const text = typeof document === 'string' ? document : JSON.stringify(document);
  // Big documents are measured exactly rather than given room for the worst case: the
  // module's memory never shrinks.
  if (text.length > LARGE_DOCUMENT) return send(module, encoder.encode(text));
  const room = text.length * 3;  // the most UTF-8 bytes one UTF-16 code unit can need
  const at = module.inputBuffer(room);
  return encoder.encodeInto(text, module.HEAPU8.subarray(at, at + room)).written;
}

// The JSON text of the answer a call left in the module's memory, or the matching
// exception. Decoded at once: the next call into the module reuses the bytes.
function receive(module, status, DecodeErrorClass) {
  const at = module.answerAddress() >>> 2;
  const data = module.HEAPU32[at];
  const text = decoder.decode(module.HEAPU8.subarray(data, data + module.HEAPU32[at + 1]));
  if (status === OK) return text;
  const body = JSON.parse(text);
  if (status === INVALID_INPUT) throw new DecodeErrorClass(body.errors);
  throw new BrightPathError(body.message);
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

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
  #module;

  /** @internal Use Core.openSession(). */
  constructor(native, module) {
    this.#native = native;
    this.#module = module;
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
    return receive(this.#module, native.apply(send(this.#module, edit)), EditDecodeError);
  }

  /** Every current diagnostic: always equal to core.validate(session.plan()). */
  diagnostics() {
    return JSON.parse(this.diagnosticsJson());
  }

  diagnosticsJson() {
    return receive(this.#module, this.#open().diagnostics(), PlanDecodeError);
  }

  /** The plan with all edits applied, as a plan document. */
  plan() {
    return JSON.parse(this.planJson());
  }

  planJson() {
    return receive(this.#module, this.#open().plan(), PlanDecodeError);
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

  /** @internal Use init(). */
  constructor(module) {
    this.#module = module;
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
    const module = this.#module;
    return receive(module, module.validate(send(module, plan)), PlanDecodeError);
  }

  /** Opens a live-editing session; dispose() it (or `using` it) when done. */
  openSession(plan) {
    const module = this.#module;
    const native = new module.Session(send(module, plan));
    const status = native.opened();
    if (status !== OK) {
      try {
        receive(module, status, PlanDecodeError);  // reads the session's memory: delete afterwards
      } finally {
        native.delete();
      }
    }
    return new Session(native, module);
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
    const module = this.#module;
    const status = module.solve(
      send(module, plan), o.timeBudgetMs, o.seed, o.mayMove === 'all-unlocked', o.maxIterations, o.stallIterations,
      progress,
    );
    const text = receive(module, status, PlanDecodeError);
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
