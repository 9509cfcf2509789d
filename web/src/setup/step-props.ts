import type { Draft } from './draft';
import type { Problem } from './problems';

/** What every step screen gets: the draft, a way to change it, and the problems to show. */
export interface StepProps {
  draft: Draft;
  /** Applies a change at once and returns the new draft (e.g. to find a new row's key). */
  update(change: (draft: Draft) => Draft): Draft;
  /** Problems of this step to show next to their fields (empty until "Next" was pressed). */
  problems: Problem[];
  /** Move focus to an element once the next render is on screen (e.g. a new row's name). */
  focusLater(id: string): void;
  /** Go to another step (the review step's "Change" buttons). */
  goTo?(step: number): void;
}
