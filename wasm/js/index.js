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

/**
 * A failure inside the core, not a problem of the input: out of memory, the module failed
 * (then its Core refuses every later call), a disposed session used, a .wasm not loaded.
 * `cause` holds the underlying error, if there is one.
 */
export class BrightPathError extends Error {
  constructor(message, options = undefined) {
    super(message, options);
    this.name = 'BrightPathError';
  }
}

// ---------------------------------------------------------------------------------------
// Arguments. Checked before anything reaches the module, so a wrong call throws a TypeError
// (wrong kind of value) or RangeError (a number out of range) that names the call, the
// argument and what it accepts, instead of failing somewhere inside.

/** How a value that was not accepted is named in a message: "undefined", "a number (5)", ... */
function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'undefined') return 'undefined';
  if (type === 'string') return value.length > 40 ? 'a string' : `the string ${JSON.stringify(value)}`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `a ${type} (${String(value)})`;
  if (type === 'function' || type === 'symbol') return `a ${type}`;
  return `an object (${tag(value).slice(8, -1)})`;
}

// By tag rather than instanceof, so that bytes from another realm (an iframe, a worker's
// transferred buffer, node:vm) are accepted too. A Node Buffer is a Uint8Array.
const tag = (value) => Object.prototype.toString.call(value);
// (The byteLength test first keeps the tag out of the way of plain objects, e.g. edits.)
const isArrayBuffer = (value) =>
  value instanceof ArrayBuffer || (typeof value?.byteLength === 'number' && tag(value) === '[object ArrayBuffer]');
const isUint8Array = (value) => value instanceof Uint8Array || tag(value) === '[object Uint8Array]';

// A document argument that is none of JSON text, UTF-8 bytes or an object to serialize
// (anything else would be serialized into something that is not a document, or nothing).
// Channel.send() tells them apart, once, on its way to copying the document.
const nounOf = (DecodeErrorClass) => (DecodeErrorClass === EditDecodeError ? 'edit' : 'plan');
function notADocument(value, call, name) {
  return new TypeError(
    `${call}: ${name} must be a string of ${name} JSON, ${name === 'edit' ? 'an' : 'a'} ${name} object, or its ` +
      `UTF-8 bytes (Uint8Array or ArrayBuffer), got ${describe(value)}`,
  );
}

