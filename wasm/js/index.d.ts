/// <reference lib="esnext.disposable" />
// Hand-written typings of @brightpath/core (Emscripten 3.1.6 cannot emit them). They
// describe index.js and the JSON the core reads and writes: docs/plan-format.md and
// docs/diagnostics-json.md. tests/js/typings.test.mjs compiles a consumer against them.

// ---------------------------------------------------------------------------------------
// The plan document (format "brightpath-plan", version 1)

/** "mon" .. "sun". */
export type DayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** "HH:MM", "00:00" to "24:00", in the household's time zone. */
export type ClockTime = string;
/** 1–64 characters of A–Z a–z 0–9 _ -. */
export type Id = string;

export interface TimeWindow {
  start: ClockTime;
  end: ClockTime;
}

export interface DayWindow extends TimeWindow {
  day: DayCode;
}

export interface SchoolWeek {
  schoolDays: DayCode[];
  start: ClockTime;
  end: ClockTime;
  /** Minutes lessons snap to. */
  grid: 5 | 10 | 15 | 20 | 30 | 60;
}

export interface Guardian {
  id: Id;
  name: string;
  /** When this adult can teach; [] = never. */
  availability: DayWindow[];
}

export interface Student {
  id: Id;
  /** First name or nickname only. */
  name: string;
  grade?: string;
  /** This child's school day; default: the week's hours. */
  day?: TimeWindow;
  maxDailyMinutes?: number;
  maxMinutesWithoutBreak?: number;
}

export interface Resource {
  id: Id;
  name: string;
  /** How many lessons can use it at once (default 1). */
  capacity?: number;
}

export interface Course {
  id: Id;
  subject: string;
  /** One student, or several for a shared family lesson. */
  students: Id[];
  sessionsPerWeek: number;
  minutesPerSession: number;
  /** Allowed days; default: any school day. */
  days?: DayCode[];
  preferred?: TimeWindow;
  teaching?: 'teacher-led' | 'independent';
  /** Who teaches it (teacher-led only); absent = any guardian. */
  guardian?: Id;
  minDaysBetween?: number;
  resources?: Id[];
  category?: 'core' | 'elective';
}

export interface Commitment extends DayWindow {
  id: Id;
  name: string;
  guardians?: Id[];
  students?: Id[];
  resources?: Id[];
}

/** One lesson of the week template. */
export interface Placement {
  id: Id;
  course: Id;
  day: DayCode;
  start: ClockTime;
  /** Minutes. */
  duration: number;
  guardian?: Id;
  /** Used beyond the course's own resources. */
  resources?: Id[];
  /** The solver never moves a locked lesson. */
  locked?: boolean;
}

export interface Plan {
  format: 'brightpath-plan';
  version: 1;
  name?: string;
  /** IANA zone, e.g. "America/Chicago". */
  timeZone: string;
  week: SchoolWeek;
  guardians?: Guardian[];
  students?: Student[];
  resources?: Resource[];
  courses?: Course[];
  commitments?: Commitment[];
  placements?: Placement[];
  /** Solver weight (0–1000) per warning code. */
  weights?: Record<string, number>;
}

// ---------------------------------------------------------------------------------------
// Diagnostics

export type Severity = 'error' | 'warning' | 'info';

/** Ids a diagnostic is about, by kind; kinds with none are absent. */
export interface DiagnosticRefs {
  lessons?: Id[];
  courses?: Id[];
  students?: Id[];
  guardians?: Id[];
  resources?: Id[];
  commitments?: Id[];
}

