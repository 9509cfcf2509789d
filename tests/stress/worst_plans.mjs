// Plans at the decoder's documented limits (docs/plan-format.md "Limits"), for the stress
// test and the worst-case benchmark:
//   largest: every list at its limit at once, long shared courses, every lesson in one hour
//   overlap: 50,000 lessons of one child in one hour (the worst case for clashes)
// Written deterministically; `node worst_plans.mjs DIR` writes DIR/largest.json and
// DIR/overlap.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LIMITS = { guardians: 200, students: 2000, resources: 500, courses: 10000, commitments: 5000,
  placements: 50000, windows: 200, refs: 500, bytes: 16 * 1024 * 1024 };
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];
const pad = (n) => String(n).padStart(5, '0');
const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function header(name) {
  return { format: 'brightpath-plan', version: 1, name, timeZone: 'America/Chicago',
    week: { schoolDays: DAYS, start: '08:00', end: '15:00', grid: 15 } };
}

export function largestPlan() {
  const plan = header('Every limit at once');
  plan.guardians = Array.from({ length: LIMITS.guardians }, (_, g) => ({
    id: `g${pad(g)}`, name: `Guardian ${g}`,
    // 200 short windows, none covering 09:00, so every taught lesson is outside them.
    availability: Array.from({ length: LIMITS.windows }, (_, w) => ({
      day: DAYS[w % 5], start: clock(600 + (w % 40) * 5), end: clock(600 + (w % 40) * 5 + 5) })),
  }));
  plan.students = Array.from({ length: LIMITS.students }, (_, s) => ({
    id: `s${pad(s)}`, name: `Child ${s}`, grade: '3', maxDailyMinutes: 60, maxMinutesWithoutBreak: 30 }));
  plan.resources = Array.from({ length: LIMITS.resources }, (_, r) => ({ id: `r${pad(r)}`, name: `Thing ${r}` }));
  // A few hundred courses shared by 500 children and needing many things; the rest small.
  plan.courses = Array.from({ length: LIMITS.courses }, (_, c) => {
    const big = c < 300;
    const students = big
      ? Array.from({ length: LIMITS.refs }, (_, i) => `s${pad((c * 7 + i) % LIMITS.students)}`)
      : [`s${pad(c % LIMITS.students)}`];
    const course = { id: `c${pad(c)}`, subject: `Subject ${c}`, students, sessionsPerWeek: 50,
      minutesPerSession: 30, minDaysBetween: 6, days: ['tue'], preferred: { start: '12:00', end: '13:00' } };
    if (big) course.resources = Array.from({ length: 50 }, (_, i) => `r${pad((c + i) % LIMITS.resources)}`);
    if (c % 2 === 0) course.guardian = `g${pad(c % LIMITS.guardians)}`;
    return course;
  });
  plan.commitments = Array.from({ length: LIMITS.commitments }, (_, k) => ({
    id: `k${pad(k)}`, name: `Club ${k}`, day: 'mon', start: '08:30', end: '10:30',
    students: [`s${pad(k % LIMITS.students)}`], guardians: [`g${pad(k % LIMITS.guardians)}`],
    resources: [`r${pad(k % LIMITS.resources)}`] }));
  // Every lesson on Monday at 09:07 (off the grid, a non-allowed day, outside availability,
  // clashing with commitments), most of them in the big shared courses.
  plan.placements = Array.from({ length: LIMITS.placements }, (_, p) => ({
    id: `p${pad(p)}`, course: `c${pad(p % 2 === 0 ? p % 300 : p % LIMITS.courses)}`, day: 'mon',
    start: '09:07', duration: 31 }));
  return plan;
}

export function overlapPlan() {
  const plan = header('One hour, fifty thousand lessons');
  plan.guardians = [{ id: 'mom', name: 'Mom', availability: [{ day: 'mon', start: '08:00', end: '15:00' }] }];
  plan.students = [{ id: 'ada', name: 'Ada' }];
  plan.courses = [{ id: 'math', subject: 'Math', students: ['ada'], sessionsPerWeek: 50, minutesPerSession: 60,
    guardian: 'mom' }];
  plan.placements = Array.from({ length: LIMITS.placements }, (_, p) => ({
    id: `p${pad(p)}`, course: 'math', day: 'mon', start: '09:00', duration: 60 }));
  return plan;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.';
  for (const [name, plan] of [['largest', largestPlan()], ['overlap', overlapPlan()]]) {
    const text = JSON.stringify(plan);
    if (Buffer.byteLength(text) > LIMITS.bytes) throw new Error(`${name}: ${Buffer.byteLength(text)} bytes is over the limit`);
    writeFileSync(join(dir, `${name}.json`), text);
    console.log(`${name}.json: ${Buffer.byteLength(text)} bytes`);
  }
}
