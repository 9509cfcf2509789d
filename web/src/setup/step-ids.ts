/** The steps of the flow by name, in order (SetupFlow's STEPS follows this order). */
export const STEP = {
  week: 0, children: 1, guardians: 2, subjects: 3, shared: 4, commitments: 5, resources: 6, review: 7,
} as const;
export type StepName = keyof typeof STEP;