export interface Diagnostic {
  /** Stable code from the rule catalogue, e.g. "student-overlap". */
  code: string;
  severity: Severity;
  /** For parents; may be reworded between versions, unlike `code`. */
  message: string;
  /** The time it concerns, if any. */
  span?: DayWindow;
  /** Only on a summary entry: how many findings of this code the list left out (at most
   * 100 of each code are listed). */
  omitted?: number;
  refs: DiagnosticRefs;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** What validate() and Session.diagnostics() return. */
export interface ValidationReport {
  summary: DiagnosticSummary;
  /** Display order: errors first, then catalogue order, then time. */
  diagnostics: Diagnostic[];
}

export interface RuleDescription {
  code: string;
  severity: Severity;
  /** One line for parents: what the rule protects. */
  summary: string;
}

// ---------------------------------------------------------------------------------------
// Edits (Session.apply)

export interface MoveEdit {
  op: 'move';
  lesson: Id;
  day: DayCode;
  start: ClockTime;
}
export interface ResizeEdit {
  op: 'resize';
  lesson: Id;
  duration: number;
}
export interface AddEdit {
  op: 'add';
  lesson: Placement;
}
export interface RemoveEdit {
  op: 'remove';
  lesson: Id;
}
/** Hands a lesson to another adult; null or absent = no guardian on the lesson. */
export interface SetGuardianEdit {
  op: 'set-guardian';
  lesson: Id;
  guardian?: Id | null;
}
export interface SetAvailabilityEdit {
  op: 'set-availability';
  guardian: Id;
  availability: DayWindow[];
}
export type Edit = MoveEdit | ResizeEdit | AddEdit | RemoveEdit | SetGuardianEdit | SetAvailabilityEdit;

export interface EditResult {
  /** False when the edit could not be applied (e.g. unknown lesson); the session is unchanged. */
  ok: boolean;
  /** Why not, when `ok` is false; "" otherwise. */
  error: string;
  /** Diagnostics that appeared, in display order. */
  added: Diagnostic[];
  /** Diagnostics that went away, in display order. */
  removed: Diagnostic[];
  /** Totals after the edit. */
  summary: DiagnosticSummary;
}

// ---------------------------------------------------------------------------------------
// The solver (Core.solve)

export interface SolveOptions {
  /** Wall-clock budget in ms (default 1000; 0 = no time limit). */
  timeBudgetMs?: number;
  /** Random seed (default 1). */
  seed?: number;
  /** Which lessons may move: only add missing sessions (default), or move unlocked ones too. */
  mayMove?: 'unplaced-only' | 'all-unlocked';
  /** Local-search iterations; -1 = unlimited (default). With timeBudgetMs 0: reproducible. */
  maxIterations?: number;
  /**
   * Once every session is placed, stop after this many iterations without improvement;
   * -1 = automatic, max(20000, 50 x sessions to place) (default, as in the CLI); 0 = never.
   * While sessions are missing only the time budget or maxIterations stops the search
   * (with neither, this does).
   */
  stallIterations?: number;
}

export interface SolveProgress {
  /** What the solver is doing now; the phases come in this order. */
  phase: 'preparing' | 'constructing' | 'searching' | 'checking' | 'explaining';
  /** Units of work done so far: unlike time, the same on every machine for the same solve. */
  work: number;
  elapsedMs: number;
  iterations: number;
  /** Sessions not placed in the best week so far. */
  unplaced: number;
  bestSoft: number;
  improvements: number;
}

/** Return false to stop the search; the result is then "cancelled" with the best week so far. */
export type SolveProgressCallback = (progress: SolveProgress) => boolean | void;

/**
 * feasible: every session placed, no errors. infeasible: the core proved that no complete
 * week exists (the explanations with `proof: true` say why). incomplete: no complete week
 * found within the budget, none proved impossible (solve again with a longer budget).
 * cancelled: onProgress said stop. invalid: the plan cannot be solved as given.
 */
export type SolveStatus = 'feasible' | 'infeasible' | 'incomplete' | 'cancelled' | 'invalid';

export interface ScoreTerm {
  code: string;
  severity: Severity;
  count: number;
  weight: number;
  penalty: number;
}

export interface SolveExplanation {
  /** Stable code (docs/solver.md). */
  code: string;
  message: string;
  refs: { kind: keyof DiagnosticRefs; id: Id }[];
  /** A proof that no complete week exists: what makes the status "infeasible". */
  proof: boolean;
}

/** The same object `brightpath solve --json` prints. */
export interface SolveResult {
  status: SolveStatus;
  score: { hard: number; soft: number };
  breakdown: ScoreTerm[];
  statistics: { elapsedMs: number; iterations: number; improvements: number; seed: number };
  unplaced: { course: Id; count: number }[];
  /** Existing lessons (they could move) that the returned week leaves out. */
  removed: { lesson: Id; course: Id }[];
  explanations: SolveExplanation[];
  /** The solved (or best partial) week; null when the status is "invalid". */
  plan: Plan | null;
}

// ---------------------------------------------------------------------------------------
// Errors

export interface DecodeProblem {
  /** JSON Pointer of the offending value; "" for the whole document. */
  path: string;
  message: string;
}

// What a call can throw (docs/npm-package.md, "Errors"): these classes, TypeError for an
// argument of the wrong kind, RangeError for a number out of range (both naming the call
// and the argument), and whatever onProgress throws.

/**
 * A plan or edit that is not a valid document. `message` lists every problem. The
 * constructors let an application rebuild an error that crossed a boundary as plain data
 * (e.g. a Web Worker's postMessage, which keeps `errors` but not the class).
 */
export class DecodeError extends Error {
  /** `what` names the document: "the plan document", "the edit". */
  constructor(what: string, errors: DecodeProblem[]);
  readonly errors: DecodeProblem[];
}
/**
 * The plan is not a valid document, including one over Core.maxDocumentBytes (then
 * `errors` is one problem with path "", refused before it was copied into the module).
 */
export class PlanDecodeError extends DecodeError {
  constructor(errors: DecodeProblem[]);
  name: 'PlanDecodeError';
}
/** The edit command is not a valid document (the same size limit applies). */
export class EditDecodeError extends DecodeError {
  constructor(errors: DecodeProblem[]);
  name: 'EditDecodeError';
}
/**
 * A failure inside the core, not a problem of the input: out of memory (the core stays
 * usable; free sessions and retry), a trap or abort in the module (that Core cannot be used
 * again: load another with init()), a disposed session used again, or a .wasm that could
 * not be loaded. `cause` holds the underlying error, if there is one.
 */
export class BrightPathError extends Error {
  name: 'BrightPathError';
}

// ---------------------------------------------------------------------------------------
// The API

/**
 * A plan document as an object, as JSON text, or as the UTF-8 bytes of that text (e.g.
 * straight from a file or `await response.arrayBuffer()`, which skips a conversion).
 */
export type PlanInput = Plan | string | Uint8Array | ArrayBuffer;
/** An edit command as an object, JSON text or UTF-8 bytes. */
export type EditInput = Edit | string | Uint8Array | ArrayBuffer;

/** A plan loaded for live editing. Owns WebAssembly memory: dispose() it, or `using` it. */
export class Session implements Disposable {
  private constructor();
  /** Throws EditDecodeError for a malformed edit; an edit that cannot apply returns ok: false. */
  apply(edit: EditInput): EditResult;
  applyJson(edit: EditInput): string;
  diagnostics(): ValidationReport;
  diagnosticsJson(): string;
  /** The plan with every edit applied. */
  plan(): Plan;
  planJson(): string;
  counts(): DiagnosticSummary;
  readonly disposed: boolean;
  /** Frees the WebAssembly memory; later calls (except dispose) throw BrightPathError. */
  dispose(): void;
  [Symbol.dispose](): void;
}

/** One loaded instance of the WebAssembly module. */
export class Core {
  private constructor();
  readonly planVersion: number;
  /**
   * The most UTF-8 bytes a plan or an edit may have (the core's decoder limit, 16 MiB).
   * A bigger document is refused with a DecodeError before it is copied into the module.
   */
  readonly maxDocumentBytes: number;
  /** Throws PlanDecodeError when the plan is not a valid document. */
  validate(plan: PlanInput): ValidationReport;
  /** The same as JSON text, byte for byte what `brightpath validate --json` prints. */
  validateJson(plan: PlanInput): string;
  /** Throws PlanDecodeError when the plan is not a valid document. */
  openSession(plan: PlanInput): Session;
  /**
   * Auto-schedules the week. Synchronous and CPU-bound for up to timeBudgetMs: in a browser
   * call it from a Web Worker. Throws PlanDecodeError for an invalid plan document, and
   * TypeError/RangeError for bad options; an exception thrown by onProgress stops the
   * search and is rethrown. Once onProgress returns false (or throws) it is not called
   * again and the result's status is "cancelled".
   */
  solve(plan: PlanInput, options?: SolveOptions, onProgress?: SolveProgressCallback): SolveResult;
  rules(): RuleDescription[];
  /**
   * Size of the WebAssembly heap in bytes. It grows as needed and never shrinks; a document
   * refused for its size does not grow it.
   */
  readonly memoryBytes: number;
}

/**
 * A URL: the global `URL` of browsers and Node, or anything else with its `href`. Written
 * structurally so that the typings need no DOM lib (they compile with lib ES2022 alone).
 */
export interface UrlLike {
  readonly href: string;
}

export interface InitOptions {
  /** The .wasm bytes, when the application loads them itself. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to fetch the .wasm from, when it is not served next to index.js. */
  wasmUrl?: string | UrlLike;
}

/**
 * Loads the module. Without options, every call returns the same shared instance. Bad
 * options (an unknown one, both of them, a wrong kind of value) reject with a TypeError.
 */
export function init(options?: InitOptions): Promise<Core>;
