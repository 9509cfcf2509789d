// The setup flow: from nothing (or an existing plan) to a plan document, one screen per
// step, with good defaults so a family of five gets through in a few dozen clicks. Nothing
// typed is lost on "Back": every step edits one draft (draft.ts), which becomes the plan only
// on "Create week" (build-plan.ts).
import type { Plan } from '@brightpath/core';
import type { ComponentType, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

import { buildPlanWithKeys } from './build-plan';
import type { Draft } from './draft';
import { emptyDraft } from './draft';
import { addChild, fillGradeDefaults } from './draft-edits';
import { draftFromPlan } from './draft-from-plan';
import type { PlacedProblem } from './plan-check';
import { checkPlan } from './plan-check';
import type { Problem } from './problems';
import {
  childrenProblems, fieldId, commitmentsProblems, guardiansProblems, resourcesProblems, sharedProblems,
  subjectsProblems, weekProblems,
} from './problems';
import type { StepProps } from './step-props';
import { ChildrenStep } from './steps/ChildrenStep';
import { CommitmentsStep } from './steps/CommitmentsStep';
import { GuardiansStep } from './steps/GuardiansStep';
import { ResourcesStep } from './steps/ResourcesStep';
import { ReviewStep } from './steps/ReviewStep';
import { SharedStep } from './steps/SharedStep';
import { SubjectsStep } from './steps/SubjectsStep';
import { WeekStep } from './steps/WeekStep';
import './setup.css';

interface Step {
  title: string;
  Screen: ComponentType<StepProps>;
  problems(draft: Draft): Problem[];
  /** The field to start in, when the step opens with one waiting to be filled. */
  start?(draft: Draft): string | undefined;
}

const firstUnnamedChild = (draft: Draft) => {
  const child = draft.children.find((c) => !c.name.trim());
  return child && fieldId(child.key, 'name');
};

/** The steps in order (step-ids.ts names them); their titles are the headings and the names in the step list. */
export const STEPS: readonly Step[] = [
  { title: 'Your school week', Screen: WeekStep, problems: weekProblems },
  { title: 'Children', Screen: ChildrenStep, problems: childrenProblems, start: firstUnnamedChild },
  { title: 'Adults who teach', Screen: GuardiansStep, problems: guardiansProblems },
  { title: 'Subjects', Screen: SubjectsStep, problems: subjectsProblems },
  { title: 'Family lessons', Screen: SharedStep, problems: sharedProblems },
  { title: 'Commitments', Screen: CommitmentsStep, problems: commitmentsProblems },
  { title: 'Rooms and shared things', Screen: ResourcesStep, problems: resourcesProblems },
  { title: 'Review', Screen: ReviewStep, problems: () => [] },
];

/** Every step's problems with the step they are on: what "Create week" checks. */
function problemsByStep(draft: Draft): PlacedProblem[] {
  return STEPS.flatMap((s, step) => s.problems(draft).map((p) => ({ ...p, step })));
}

function startingDraft(initial?: Plan): Draft {
  if (initial) return draftFromPlan(initial);
  return addChild(emptyDraft());
}

export function SetupFlow(props: { initial?: Plan; onFinish(plan: Plan): void; onCancel?(): void }): JSX.Element {
  const draftRef = useRef<Draft | null>(null);
  if (draftRef.current === null) draftRef.current = startingDraft(props.initial);
  const [draft, setDraft] = useState<Draft>(draftRef.current);
  const [step, setStep] = useState(0);
  const [reached, setReached] = useState(props.initial ? STEPS.length - 1 : 0);
  const [showProblems, setShowProblems] = useState(false);
  /** What the core refused in the finished plan; cleared by the next change. */
  const [coreProblems, setCoreProblems] = useState<PlacedProblem[]>([]);
  const [checking, setChecking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const firstRender = useRef(true);

  const update = (change: (d: Draft) => Draft): Draft => {
    const next = change(draftRef.current!);
    if (next === draftRef.current) return next;
    draftRef.current = next;
    setDraft(draftRef.current);
    setCoreProblems([]);
    return draftRef.current;
  };

  // A new step's heading takes the focus, so a screen reader says where the parent is and
  // Tab continues from the top of the step; a step opening with an empty name to type starts
  // there instead (its label says what it is). Not on the first render: the page decides that.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const start = STEPS[step].start?.(draftRef.current!);
    const field = start ? document.getElementById(start) : null;
    (field ?? headingRef.current)?.focus();
  }, [step]);

  // After the heading, so a field named by a problem link wins over it.
  useEffect(() => {
    if (pendingFocus.current) {
      document.getElementById(pendingFocus.current)?.focus();
      pendingFocus.current = null;
    }
  });

  const last = step === STEPS.length - 1;
  const problems = last ? problemsByStep(draft) : STEPS[step].problems(draft).map((p) => ({ ...p, step }));
  const coreHere = coreProblems.filter((p) => last || p.step === step);
  const focusLater = (id: string) => {
    pendingFocus.current = id;
  };

  /** Forward only when this step is complete; back and to reached steps always. */
  const goTo = (to: number) => {
    if (to > step && problems.length > 0) {
      setShowProblems(true);
      document.getElementById(problems[0].field)?.focus();
      return;
    }
    update(fillGradeDefaults); // the children's grades are known once past their step
    setShowProblems(false);
    setStep(to);
    setReached((r) => Math.max(r, to));
  };

  const finish = async () => {
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    const finished = fillGradeDefaults(draftRef.current!);
    const { plan, keys } = buildPlanWithKeys(finished);
    setChecking(true);
    try {
      const refused = await checkPlan(plan, keys, finished);
      if (refused.length > 0) {
        setCoreProblems(refused);
        setShowProblems(true);
        return;
      }
    } catch {
      // The core could not be loaded here: the plan goes on, and whoever opens it next
      // (the editor, the server) reads it with the core.
    } finally {
      setChecking(false);
    }
    props.onFinish(plan);
  };

  const { title, Screen } = STEPS[step];
  const finishLabel = props.initial ? 'Update week' : 'Create week';
  const shown = showProblems ? [...problems, ...coreHere] : [];
  return (
    <div class="setup-flow">
      <div class="setup-layout">
        <nav class="setup-steps" aria-label="Setup steps">
          <ol>
            {STEPS.map((s, i) => (
              <li key={s.title}>
                <button type="button" aria-current={i === step ? 'step' : undefined} disabled={i > reached}
                  onClick={() => goTo(i)}>
                  <span class="setup-step-number" aria-hidden="true">{i + 1}</span>{' '}
                  <span class="setup-step-title">{s.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <form class="setup-main" noValidate onSubmit={(e) => {
          e.preventDefault();
          if (last) void finish();
          else goTo(step + 1);
        }}>
          <h2 ref={headingRef} tabIndex={-1}>
            <span class="setup-sr-only">Step {step + 1} of {STEPS.length}: </span>{title}
          </h2>
          {shown.length > 0 ? (
            <div class="setup-problems" role="alert">
              <p>{last ? 'Before the week can be made:' : 'Before going on:'}</p>
              <ul>
                {shown.map((p) => (
                  <li key={p.field + p.message}>
                    <a href={`#${p.field}`} onClick={(e) => {
                      e.preventDefault();
                      if (p.step === step) {
                        document.getElementById(p.field)?.focus();
                      } else {
                        setStep(p.step);
                        focusLater(p.field);
                      }
                    }}>{p.message}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Screen draft={draft} update={update} problems={shown} focusLater={focusLater} goTo={goTo} />
          <div class="setup-nav">
            {step > 0 ? <button type="button" onClick={() => goTo(step - 1)}>Back</button>
              : props.onCancel ? <button type="button" onClick={props.onCancel}>Cancel</button> : null}
            <button type="submit" class="setup-primary" id={last ? 'setup-finish' : undefined} aria-busy={checking || undefined}
              disabled={checking}>{last ? finishLabel : 'Next'}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
