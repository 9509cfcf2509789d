// What the WebAssembly benchmarks (wasm_vs_native.mjs, wasm_ab.mjs, wasm_browser.mjs) run and
// how they time it. Plain JavaScript: the browser runner imports it into its page as well.

// Process CPU time in ms: the machine shares its cores, and waiting for one is not cost.
// Node only; browsers have no CPU clock and measure with performance.now().
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// The per-call cost of `body` in ms by `clock`: batches of calls taking at least 2 ms (so
// microsecond edits are measurable), the median of at least 15 batches and 1 s, after a
// warm-up. bench/wasm_peer_bench.cpp measures the native side the same way.
export function measure(body, clock = cpuMs) {
  const start = performance.now();
  let batch = 1;
  for (let t0 = clock(); clock() - t0 < 2; batch *= 2) {
    t0 = clock();
    for (let i = 0; i < batch; i++) body();
  }
  const samples = [];
  while (samples.length < 15 || performance.now() - start < 1000) {
    const t0 = clock();
    for (let i = 0; i < batch; i++) body();
    samples.push((clock() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)], runs: samples.length * batch };
}

// The edit pair: the lesson in the middle of the list to the next school day at the same
// time, and back, as two edit commands.
export function edits(plan) {
  const lessons = plan.placements ?? [];
  if (lessons.length === 0) throw new Error(`${plan.name}: no lessons to move`);
  const p = lessons[Math.floor(lessons.length / 2)];
  const days = plan.week.schoolDays;
  const next = days[(days.indexOf(p.day) + 1) % days.length];
  return [
    JSON.stringify({ op: 'move', lesson: p.id, day: next, start: p.start }),
    JSON.stringify({ op: 'move', lesson: p.id, day: p.day, start: p.start }),
  ];
}

// One round of the two measures on a plan's text through the package's API: full validation
// and the edit pair on a session, each per call by `clock`.
export function timeCalls(core, text, clock = cpuMs) {
  const [away, back] = edits(JSON.parse(text));
  let sink = 0;
  const full = measure(() => {
    sink += core.validateJson(text).length;
  }, clock);
  const session = core.openSession(text);
  const edit = measure(() => {
    sink += session.applyJson(away).length + session.applyJson(back).length;
  }, clock);
  session.dispose();
  return { full, edit, sink };
}
