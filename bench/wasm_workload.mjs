// What the WebAssembly benchmarks (wasm_vs_native.mjs, wasm_ab.mjs) run and how they time it.

// Process CPU time in ms: the machine shares its cores, and waiting for one is not cost.
export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

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
