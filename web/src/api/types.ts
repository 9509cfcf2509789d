// The shapes of /api/v1 answers the app uses (docs/api/openapi.json is the full description).
import type { Plan, ValidationReport } from '@brightpath/core';

export type Role = 'owner' | 'guardian' | 'viewer';

export interface Account {
  id: string;
  email: string;
}

export interface SessionAnswer {
  account: Account;
  csrf_token: string;
}

export interface HouseholdSummary {
  id: string;
  name: string;
  role: Role;
  created_at: string;
}

export interface Member {
  account_id: string;
  email: string;
  role: Role;
  joined_at: string;
}

export interface Household extends HouseholdSummary {
  members: Member[];
}

export interface Invitation {
  id: string;
  household_id: string;
  role: Role;
  expires_at: string;
  token: string;
  /** The server's link: <public URL>/invitations/<token>; the app routes that path. */
  url: string;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface PlanSummary {
  id: string;
  name: string;
  version: number;
  created_at: string;
  updated_at: string;
  summary: Counts;
}

export interface PlanDocument extends PlanSummary {
  plan: Plan;
  diagnostics: ValidationReport;
}

export interface SavedVersion {
  id: string;
  version: number;
  diagnostics: ValidationReport;
}

export type VersionSource = 'create' | 'save' | 'edits' | 'restore' | 'solve';

export interface VersionEntry {
  version: number;
  source: VersionSource;
  created_at: string;
  author: { account_id: string; email: string } | null;
  restored_from: number | null;
  summary: Counts;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobProgress {
  elapsed_ms: number;
  iterations: number;
  /** Sessions not placed in the best week so far. */
  unplaced: number;
  best_soft: number;
  improvements: number;
}

export interface SolveExplanation {
  code: string;
  message: string;
  refs: { kind: string; id: string }[];
}

export interface JobResult {
  /**
   * Only `feasible` means a complete week; the app treats every other status (and any the
   * solver adds later) alike: it shows what was left out and why.
   */
  status: 'feasible' | 'incomplete' | 'infeasible' | 'cancelled' | 'invalid' | (string & {});
  unplaced: { course: string; count: number }[];
  explanations: SolveExplanation[];
}

export interface Job {
  id: string;
  plan_id: string;
  base_version: number;
  status: JobStatus;
  cancel_requested: boolean;
  /** What the job was asked for; the budget as capped by the server. */
  options?: { time_budget_ms: number; seed: number; may_move: MayMove; stop_when_stalled: boolean };
  progress: JobProgress | null;
  result: JobResult | null;
  draft: { state: 'pending' | 'accepted' | 'discarded'; accepted_version: number | null } | null;
  error: string | null;
}

export interface Draft {
  job_id: string;
  plan_id: string;
  base_version: number;
  plan: Plan;
  diagnostics: ValidationReport;
}

export type MayMove = 'unplaced' | 'all';

export const isFinished = (job: Job) => job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled';