// An optional options object: undefined, or a plain object without unknown keys.
function checkOptions(value, call, known) {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${call}: options must be an object or undefined, got ${describe(value)}`);
  }
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new TypeError(`${call}: unknown option ${unknown.join(', ')}; the options are ${known.join(', ')}`);
  }
  return value;
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
// Under Node, a Buffer over the module's memory reads an answer as Latin-1, which for the
// module's answers (all pure ASCII: the core's one JSON writer escapes everything else) is the
// same text: Node's TextDecoder has a per-call setup that dominates short texts, and made the
// family edit pair through the API 6 % slower, 4.41 against 4.64 µs (lower quartiles of
// `node bench/wasm_ab.mjs edit examples/family.json A B`, A and B copies of dist/ whose
// index.js decode each way). Browsers have no Buffer and use TextDecoder.
const NodeBuffer = isNode && typeof globalThis.Buffer?.from === 'function' ? globalThis.Buffer : null;

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
  #answer = null;  // the Answer record {data, size}
  #input = null;   // the input buffer's room
  #inputAt = 0;
  #inputRoom = 0;
  #maxBytes;       // the decoders' document limit, as the module reports it

  #failure = null;  // the BrightPathError that ended this module instance, if one did
  #onLost;

  constructor(module, onLost) {
    this.#module = module;
    this.#maxBytes = module.maxDocumentBytes;
    this.#onLost = onLost;
  }

  get failure() {
    return this.#failure;
  }

  // Throws if an earlier call ended this module instance.
  alive() {
    if (this.#failure !== null) {
      throw new BrightPathError(
        `this core cannot be used after an earlier failure (${this.#failure.message}); load a new one with init()`,
        { cause: this.#failure },
      );
    }
  }

  // What to throw for `error`, thrown by a call into the module. bindings.cpp returns every
  // failure it can catch as a status, so anything thrown is worse: a trap (out of bounds,
  // unreachable: WebAssembly.RuntimeError), Emscripten's abort(), the stack exhausted
  // (RangeError), a C++ exception that got past bindings.cpp (WebAssembly.Exception). Each
  // can leave the module's memory and stack pointer in an unknown state: it becomes a
  // BrightPathError, and this instance is not used again. Calls into the module are the only
  // thing inside the try blocks that lead here; the wrapper's own work happens outside them.
  lost(error) {
    if (this.#failure !== null) return this.#failure;
    const what = error instanceof Error ? `${error.name}: ${error.message}` : 'a C++ exception';
    this.#failure = new BrightPathError(`the WebAssembly module failed (${what})`, { cause: error });
    this.#onLost?.();
    return this.#failure;
  }

  // Calls `body`, which calls into the module, with lost() in case it fails.
  guard(body) {
    try {
      return body();
    } catch (e) {
      throw this.lost(e);
    }
  }

  #views() {
    if (this.#heap !== null && this.#heap.length !== 0) return;
    const heap = this.#module.HEAPU8;
    this.#heap = heap;
    this.#bytes = NodeBuffer?.from(heap.buffer) ?? null;
    this.#answer = new Uint32Array(heap.buffer, this.#module.answerAddress(), 2);
    this.#input = heap.subarray(this.#inputAt, this.#inputAt + this.#inputRoom);
  }

  // Room for `bytes` in the input buffer; the module's buffer only ever grows.
  #room(bytes) {
    if (bytes > this.#inputRoom) {
      const at = this.#module.inputBuffer(bytes);
      if (at === 0) throw new BrightPathError(`out of memory: no room for a document of ${bytes} bytes`);
      this.#inputAt = at;
      this.#inputRoom = bytes;
      this.#heap = null;  // the call may have grown the memory; the input view moved anyway
    }
    this.#views();
    return this.#input;
  }

  // Writes a document into the input buffer and returns the length to pass to the call.
  // Bytes from a file or fetch() go in as they are, so even invalid UTF-8 reaches the
  // decoder. A document over the decoders' size limit is refused here, before a byte of it
  // is copied: the module's memory would grow to hold it and never shrink again.
  send(document, DecodeErrorClass, call) {
    let text = document;
    if (typeof document !== 'string') {
      if (typeof document !== 'object' || document === null) throw notADocument(document, call, nounOf(DecodeErrorClass));
      if (ArrayBuffer.isView(document) || isArrayBuffer(document)) return this.#sendBytes(document, DecodeErrorClass, call);
      if (Array.isArray(document)) throw notADocument(document, call, nounOf(DecodeErrorClass));
      text = JSON.stringify(document);
      if (typeof text !== 'string') {
        throw new TypeError(`${call}: the object has no JSON form (its toJSON() returned undefined)`);
      }
    }
    // A UTF-16 code unit needs at least one UTF-8 byte: a longer text is too big already.
    if (text.length > this.#maxBytes) this.#fits(utf8Length(text), DecodeErrorClass);
    // Big documents are measured exactly rather than given room for the worst case: the
    // module's memory never shrinks. Encoding is bounded (at most 3 bytes a code unit of a
    // text within the limit) and happens in JavaScript memory, which is collected.
    if (text.length > LARGE_DOCUMENT || text.length * 3 > this.#maxBytes) {
      return this.#sendBytes(encoder.encode(text), DecodeErrorClass, call);
    }
    // text.length * 3: the most UTF-8 bytes one UTF-16 code unit can need.
    const room = this.#room(text.length * 3);
    if (NodeBuffer === null && text.length <= SHORT_TEXT) {
      const written = writeAscii(text, room);
      if (written >= 0) return written;
    }
    return encoder.encodeInto(text, room).written;
  }

  #sendBytes(bytes, DecodeErrorClass, call) {
    if (isArrayBuffer(bytes)) bytes = new Uint8Array(bytes);
    else if (!isUint8Array(bytes)) throw notADocument(bytes, call, nounOf(DecodeErrorClass));
    this.#fits(bytes.length, DecodeErrorClass);
    this.#room(bytes.length).set(bytes);
    return bytes.length;
  }

  // Throws the decoder's own error for a document of `bytes` bytes over the limit.
  #fits(bytes, DecodeErrorClass) {
    if (bytes <= this.#maxBytes) return;
    throw new DecodeErrorClass([{ path: '', message: oversizedMessage(bytes, this.#maxBytes) }]);
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
        : this.#bytes.toString('latin1', start, end);
    if (status === OK) return text;
    const body = JSON.parse(text);
    if (status === INVALID_INPUT) throw new DecodeErrorClass(body.errors);
    throw new BrightPathError(body.message);
  }
}

// The decoder's message for a document over its size limit (core/src/json/
// parse_document.cpp), written here because the document never reaches it;
// tests/js/limits.test.mjs checks the two read the same.
function oversizedMessage(bytes, limit) {
  return `the document is ${bytes} bytes, more than the limit; expected at most ${limit} bytes`;
}

// The length of `text` in UTF-8 as TextEncoder writes it (a lone surrogate becomes the 3
// bytes of U+FFFD), without encoding it: only for texts already known to be over the limit.
function utf8Length(text) {
  if (NodeBuffer !== null) return NodeBuffer.byteLength(text, 'utf8');
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
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
    this.#channel.alive();
    return this.#native;
  }

  /** Applies one edit and returns what changed; throws EditDecodeError on a malformed edit. */
  apply(edit) {
    return JSON.parse(this.#apply(edit, 'Session.apply(edit)'));
  }

  /** apply() returning the core's JSON text unparsed. */
  applyJson(edit) {
    return this.#apply(edit, 'Session.applyJson(edit)');
  }

  #apply(edit, call) {
    const native = this.#open();
    const channel = this.#channel;
    const length = channel.send(edit, EditDecodeError, call);
    let status;
    try {
      status = native.apply(length);
    } catch (e) {
      throw channel.lost(e);
    }
    return channel.receive(status, EditDecodeError);
  }

  /** Every current diagnostic: always equal to core.validate(session.plan()). */
  diagnostics() {
    return JSON.parse(this.diagnosticsJson());
  }

  diagnosticsJson() {
    const native = this.#open();
    return this.#channel.receive(this.#channel.guard(() => native.diagnostics()), PlanDecodeError);
  }

  /** The plan with all edits applied, as a plan document. */
  plan() {
    return JSON.parse(this.planJson());
  }

  planJson() {
    const native = this.#open();
    return this.#channel.receive(this.#channel.guard(() => native.plan()), PlanDecodeError);
  }

  /** Error, warning and info totals, without building the diagnostics list. */
  counts() {
    const native = this.#open();
    return this.#channel.guard(() => native.counts());
  }

  get disposed() {
    return this.#native === null;
  }

  /**
   * Frees the session's WebAssembly memory. Safe to call more than once, and after the
   * module failed (then there is nothing left to free).
   */
  dispose() {
    if (this.#native === null) return;
    leakGuard?.unregister(this);
    const native = this.#native;
    this.#native = null;
    if (this.#channel.failure === null) this.#channel.guard(() => native.delete());
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
  constructor(module, onLost) {
    this.#module = module;
    this.#channel = new Channel(module, () => onLost?.(this));
  }

  /** The plan format version this core reads and writes. */
  get planVersion() {
    return this.#module.planVersion;
  }

  /**
   * The decoders' size limit for one document (plan or edit) in UTF-8 bytes: the core's
   * PlanLimits::max_document_bytes, as the module reports it.
   */
  get maxDocumentBytes() {
    return this.#module.maxDocumentBytes;
  }

  /** Validates a whole plan; throws PlanDecodeError if it is not a valid plan document. */
  validate(plan) {
    return JSON.parse(this.#validate(plan, 'validate(plan)'));
  }

  /** validate() returning the core's JSON text unparsed (byte for byte the CLI's --json). */
  validateJson(plan) {
    return this.#validate(plan, 'validateJson(plan)');
  }

  #validate(plan, call) {
    const channel = this.#channel;
    channel.alive();
    const length = channel.send(plan, PlanDecodeError, call);
    let status;
    try {
      status = this.#module.validate(length);
    } catch (e) {
      throw channel.lost(e);
    }
    return channel.receive(status, PlanDecodeError);
  }

  /** Opens a live-editing session; dispose() it (or `using` it) when done. */
  openSession(plan) {
    const channel = this.#channel;
    channel.alive();
    const length = channel.send(plan, PlanDecodeError, 'openSession(plan)');
    let native;
    try {
      native = new this.#module.Session(length);
    } catch (e) {
      throw channel.lost(e);
    }
    const status = channel.guard(() => native.opened());
    if (status !== OK) {
      try {
        channel.receive(status, PlanDecodeError);  // reads the session's memory: delete afterwards
      } finally {
        if (channel.failure === null) native.delete();
      }
    }
    return new Session(native, channel);
  }

  /**
   * Size of the WebAssembly heap in bytes. It grows as needed and never shrinks; a
   * document refused for its size (see maxDocumentBytes) does not grow it.
   */
  get memoryBytes() {
    return this.#module.HEAP8.length;
  }

  /**
   * Auto-schedules the plan's week (see docs/solver.md). Synchronous and CPU-bound for up
   * to `timeBudgetMs`: call it from a Web Worker in a browser. `onProgress` is called now
   * and then with the search's progress; once it returns false it is not called again and
   * the search stops (status "cancelled", with the best week so far). Throws
   * PlanDecodeError for an invalid plan.
   */
  solve(plan, options = undefined, onProgress = undefined) {
    const channel = this.#channel;
    channel.alive();
    const o = solveOptions(options);
    if (onProgress !== undefined && typeof onProgress !== 'function') {
      throw new TypeError(
        `${SOLVE_CALL}: onProgress must be a function or undefined, got ${describe(onProgress)}`,
      );
    }
    // An exception must not unwind through C++ frames: keep it, stop the search, rethrow.
    // A false from onProgress goes to the core as it is: the core then stops the search
    // and calls onProgress no more.
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
    const length = channel.send(plan, PlanDecodeError, SOLVE_CALL);
    let status;
    try {
      status = this.#module.solve(
        length, o.timeBudgetMs, o.seed, o.mayMove === 'all-unlocked', o.maxIterations, o.stallIterations, progress,
      );
    } catch (e) {
      throw channel.lost(e);
    }
    const text = channel.receive(status, PlanDecodeError);
    if (thrown) throw thrown.error;
    return JSON.parse(text);
  }

  /** The rule catalogue: every diagnostic code, hard rules first. */
  rules() {
    this.#channel.alive();
    return JSON.parse(this.#channel.guard(() => this.#module.ruleCatalogue()));
  }
}

const SOLVE_DEFAULTS = {
  timeBudgetMs: 1000,
  seed: 1,
  mayMove: 'unplaced-only',
  maxIterations: -1,
  stallIterations: -1,  // automatic, as in the CLI and on the server: the core decides
};
const SOLVE_OPTION_NAMES = Object.keys(SOLVE_DEFAULTS);
const SOLVE_CALL = 'solve(plan, options, onProgress)';

// Checked here so the C++ side gets plain, in-range numbers. An option given as undefined
// takes its default, as if it were absent.
function solveOptions(options) {
  const given = checkOptions(options, SOLVE_CALL, SOLVE_OPTION_NAMES);
  const o = { ...SOLVE_DEFAULTS };
  for (const name of SOLVE_OPTION_NAMES) if (given[name] !== undefined) o[name] = given[name];
  const whole = (name, min, max) => {
    const value = o[name];
    if (typeof value !== 'number') {
      throw new TypeError(`${SOLVE_CALL}: options.${name} must be a number, got ${describe(value)}`);
    }
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new RangeError(`${SOLVE_CALL}: options.${name} must be a whole number from ${min} to ${max}, got ${value}`);
    }
  };
  whole('timeBudgetMs', 0, 3_600_000);
  whole('seed', 0, Number.MAX_SAFE_INTEGER);
  whole('maxIterations', -1, Number.MAX_SAFE_INTEGER);
  whole('stallIterations', -1, Number.MAX_SAFE_INTEGER);
  if (o.mayMove !== 'unplaced-only' && o.mayMove !== 'all-unlocked') {
    const Err = typeof o.mayMove === 'string' ? RangeError : TypeError;
    throw new Err(`${SOLVE_CALL}: options.mayMove must be "unplaced-only" or "all-unlocked", got ${describe(o.mayMove)}`);
  }
  return o;
}

let defaultCore = null;  // the shared instance's promise
let defaultInstance = null;  // and the instance, once loaded

// A shared instance that failed is forgotten, so that the next init() loads a fresh one.
function forget(core) {
  if (core !== defaultInstance) return;
  defaultCore = null;
  defaultInstance = null;
}

/**
 * Loads the WebAssembly module. Without options every call shares one instance. Options:
 * `wasmBinary` (the .wasm bytes), or `wasmUrl` (where to fetch it from) when a server or
 * bundler puts the file somewhere else. Bad options reject with a TypeError.
 */
export function init(options = undefined) {
  let source;
  try {
    source = initSource(options);
  } catch (e) {
    return Promise.reject(e);
  }
  const shared = source === null;
  if (shared && defaultCore) return defaultCore;
  const core = load(source ?? { url: defaultWasmUrl });
  if (shared) {
    defaultCore = core;
    core.then(
      (loaded) => {
        if (defaultCore === core) defaultInstance = loaded;
      },
      () => {
        if (defaultCore === core) defaultCore = null;  // let a later call retry, e.g. after a network error
      },
    );
  }
  return core;
}

// Where init() gets the .wasm from; null for the shared instance.
function initSource(options) {
  const call = 'init(options)';
  const { wasmBinary, wasmUrl } = checkOptions(options, call, ['wasmBinary', 'wasmUrl']);
  if (wasmBinary !== undefined && wasmUrl !== undefined) {
    throw new TypeError(`${call}: give options.wasmBinary or options.wasmUrl, not both`);
  }
  if (wasmBinary !== undefined) {
    if (!isUint8Array(wasmBinary) && !isArrayBuffer(wasmBinary)) {
      throw new TypeError(
        `${call}: options.wasmBinary must be the .wasm bytes (Uint8Array or ArrayBuffer), got ${describe(wasmBinary)}`,
      );
    }
    return { bytes: wasmBinary };
  }
  if (wasmUrl !== undefined) {
    // A URL object of any realm (or anything with its `href`), or a string.
    const href = typeof wasmUrl === 'string' ? wasmUrl : wasmUrl?.href;
    if (typeof href !== 'string') {
      throw new TypeError(`${call}: options.wasmUrl must be a string or a URL, got ${describe(wasmUrl)}`);
    }
    let url;
    try {
      url = new URL(href, isNode ? undefined : globalThis.location?.href);
    } catch {
      throw new TypeError(`${call}: options.wasmUrl is not a valid URL: ${JSON.stringify(href)}`);
    }
    return { url };
  }
  return null;
}

async function load(source) {
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
  return new Core(await Promise.race([module, failed]), forget);
}
