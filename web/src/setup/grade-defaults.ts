// The subjects a child of each grade usually takes, so a parent starts from a full week
// instead of typing 13 subjects by hand (the main reason parents give up on planners).
//
// Where the numbers come from: they are BrightPath's starting points, not a legal
// requirement, and every one is adjustable in the setup flow.
// - Subjects: the core subjects US states name (Missouri: reading, language arts, math,
//   social studies, science; see the project's reference summary of US homeschool
//   requirements), plus the electives homeschool families commonly add (art, music,
//   a foreign language, PE).
// - Lengths grow with age, as an attention span does: 15-minute lessons in kindergarten,
//   30 in grades 1–2, 45 from grade 3, an hour in high school; teacher-led in the early
//   grades, mostly independent from middle school on. They match the example household in
//   examples/family.json (kindergarten phonics 4 × 15 min, second-grade math 4 × 30 min,
//   eighth-grade pre-algebra 4 × 45 min).
// - Weekly totals (tested in grade-defaults.test.ts): about 3 hours of sit-down lessons in
//   kindergarten rising to 24 in high school. State hour requirements (NY and PA: 900 hours
//   a year in grades 1–6, 990 in 7–12, about 25 and 27.5 hours a week over 36 weeks) count
//   all schooling: the family lessons added in the next step, reading, outings and co-op
//   also count, so the table leaves room for them.
// All lengths are multiples of 15 minutes, the default grid.

/** Grades a child can be in, in order: the values of the grade select. */
export const GRADES = ['K', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
export type Grade = (typeof GRADES)[number];

export function isGrade(value: string | undefined): value is Grade {
  return (GRADES as readonly string[]).includes(value ?? '');
}

/** How a grade is said on screen: "Kindergarten", "Grade 3". */
export function gradeLabel(grade: Grade): string {
  return grade === 'K' ? 'Kindergarten' : `Grade ${grade}`;
}

export interface SubjectDefault {
  subject: string;
  sessionsPerWeek: number;
  minutesPerSession: number;
  /** Taught by an adult, or done on the child's own. */
  teaching: 'teacher-led' | 'independent';
  category: 'core' | 'elective';
}

export interface GradeBand {
  label: string;
  grades: readonly Grade[];
  subjects: readonly SubjectDefault[];
}

const taught = (subject: string, sessionsPerWeek: number, minutesPerSession: number,
  category: 'core' | 'elective' = 'core'): SubjectDefault =>
  ({ subject, sessionsPerWeek, minutesPerSession, teaching: 'teacher-led', category });
const alone = (subject: string, sessionsPerWeek: number, minutesPerSession: number,
  category: 'core' | 'elective' = 'core'): SubjectDefault =>
  ({ subject, sessionsPerWeek, minutesPerSession, teaching: 'independent', category });

export const GRADE_BANDS: readonly GradeBand[] = [
  {
    label: 'Kindergarten',
    grades: ['K'],
    subjects: [
      taught('Phonics', 4, 15),
      taught('Math', 4, 15),
      taught('Handwriting', 3, 15),
      taught('Art', 1, 30, 'elective'),
    ],
  },
  {
    label: 'Grades 1–2',
    grades: ['1', '2'],
    subjects: [
      taught('Reading', 4, 30),
      taught('Math', 4, 30),
      alone('Handwriting', 4, 15),
      alone('Spelling', 3, 15),
      taught('Science', 2, 30),
      taught('Social studies', 1, 30),
      taught('Art', 1, 45, 'elective'),
    ],
  },
  {
    label: 'Grades 3–5',
    grades: ['3', '4', '5'],
    subjects: [
      taught('Math', 4, 45),
      taught('Writing', 3, 30),
      alone('Reading', 4, 30),
      alone('Spelling', 3, 15),
      taught('Science', 2, 45),
      taught('History', 2, 45),
      alone('Art', 1, 45, 'elective'),
      alone('Music practice', 4, 15, 'elective'),
    ],
  },
  {
    label: 'Grades 6–8',
    grades: ['6', '7', '8'],
    subjects: [
      taught('Math', 4, 45),
      taught('Writing', 2, 45),
      alone('Literature', 4, 45),
      alone('Science', 3, 45),
      alone('History', 3, 45),
      alone('Foreign language', 4, 30, 'elective'),
      alone('PE', 2, 30, 'elective'),
    ],
  },
  {
    label: 'High school',
    grades: ['9', '10', '11', '12'],
    subjects: [
      taught('Math', 5, 60),
      alone('English', 5, 60),
      taught('Writing', 2, 45),
      alone('Science', 4, 60),
      alone('History', 4, 60),
      alone('Foreign language', 4, 45, 'elective'),
      alone('PE', 2, 45, 'elective'),
    ],
  },
];

export function gradeBand(grade: Grade): GradeBand {
  const band = GRADE_BANDS.find((b) => b.grades.includes(grade));
  if (!band) throw new Error(`no grade band for grade ${grade}`); // the table covers GRADES
  return band;
}

export function subjectsForGrade(grade: Grade): readonly SubjectDefault[] {
  return gradeBand(grade).subjects;
}

/**
 * Family lessons offered as suggestions in the shared-lessons step: one course for several
 * children (taught together, so one adult's time covers them all).
 */
export const FAMILY_LESSON_SUGGESTIONS: readonly SubjectDefault[] = [
  taught('Morning Basket', 4, 30),
  taught('Read-aloud', 5, 30),
  taught('Nature Study', 1, 60),
];
